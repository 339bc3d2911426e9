package dev.tauri4j.plugins.singleinstance;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The running instance's Unix domain socket: the first launch binds it and accepts launches on a virtual thread; a
 * later launch connects, sends its {@link Launch} and gets an acknowledgement once the first one has it. A socket
 * file that nobody listens on (the app was killed) is stale: it is removed and bound again.
 */
public final class InstanceSocket implements AutoCloseable {

    /** Frames start with this, so that a stranger's socket at the path is not taken for the app's. */
    private static final int MAGIC = 0x54344a31; // "T4J1"
    private static final int ACK = 0x4f4b;
    private static final int MAX_ARGS = 10_000;
    private static final System.Logger LOG = System.getLogger(InstanceSocket.class.getName());

    private final Path path;
    private final ServerSocketChannel server;

    private InstanceSocket(Path path, ServerSocketChannel server) {
        this.path = path;
        this.server = server;
    }

    /**
     * Becomes the running instance at {@code path}, calling {@code onLaunch} for each later launch; or, when an
     * instance runs already, hands {@code launch} to it and answers empty.
     */
    public static Optional<InstanceSocket> claim(Path path, Launch launch, Consumer<Launch> onLaunch) throws IOException {
        for (int attempt = 0; attempt < 3; attempt++) {
            if (handOver(path, launch)) return Optional.empty();
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                server.bind(UnixDomainSocketAddress.of(path));
            } catch (java.net.BindException racing) {
                server.close(); // another launch bound it between our attempts: hand over to that one
                if (!Files.exists(path)) throw racing;
                continue;
            } catch (IOException e) {
                server.close();
                throw new IOException("cannot listen at " + path + ": " + e.getMessage(), e);
            }
            InstanceSocket socket = new InstanceSocket(path, server);
            Thread.ofVirtual().name("single-instance").start(() -> socket.accept(onLaunch));
            return Optional.of(socket);
        }
        throw new IOException("cannot become nor reach the running instance at " + path
                + ". Fix: remove the file if no instance of the app runs");
    }

    /** Sends {@code launch} to the instance at {@code path}; false when there is none (no file, or a stale one, now removed). */
    static boolean handOver(Path path, Launch launch) throws IOException {
        SocketChannel channel;
        try {
            channel = SocketChannel.open(UnixDomainSocketAddress.of(path));
        } catch (ConnectException | NoSuchFileException stale) {
            Files.deleteIfExists(path);
            return false;
        } catch (SocketException e) {
            if (!Files.exists(path)) return false;
            throw new IOException("cannot connect to the running instance at " + path + ": " + e.getMessage(), e);
        }
        int answer;
        try (channel) {
            DataOutputStream out = new DataOutputStream(Channels.newOutputStream(channel));
            out.write(encode(launch));
            out.flush();
            answer = new DataInputStream(Channels.newInputStream(channel)).readInt();
        } catch (IOException e) {
            // a listener that hangs up before acknowledging (broken pipe, end of stream) is not the app either
            throw new IOException("the process listening at " + path + " is not this app (it hung up: " + e.getMessage() + ")", e);
        }
        if (answer != ACK) throw new IOException("the process listening at " + path + " is not this app");
        return true;
    }

    private void accept(Consumer<Launch> onLaunch) {
        while (server.isOpen()) {
            SocketChannel client;
            try {
                client = server.accept();
            } catch (IOException e) {
                if (server.isOpen()) LOG.log(System.Logger.Level.WARNING, "single-instance socket " + path + ": " + e.getMessage());
                return;
            }
            // each on its own thread: a client that connects and sends nothing must not hold up the next launch
            Thread.ofVirtual().name("single-instance-launch").start(() -> receive(client, onLaunch));
        }
    }

    private static void receive(SocketChannel client, Consumer<Launch> onLaunch) {
        Launch launch;
        try (client) {
            launch = decode(new DataInputStream(Channels.newInputStream(client)));
            client.write(ByteBuffer.allocate(4).putInt(0, ACK));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "a connection to the single-instance socket sent no launch: " + e.getMessage());
            return;
        }
        try {
            onLaunch.accept(launch);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "the single-instance callback failed", e);
        }
    }

    static byte[] encode(Launch launch) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        writeString(out, launch.cwd().toString());
        out.writeInt(launch.args().size());
        for (String arg : launch.args()) writeString(out, arg);
        return bytes.toByteArray();
    }

    static Launch decode(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) throw new IOException("bad header");
        Path cwd = Path.of(readString(in));
        int n = in.readInt();
        if (n < 0 || n > MAX_ARGS) throw new IOException(n + " arguments");
        List<String> args = new ArrayList<>(n);
        for (int i = 0; i < n; i++) args.add(readString(in));
        return new Launch(args, cwd);
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 20) throw new IOException("a string of " + n + " bytes");
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    /** The socket's file. */
    public Path path() {
        return path;
    }

    /** Stops accepting and removes the socket file, so that the next launch is the first again. */
    @Override
    public void close() throws IOException {
        server.close();
        Files.deleteIfExists(path);
    }
}
