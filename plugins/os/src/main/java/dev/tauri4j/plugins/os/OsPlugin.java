package dev.tauri4j.plugins.os;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tauri4j.plugin.Plugin;
import dev.tauri4j.plugin.PluginContext;
import java.util.TreeMap;

/**
 * Tauri's os plugin ({@code @tauri-apps/plugin-os} 2.4.0): {@code window.__TAURI_OS_PLUGIN_INTERNALS__} for the
 * synchronous getters ({@code platform()}, {@code arch()}, ...), and the commands {@code locale} and
 * {@code hostname}. The other six commands of Tauri's permission list ({@code platform}, {@code version},
 * {@code os_type}, {@code family}, {@code arch}, {@code exe_extension}) answer the same values; Tauri lists them
 * for permissions but the npm package never sends them.
 */
public final class OsPlugin implements Plugin {

    @Override
    public String name() {
        return "os";
    }

    @Override
    public void setup(PluginContext context) throws JsonProcessingException {
        OsInfo info = Os.info();
        context.commands()
                .command("platform", () -> info.platform())
                .command("version", () -> info.version())
                .command("os_type", () -> info.osType())
                .command("family", () -> info.family())
                .command("arch", () -> info.arch())
                .command("exe_extension", () -> info.exeExtension())
                .command("locale", () -> Os.locale().orElse(null))
                .command("hostname", () -> Os.hostname());
        context.initScript(initScript(info));
    }

    /** The script the npm package's getters read from: a non-writable property, as Tauri defines it. */
    static String initScript(OsInfo info) throws JsonProcessingException {
        String json = new ObjectMapper().writeValueAsString(new TreeMap<>(Os.internals(info)));
        return "Object.defineProperty(window, '__TAURI_OS_PLUGIN_INTERNALS__', { value: Object.freeze(" + json + ") });";
    }
}
