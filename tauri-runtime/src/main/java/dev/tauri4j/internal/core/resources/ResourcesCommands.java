package dev.tauri4j.internal.core.resources;

import dev.tauri4j.App;
import dev.tauri4j.CommandRegistry;
import dev.tauri4j.plugin.Resources;

/** The {@code plugin:resources|close} command that {@code Resource.close()} in {@code @tauri-apps/api/core} sends. */
public final class ResourcesCommands {

    private ResourcesCommands() {}

    /**
     * Registers {@code close {rid}}: as in Tauri, the rid is looked for in the calling window's table, then in the
     * app's; unknown in both is {@link Resources#BAD_RESOURCE_ID}.
     */
    public static void register(CommandRegistry registry, App app) {
        registry.handler("close", call -> {
            int rid = call.arg("rid", Integer.class);
            Resources window = call.window() == null ? null : call.window().resources();
            if (window != null && (window.has(rid) || !app.resources().has(rid))) window.close(rid);
            else app.resources().close(rid);
            return null;
        });
    }
}
