package dev.tauri4j.test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A program the harness needs from the host system, and the Debian package that provides it. */
record HostTool(String command, String debianPackage) {

    static final HostTool XVFB = new HostTool("Xvfb", "xvfb");
    static final HostTool WEBKIT_WEBDRIVER = new HostTool("WebKitWebDriver", "webkit2gtk-driver");
    static final HostTool XDPYINFO = new HostTool("xdpyinfo", "x11-utils");
    static final HostTool XPROP = new HostTool("xprop", "x11-utils");
    static final HostTool OPENBOX = new HostTool("openbox", "openbox");

    /** Finds the program on this process's PATH, or fails with the command that installs it. */
    Path require() {
        return require(System.getenv("PATH"));
    }

    Path require(String searchPath) {
        return find(searchPath).orElseThrow(() -> new IllegalStateException(
                command + " was not found on PATH (" + searchPath + "). The tauri4j test harness needs it;"
                        + " install it with: apt-get install " + debianPackage));
    }

    Optional<Path> find() {
        return find(System.getenv("PATH"));
    }

    Optional<Path> find(String searchPath) {
        if (searchPath == null || searchPath.isEmpty()) {
            return Optional.empty();
        }
        for (String dir : searchPath.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, command);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
