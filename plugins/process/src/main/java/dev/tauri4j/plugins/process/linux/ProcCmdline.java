package dev.tauri4j.plugins.process.linux;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * This process's arguments from {@code /proc/self/cmdline}, whole: the JDK's {@code ProcessHandle.Info} reads only
 * its first page (4096 bytes) and then reports no arguments at all, which a class-path launch easily exceeds.
 */
public final class ProcCmdline {

    private ProcCmdline() {}

    /** The arguments after {@code argv[0]}, or empty when {@code /proc} cannot be read. */
    public static Optional<List<String>> arguments() {
        try {
            return Optional.of(parse(Files.readAllBytes(Path.of("/proc/self/cmdline")), Charset.defaultCharset()));
        } catch (IOException | SecurityException noProc) {
            return Optional.empty();
        }
    }

    /** The NUL-separated {@code cmdline} bytes without {@code argv[0]}. */
    public static List<String> parse(byte[] cmdline, Charset charset) {
        List<String> args = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] != 0) continue;
            args.add(new String(cmdline, start, i - start, charset));
            start = i + 1;
        }
        if (start < cmdline.length) args.add(new String(cmdline, start, cmdline.length - start, charset));
        return args.isEmpty() ? args : args.subList(1, args.size());
    }
}
