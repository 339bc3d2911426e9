package dev.tauri4j.plugins.log;

import dev.tauri4j.App;
import dev.tauri4j.CommandException;
import dev.tauri4j.Invocation;
import dev.tauri4j.plugin.Plugin;
import dev.tauri4j.plugin.PluginContext;
import dev.tauri4j.plugins.log.linux.AppLogDir;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tauri's log plugin ({@code @tauri-apps/plugin-log} 2.10.0): the {@code log} command the npm package's
 * {@code trace()} ... {@code error()} send, to the targets of {@code plugins.log} ({@link LogSettings}): the JDK's
 * {@code System.Logger} (one logger per target, i.e. per caller location), stdout, stderr, a file in the app's log
 * directory or a folder, and the {@code log://log} event that {@code attachConsole()} shows in the page. Java code
 * logs to the same targets with {@link #log(LogLevel, String, String)}.
 */
public final class LogPlugin implements Plugin {

    /** Tauri's target name for the frontend's records without a location. */
    public static final String WEBVIEW_TARGET = "webview";

    private final LogSettings fixed;
    private volatile LogDispatch dispatch;

    /** The plugin with the settings of {@code plugins.log} in tauri.conf.json. */
    public LogPlugin() {
        this.fixed = null;
    }

    /** The plugin with {@code settings}, whatever tauri.conf.json says. */
    public LogPlugin(LogSettings settings) {
        this.fixed = java.util.Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String name() {
        return "log";
    }

    @Override
    public void setup(PluginContext context) {
        LogSettings settings = fixed != null ? fixed : LogSettings.from(context.config());
        App app = context.app();
        var config = app.config();
        String fileName = config.productName() != null ? config.productName() : config.identifier();
        dispatch = new LogDispatch(settings, AppLogDir.of(config.identifier(), System.getenv()), fileName, app::emit,
                Clock.systemUTC());
        context.commands().handler("log", this::fromFrontend);
    }

    /** Logs {@code message} under {@code target} to every target; ignored before the app started. */
    public void log(LogLevel level, String target, String message) {
        log(LogRecord.of(level, target, message));
    }

    /** Logs {@code record} to every target; ignored before the app started. */
    public void log(LogRecord record) {
        LogDispatch d = dispatch;
        if (d != null) d.log(record);
    }

    private Object fromFrontend(Invocation call) {
        log(record(call));
        return null;
    }

    /** The command's arguments as Tauri's {@code log} command takes them. */
    static LogRecord record(Invocation call) {
        int number = call.arg("level", Integer.class);
        LogLevel level;
        try {
            level = LogLevel.of(number);
        } catch (IllegalArgumentException e) {
            throw new CommandException("INVALID_ARGUMENT", "plugin:log|log: " + e.getMessage());
        }
        Map<String, String> kv = new LinkedHashMap<>();
        call.optionalArg("keyValues", Map.class).ifPresent(m -> ((Map<?, ?>) m).forEach((k, v) -> kv.put(String.valueOf(k), String.valueOf(v))));
        return new LogRecord(level, call.optionalArg("location", String.class).orElse(WEBVIEW_TARGET),
                call.arg("message", String.class), call.optionalArg("file", String.class).orElse(null),
                call.optionalArg("line", Integer.class).orElse(null), kv);
    }

    @Override
    public void onExit(int code) {
        LogDispatch d = dispatch;
        dispatch = null;
        if (d != null) d.close();
    }
}
