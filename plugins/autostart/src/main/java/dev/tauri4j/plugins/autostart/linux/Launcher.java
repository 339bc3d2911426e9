package dev.tauri4j.plugins.autostart.linux;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * How this app is started again: the installed package's launcher, or in development the command line this JVM
 * was started with.
 */
final class Launcher {

    private Launcher() {}

    /** {@code /usr/bin/<name>} of an installed bundle (whose launcher sets {@code jpackage.app-path}), else this JVM's command line. */
    static List<String> current() {
        String appPath = System.getProperty("jpackage.app-path");
        if (appPath != null) return List.of(installed(Path.of(appPath), Path.of("/usr/bin")).toString());
        try {
            // the whole command line; ProcessHandle.Info truncates it
            String cmdline = new String(Files.readAllBytes(Path.of("/proc/self/cmdline")), StandardCharsets.UTF_8);
            return Arrays.asList(cmdline.split("\0"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read this process's command line from /proc/self/cmdline", e);
        }
    }

    /** The package's command in {@code bin} when it is there, else the app image's own launcher. */
    static Path installed(Path appPath, Path bin) {
        Path command = bin.resolve(appPath.getFileName());
        return Files.isExecutable(command) ? command : appPath;
    }
}
