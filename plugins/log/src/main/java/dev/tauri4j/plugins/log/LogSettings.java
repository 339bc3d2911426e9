package dev.tauri4j.plugins.log;

import dev.tauri4j.plugin.PluginConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The log plugin's settings, {@code plugins.log} in tauri.conf.json: what Tauri's {@code tauri_plugin_log::Builder}
 * sets in Rust ({@code level}, {@code targets}, {@code maxFileSize}, {@code rotationStrategy},
 * {@code timezoneStrategy}), with Tauri's defaults except that the JDK's logging takes stdout's place.
 *
 * @param level       the most verbose level kept, null for {@code "off"} (default {@code trace}: everything)
 * @param targets     where records go (default {@code systemLogger} and {@code logDir})
 * @param maxFileSize a log file bigger than this many bytes when the app starts is rotated (default 40000)
 */
public record LogSettings(LogLevel level, List<LogTarget> targets, long maxFileSize, Rotation rotation, Timezone timezone) {

    /** What happens to a log file over {@code maxFileSize}: Tauri's {@code RotationStrategy}. */
    public enum Rotation { KEEP_ONE, KEEP_ALL }

    /** The clock of the log lines' time stamps: Tauri's {@code TimezoneStrategy}. */
    public enum Timezone { UTC, LOCAL }

    /** Tauri's default file size limit. */
    public static final long DEFAULT_MAX_FILE_SIZE = 40_000;

    public LogSettings {
        targets = List.copyOf(targets);
        Objects.requireNonNull(rotation, "rotation");
        Objects.requireNonNull(timezone, "timezone");
    }

    /** The defaults: everything, to the JDK's logging and to the app's log directory. */
    public static LogSettings defaults() {
        return new LogSettings(LogLevel.TRACE, List.of(new LogTarget.SystemLogger(), new LogTarget.LogDir(null)),
                DEFAULT_MAX_FILE_SIZE, Rotation.KEEP_ONE, Timezone.UTC);
    }

    /** These settings with other targets. */
    public LogSettings withTargets(LogTarget... newTargets) {
        return new LogSettings(level, List.of(newTargets), maxFileSize, rotation, timezone);
    }

    /** These settings keeping records of {@code newLevel} and more severe (null: none). */
    public LogSettings withLevel(LogLevel newLevel) {
        return new LogSettings(newLevel, targets, maxFileSize, rotation, timezone);
    }

    /** Whether a record of {@code l} passes the level filter. */
    boolean accepts(LogLevel l) {
        return level != null && l.number() >= level.number();
    }

    /** {@code plugins.log}, over the defaults; an error names the key and the fix. */
    public static LogSettings from(PluginConfig config) {
        LogSettings d = defaults();
        Optional<String> levelName = config.string("level");
        LogLevel level = levelName.isPresent() ? LogLevel.named(levelName.get(), "tauri.conf.json: plugins.log.level") : d.level;
        List<LogTarget> targets = d.targets;
        Object t = config.values().get("targets");
        if (t != null) {
            if (!(t instanceof List<?> list)) {
                throw new IllegalArgumentException("tauri.conf.json: plugins.log.targets must be a list. Fix: e.g. "
                        + "\"targets\": [\"systemLogger\", \"logDir\", \"webview\"]");
            }
            targets = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) targets.add(LogTarget.parse(list.get(i), i));
        }
        long max = config.integer("maxFileSize").orElse(d.maxFileSize);
        Rotation rotation = config.string("rotationStrategy").map(s -> switch (s) {
            case "keepOne" -> Rotation.KEEP_ONE;
            case "keepAll" -> Rotation.KEEP_ALL;
            default -> throw bad("rotationStrategy", s, "\"keepOne\" or \"keepAll\"");
        }).orElse(d.rotation);
        Timezone timezone = config.string("timezoneStrategy").map(s -> switch (s.toLowerCase(Locale.ROOT)) {
            case "utc", "useutc" -> Timezone.UTC;
            case "local", "uselocal" -> Timezone.LOCAL;
            default -> throw bad("timezoneStrategy", s, "\"utc\" or \"local\"");
        }).orElse(d.timezone);
        return new LogSettings(level, targets, max, rotation, timezone);
    }

    private static IllegalArgumentException bad(String key, String value, String expected) {
        return new IllegalArgumentException("tauri.conf.json: plugins.log." + key + " is \"" + value + "\". Fix: use "
                + expected);
    }
}
