package dev.tauri4j.plugins.autostart.linux;

import java.util.List;
import java.util.stream.Collectors;

/** A command line as a desktop entry's {@code Exec} key writes it (Desktop Entry Specification, "The Exec key"). */
final class DesktopExec {

    /** The characters that make an argument need double quotes. */
    private static final String RESERVED = " \t\n\"'\\><~|&;$*?#()`";

    private DesktopExec() {}

    /** The arguments, each quoted when it holds a reserved character; {@code %} doubled (no field codes). */
    static String quote(List<String> command) {
        return command.stream().map(DesktopExec::argument).collect(Collectors.joining(" "));
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

    /** A string value's escapes, applied to the whole value after {@link #quote} (so a quoted {@code \} becomes {@code \\\\}). */
    static String escapeString(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r");
    }
}
