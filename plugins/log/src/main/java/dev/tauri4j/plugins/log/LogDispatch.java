package dev.tauri4j.plugins.log;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Sends each record that passes the level filter to every configured target, formatted as Tauri formats it. */
final class LogDispatch implements AutoCloseable {

    /** The event the npm package's {@code attachLogger}/{@code attachConsole} listen to. */
    static final String EVENT = "log://log";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("'['yyyy-MM-dd']['HH:mm:ss']'");

    private final LogSettings settings;
    private final Clock clock;
    private final BiConsumer<String, Object> emit;
    private final List<LogFile> files = new ArrayList<>();

    /**
     * @param logDir   the app's log directory, for {@link LogTarget.LogDir}
     * @param fileName the default file name (Tauri's: the app's name)
     * @param emit     sends an event to every page, for {@link LogTarget.Webview}
     */
    LogDispatch(LogSettings settings, Path logDir, String fileName, BiConsumer<String, Object> emit, Clock clock) {
        this.settings = settings;
        this.clock = settings.timezone() == LogSettings.Timezone.UTC ? clock.withZone(ZoneId.of("UTC")) : clock.withZone(ZoneId.systemDefault());
        this.emit = emit;
        for (LogTarget t : settings.targets()) {
            switch (t) {
                case LogTarget.LogDir d -> files.add(LogFile.open(logDir, name(d.fileName(), fileName), settings, now()));
                case LogTarget.Folder f -> files.add(LogFile.open(f.path(), name(f.fileName(), fileName), settings, now()));
                default -> { }
            }
        }
    }

    private static String name(String configured, String fallback) {
        return configured != null ? configured : fallback;
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }

    /** The files this dispatch writes, in target order. */
    List<Path> files() {
        return files.stream().map(LogFile::path).toList();
    }

    /** Logs {@code r} to every target, if its level passes. */
    void log(LogRecord r) {
        if (!settings.accepts(r.level())) return;
        String line = format(now(), r);
        int file = 0;
        for (LogTarget t : settings.targets()) {
            switch (t) {
                case LogTarget.SystemLogger s -> System.getLogger(r.target()).log(r.level().systemLevel(), withKeyValues(r));
                case LogTarget.Stdout s -> print(System.out, line);
                case LogTarget.Stderr s -> print(System.err, line);
                case LogTarget.LogDir d -> files.get(file++).write(line);
                case LogTarget.Folder f -> files.get(file++).write(line);
                case LogTarget.Webview w -> emit.accept(EVENT, Map.of("message", line, "level", r.level().number()));
            }
        }
    }

    private static void print(PrintStream out, String line) {
        out.println(line);
    }

    /** Tauri's default line: {@code [2024-05-01][12:00:00][target][INFO] message}. */
    static String format(ZonedDateTime time, LogRecord r) {
        return STAMP.format(time) + "[" + r.target() + "][" + r.level().label() + "] " + r.message();
    }

    /** The JDK's loggers have no key-values: they follow the message as {@code {k=v, ...}}. */
    private static String withKeyValues(LogRecord r) {
        return r.keyValues().isEmpty() ? r.message() : r.message() + " " + new java.util.TreeMap<>(r.keyValues());
    }

    @Override
    public void close() {
        files.forEach(LogFile::close);
    }
}
