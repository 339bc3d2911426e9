package dev.tauri4j.build.dev;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits until {@code build.devUrl} accepts a TCP connection, polling every 200 ms. */
public final class DevUrlWait {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(200);

    private final Duration timeout;

    /** @throws DevException when {@code timeout} is not positive: it is the user's setting */
    public DevUrlWait(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new DevException("the time to wait for build.devUrl must be positive, found " + timeout.toSeconds()
                    + " s. Fix: give a number of seconds above 0, e.g. -Dtauri.devUrlTimeout=60");
        }
        this.timeout = timeout;
    }

    /**
     * Returns once something listens at {@code devUrl}'s host and port.
     *
     * @param serverCommand the command expected to serve it (named in the message), or null
     * @param serverAlive   false once the dev server has exited, so the wait stops early with its own message
     * @throws DevException when nothing answered in time, or the dev server exited first
     */
    public void await(URI devUrl, String serverCommand, BooleanSupplier serverAlive) throws InterruptedException {
        String host = devUrl.getHost() == null ? "localhost" : devUrl.getHost();
        int port = devUrl.getPort() >= 0 ? devUrl.getPort() : ("https".equalsIgnoreCase(devUrl.getScheme()) ? 443 : 80);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (answers(host, port)) return;
            if (!serverAlive.getAsBoolean()) {
                throw new DevException("the dev server `" + serverCommand + "` exited before anything answered at " + devUrl
                        + ": see its output above");
            }
            if (System.nanoTime() >= deadline) throw new DevException(timeoutMessage(devUrl, serverCommand));
            Thread.sleep(POLL);
        }
    }

    public void await(URI devUrl, String serverCommand) throws InterruptedException {
        await(devUrl, serverCommand, () -> true);
    }

    private String timeoutMessage(URI devUrl, String serverCommand) {
        String seconds = timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
        String who = serverCommand == null
                ? "is your dev server running and serving on that port?"
                : "is `" + serverCommand + "` serving on that port?";
        return "nothing answered at " + devUrl + " after " + seconds + ": " + who
                + " check vite.config's server.port and build.devUrl (or raise tauri.devUrlTimeout)";
    }

    /** Tries every address of {@code host}: Vite on "localhost" may listen on ::1 only, or on 127.0.0.1 only. */
    private static boolean answers(String host, int port) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (IOException e) {
            return false;
        }
        for (InetAddress address : addresses) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address, port), (int) POLL.toMillis());
                return true;
            } catch (IOException e) {
                // try the next address
            }
        }
        return false;
    }
}
