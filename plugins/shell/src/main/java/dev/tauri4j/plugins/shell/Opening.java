package dev.tauri4j.plugins.shell;

import dev.tauri4j.App;
import dev.tauri4j.CommandException;
import dev.tauri4j.plugin.PluginConfig;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The shell's {@code open}, permitted as Tauri's {@code plugins.shell.open}: absent or {@code true} allows what matches
 * {@code ^((mailto:\w+)|(tel:\w+)|(https?://\w+)).+}, a string is a regex the whole path must match, {@code false}
 * allows nothing. The default app opens it ({@link App#openWithSystem}); {@code with} names one of Tauri's programs.
 *
 * @param validator null when open is off
 */
record Opening(Pattern validator) {

    static final String DEFAULT = "^((mailto:\\w+)|(tel:\\w+)|(https?://\\w+)).+";
    /** Tauri's {@code Program} names, and the command each runs here. */
    private static final Map<String, String> PROGRAMS = Map.of("firefox", "firefox", "google chrome", "google-chrome",
            "chromium", "chromium", "xdg-open", "xdg-open", "gio", "gio", "gnome-open", "gnome-open", "kde-open", "kde-open",
            "wslview", "wslview");

    static Opening of(PluginConfig config) {
        Object open = config.values().get("open");
        return switch (open) {
            case null -> new Opening(Pattern.compile(DEFAULT));
            case Boolean b -> new Opening(b ? Pattern.compile(DEFAULT) : null);
            case String regex -> new Opening(Pattern.compile("^(?:" + regex + ")$"));
            default -> throw new IllegalArgumentException("tauri.conf.json: plugins.shell.open must be true, false or a regex string, found "
                    + open + ". Fix: correct it in tauri.conf.json");
        };
    }

    /** Whether {@code open} may open {@code path}. */
    boolean allows(String path) {
        return validator != null && validator.matcher(path).find();
    }

    void open(App app, String path, String with) {
        if (validator == null) {
            throw new CommandException("FORBIDDEN", "shell open is disabled by tauri.conf.json (plugins.shell.open is false)."
                    + " Fix: set plugins.shell.open to true or to a regex the paths must match");
        }
        if (!allows(path)) {
            throw new CommandException("FORBIDDEN", "Scoped command argument at position 0 was found, but failed regex validation "
                    + validator.pattern() + ". Fix: if the app means to open it, set plugins.shell.open in tauri.conf.json to a regex that matches it");
        }
        try {
            if (with == null) {
                app.openWithSystem(path);
                return;
            }
            String program = PROGRAMS.get(with);
            if (program == null) {
                throw new CommandException("INVALID_ARGUMENT", "unknown program " + with + ". Fix: leave `with` out, or use one of "
                        + PROGRAMS.keySet());
            }
            new ProcessBuilder(program, path).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new CommandException("OPEN_FAILED", "failed to open " + path + ": " + e.getMessage()
                    + (with == null ? ". Fix: install xdg-utils (xdg-open)" : ". Fix: install " + with), null, e);
        }
    }
}
