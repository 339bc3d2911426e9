package dev.tauri4j.plugins.os.linux;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/** The host name as {@code gethostname(2)} gives it (the kernel's node name), without a DNS lookup. */
public final class Hostname {

    private Hostname() {}

    /** The kernel's host name; the JDK's local host name where {@code /proc} is not there. */
    public static String get() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
        } catch (IOException noProc) {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                return "localhost";
            }
        }
    }
}
