package dev.tauri4j.plugins.log;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where log records go, Tauri's {@code TargetKind}s plus the JDK's logging: in {@code plugins.log.targets} a
 * string ({@code "stdout"}) or an object with a {@code kind} ({@code {"kind": "logDir", "fileName": "app"}}).
 */
public sealed interface LogTarget {

    /** {@code System.getLogger(target)}: where SLF4J, JUL or Log4j users see the frontend's logs. tauri4j's own. */
    record SystemLogger() implements LogTarget {}

    /** Formatted lines on standard output. */
    record Stdout() implements LogTarget {}

    /** Formatted lines on standard error. */
    record Stderr() implements LogTarget {}

    /** {@code <fileName>.log} (default: the product name) in the app's log directory. */
    record LogDir(String fileName) implements LogTarget {}

    /** {@code <fileName>.log} in {@code path}. */
    record Folder(Path path, String fileName) implements LogTarget {}

    /** The {@code log://log} event to every page, which the npm package's {@code attachConsole()} listens to. */
    record Webview() implements LogTarget {}

    /** The target {@code entry} of {@code plugins.log.targets[index]}. */
    static LogTarget parse(Object entry, int index) {
        String where = "tauri.conf.json: plugins.log.targets[" + index + "]";
        Map<?, ?> fields = entry instanceof Map<?, ?> m ? m : Map.of("kind", entry == null ? "null" : entry);
        Object kind = fields.get("kind");
        Object fileName = fields.get("fileName");
        if (fileName != null && !(fileName instanceof String)) throw new IllegalArgumentException(where + ".fileName must be a string");
        return switch (String.valueOf(kind)) {
            case "systemLogger" -> new SystemLogger();
            case "stdout" -> new Stdout();
            case "stderr" -> new Stderr();
            case "webview" -> new Webview();
            case "logDir" -> new LogDir((String) fileName);
            case "folder" -> {
                if (!(fields.get("path") instanceof String path)) {
                    throw new IllegalArgumentException(where + " is a folder target without a \"path\". Fix: add "
                            + "\"path\": \"/some/dir\"");
                }
                yield new Folder(Path.of(path), (String) fileName);
            }
            default -> throw new IllegalArgumentException(where + " has the kind " + kind + ", which is not a log "
                    + "target. Fix: use \"systemLogger\", \"stdout\", \"stderr\", \"logDir\", \"folder\" or \"webview\"");
        };
    }
}
