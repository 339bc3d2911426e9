package dev.tauri4j.plugins.deeplink.linux;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The command that opens a URL in this app, and its {@code Exec} spelling: the installed package's
 * {@code /usr/bin/<name>} (its launcher sets {@code jpackage.app-path}), or in development this JVM's command line.
 * (The autostart plugin has the same rules; plugins share no code but the runtime's API.)
 */
record HandlerCommand(List<String> command, String installedName) {

    private static final String RESERVED = " \t\n\"'\\><~|&;$*?#()`";

    /** @param programArgs how many arguments this program's {@code main} got: in development they end the command line and are dropped */
    static HandlerCommand current(int programArgs) {
        String appPath = System.getProperty("jpackage.app-path");
        if (appPath != null) {
            Path app = Path.of(appPath);
            Path bin = Path.of("/usr/bin").resolve(app.getFileName());
            return new HandlerCommand(List.of((Files.isExecutable(bin) ? bin : app).toString()), app.getFileName().toString());
        }
        try {
            String cmdline = new String(Files.readAllBytes(Path.of("/proc/self/cmdline")), StandardCharsets.UTF_8);
            List<String> all = Arrays.asList(cmdline.split("\0"));
            return new HandlerCommand(all.subList(0, Math.max(1, all.size() - programArgs)), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read this process's command line from /proc/self/cmdline", e);
        }
    }

    /** Arguments quoted by the Desktop Entry Specification's Exec rules, {@code %} doubled. */
    static String quote(List<String> command) {
        return command.stream().map(HandlerCommand::argument).collect(Collectors.joining(" "));
    }

    private static String argument(String arg) {
        String literal = arg.replace("%", "%%");
        if (!literal.isEmpty() && literal.chars().noneMatch(c -> RESERVED.indexOf(c) >= 0)) return literal;
        StringBuilder sb = new StringBuilder("\"");
        for (char c : literal.toCharArray()) {
            if (c == '"' || c == '`' || c == '$' || c == '\\') sb.append('\\');
            sb.append(c);
        }
        return sb.append('"').toString();
    }

    static String escapeString(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r");
    }
}
