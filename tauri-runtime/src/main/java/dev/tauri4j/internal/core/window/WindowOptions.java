package dev.tauri4j.internal.core.window;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tauri4j.CommandException;
import dev.tauri4j.config.ConfigException;
import dev.tauri4j.config.ConfigLoader;
import dev.tauri4j.config.LoadedConfig;
import dev.tauri4j.config.WindowConfig;
import dev.tauri4j.internal.ipc.JsonCodec;

/**
 * The window options {@code new Window(label, options)} and {@code new WebviewWindow(label, options)} send: the same
 * object as an entry of {@code app.windows} in tauri.conf.json, so it is read by the config reader itself (same
 * defaults, same checks, same warnings for keys tauri4j does not honour yet).
 */
final class WindowOptions {

    private static final System.Logger LOG = System.getLogger("dev.tauri4j");

    private WindowOptions() {}

    static WindowConfig read(JsonNode options, String command) {
        if (options == null || !options.isObject()) {
            throw new CommandException("INVALID_ARGUMENT", command + ": argument 'options' must be an object with at least a label");
        }
        ObjectNode root = JsonCodec.mapper().createObjectNode();
        root.put("identifier", "dev.tauri4j.window-options");
        root.putObject("app").putArray("windows").add(options);
        String source = command + " options";
        try {
            LoadedConfig loaded = ConfigLoader.parse(root.toString(), source);
            loaded.warnings().forEach(w -> LOG.log(System.Logger.Level.WARNING, w.replace("app.windows[0].", "")));
            return loaded.config().app().windows().getFirst();
        } catch (ConfigException e) {
            throw new CommandException("INVALID_ARGUMENT", e.getMessage().replace("app.windows[0].", ""));
        }
    }
}
