package dev.tauri4j.build.dev;

import dev.tauri4j.build.BuildLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The JDK's AOT cache (JEP 483) for the dev app's JVM, kept in one folder ({@code target/tauri-dev}): the first
 * launch records ({@code -XX:AOTMode=record}), once that JVM has exited the cache is assembled in the background
 * ({@code -XX:AOTMode=create}), and later launches use it ({@code -XX:AOTCache}). The cache belongs to a key (the
 * java, the jars with their sizes and times, the JVM options): another key records again. Never fails a launch:
 * a cache that cannot be made is not tried again for that key, and the JVM itself ignores an unusable one.
 */
public final class AotCache {

    /** Silences the JVM's AOT and CDS notes (classes it skips, a cache it cannot use) in the app's output. */
    static final List<String> QUIET = List.of("-Xlog:aot=off", "-Xlog:cds=off");

    private final Path dir;
    private final BuildLog log;
    private final Path cache;
    private final Path configuration;
    private final Path keyFile;
    private final Path failedFile;
    private boolean busy; // guarded by this: recording or assembling

    public AotCache(Path dir, BuildLog log) {
        this.dir = dir.toAbsolutePath().normalize();
        this.log = log;
        this.cache = this.dir.resolve("app.aot");
        this.configuration = this.dir.resolve("app.aotconf");
        this.keyFile = this.dir.resolve("app.key");
        this.failedFile = this.dir.resolve("app.failed");
    }

    /** What the next launch of {@code launch} does with the cache. */
    public enum Use { USE, RECORD, NONE }

    /** Decides for the next launch; {@link #RECORD} must be followed by {@link #recorded} once that JVM has exited. */
    public synchronized Use next(AppProcess.Launch launch) {
        String key = key(launch);
        if (key.equals(read(keyFile)) && Files.isRegularFile(cache)) return Use.USE;
        if (busy || key.equals(read(failedFile))) return Use.NONE;
        try {
            Files.createDirectories(dir);
            for (Path stale : List.of(cache, configuration, keyFile)) Files.deleteIfExists(stale);
        } catch (IOException e) {
            log.debug("AOT cache: cannot prepare " + dir + ": " + e.getMessage());
            return Use.NONE;
        }
        busy = true;
        return Use.RECORD;
    }

    /** The JVM options for {@code use}. */
    public List<String> flags(Use use) {
        List<String> flags = new ArrayList<>();
        switch (use) {
            case USE -> flags.add("-XX:AOTCache=" + cache);
            case RECORD -> {
                flags.add("-XX:AOTMode=record");
                flags.add("-XX:AOTConfiguration=" + configuration);
            }
            case NONE -> { return List.of(); }
        }
        flags.addAll(QUIET);
        return flags;
    }

    /**
     * After the recording JVM exited: assembles the cache from its configuration with the same java, options and
     * class path (no app runs), then marks it usable for {@code launch}'s key, or failed when the JDK cannot make
     * it; a recording that never got written (app killed) or an assembly cut short (Ctrl-C) marks nothing.
     */
    public void recorded(AppProcess.Launch launch) {
        String key = key(launch);
        // no configuration: that JVM did not get to exit normally (killed, crashed); the next launch records again
        boolean recorded = Files.isRegularFile(configuration);
        Boolean ok = null;
        try {
            if (recorded) ok = assemble(launch);
        } finally {
            synchronized (this) {
                try {
                    // null: cut short (Ctrl-C while assembling), neither usable nor failed: the next session records
                    if (ok != null) Files.writeString(ok ? keyFile : failedFile, key);
                    Files.deleteIfExists(configuration);
                } catch (IOException e) {
                    log.debug("AOT cache: cannot write " + dir + ": " + e.getMessage());
                }
                busy = false;
            }
        }
    }

    /** True: assembled; false: the JDK could not (not tried again for this key); null: cut short. */
    private Boolean assemble(AppProcess.Launch launch) {
        Path building = dir.resolve("app.aot.tmp");
        List<String> cmd = new ArrayList<>(launch.command());
        int main = cmd.indexOf(launch.mainClass());
        List<String> create = new ArrayList<>(cmd.subList(0, main));
        create.addAll(1, List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + configuration, "-XX:AOTCache=" + building));
        create.addAll(QUIET);
        create.add(launch.mainClass());
        try {
            Process p = new ProcessBuilder(create).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("aot-create.log").toFile()).start();
            // Ctrl-C while assembling: the assembler must not outlive tauri:dev
            Thread stop = new Thread(p::destroyForcibly, "tauri-dev-aot-stop");
            Runtime.getRuntime().addShutdownHook(stop);
            int code = p.waitFor();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException e) {
                return null; // shutting down
            }
            if (code != 0 || !Files.isRegularFile(building)) {
                log.debug("AOT cache: assembling failed (exit " + p.exitValue() + "), see " + dir.resolve("aot-create.log"));
                return false;
            }
            Files.move(building, cache, StandardCopyOption.REPLACE_EXISTING);
            log.debug("AOT cache ready: " + cache);
            return true;
        } catch (IOException | UncheckedIOException e) {
            log.debug("AOT cache: cannot assemble " + cache + ": " + e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The java, its options and every class path entry with its size and modification time. */
    static String key(AppProcess.Launch launch) {
        StringBuilder text = new StringBuilder(launch.java().toString()).append('\n');
        launch.jvmArgs().forEach(a -> text.append(a).append('\n'));
        for (Path entry : launch.classpath()) {
            text.append(entry);
            try {
                text.append(' ').append(Files.size(entry)).append(' ').append(Files.getLastModifiedTime(entry).toMillis());
            } catch (IOException e) {
                text.append(" missing");
            }
            text.append('\n');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file).strip() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
