package dev.tauri4j.plugins.singleinstance.linux;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * Where the running instance's socket lives: {@code $XDG_RUNTIME_DIR} (the user's own, mode 0700, cleared at logout),
 * else a folder of the user's own in the temp folder; named after the app's identifier, so that two apps never meet.
 */
public final class SocketPath {

    /** A Unix socket's path must fit {@code sun_path} (108 bytes with its NUL). */
    private static final int MAX_PATH_BYTES = 100;

    private SocketPath() {}

    /** The socket of the app {@code identifier}, from this process's environment. */
    public static Path of(String identifier) throws IOException {
        return of(identifier, System.getenv(), Path.of(System.getProperty("java.io.tmpdir")), System.getProperty("user.name"));
    }

    static Path of(String identifier, Map<String, String> env, Path tmp, String user) throws IOException {
        String runtime = env.get("XDG_RUNTIME_DIR");
        Path dir = runtime != null && Path.of(runtime).isAbsolute() && Files.isDirectory(Path.of(runtime))
                ? Path.of(runtime) : privateFolder(tmp.resolve("tauri4j-" + user), user);
        Path socket = dir.resolve(identifier + ".single-instance.sock");
        if (socket.toString().getBytes(StandardCharsets.UTF_8).length > MAX_PATH_BYTES) {
            socket = dir.resolve("tauri4j-si-" + sha256(identifier).substring(0, 24) + ".sock");
        }
        if (socket.toString().getBytes(StandardCharsets.UTF_8).length > MAX_PATH_BYTES) {
            throw new IOException("the single-instance socket " + socket + " is longer than a Unix socket path may be ("
                    + MAX_PATH_BYTES + " bytes). Fix: point XDG_RUNTIME_DIR (or TMPDIR) at a shorter folder");
        }
        return socket;
    }

    /** {@code dir}, made 0700; refused when it exists and is not this user's, since another user could listen there. */
    private static Path privateFolder(Path dir, String user) throws IOException {
        Set<PosixFilePermission> own = PosixFilePermissions.fromString("rwx------");
        if (!Files.isDirectory(dir)) {
            try {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(own));
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // made by a launch at the same moment: checked below
            }
        }
        if (!Files.getOwner(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS).getName().equals(user)
                || !Files.getPosixFilePermissions(dir).equals(own)) {
            throw new IOException(dir + " is not a folder only this user can open, so the single-instance socket cannot live"
                    + " there. Fix: set XDG_RUNTIME_DIR (your session normally does), or remove " + dir);
        }
        return dir;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
