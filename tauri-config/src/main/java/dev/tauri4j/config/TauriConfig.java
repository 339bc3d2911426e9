package dev.tauri4j.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;

/**
 * The subset of Tauri v2's {@code tauri.conf.json} that tauri4j honours, with Tauri's defaults applied.
 *
 * @param productName the app's display name (defaults to the identifier's last segment)
 * @param version     the app version (defaults to "0.1.0")
 * @param identifier  reverse-domain id, required (e.g. "com.example.app")
 * @param build       dev server and frontend build settings
 * @param app         windows and security
 * @param plugins     each plugin's settings from {@code plugins.<name>}, as written (read-only)
 * @param bundle      the {@code bundle} keys the runtime uses too ({@code externalBin})
 */
public record TauriConfig(String productName, String version, String identifier, BuildConfig build, AppConfig app,
                          Map<String, JsonNode> plugins, BundleConfig bundle) {

    public TauriConfig {
        Objects.requireNonNull(identifier, "identifier");
        if (version == null) version = "0.1.0";
        if (productName == null) productName = identifier.substring(identifier.lastIndexOf('.') + 1);
        if (build == null) build = BuildConfig.DEFAULT;
        if (app == null) app = AppConfig.DEFAULT;
        plugins = plugins == null ? Map.of() : Map.copyOf(plugins);
        if (bundle == null) bundle = BundleConfig.DEFAULT;
    }

    /** A config without bundle keys. */
    public TauriConfig(String productName, String version, String identifier, BuildConfig build, AppConfig app,
                       Map<String, JsonNode> plugins) {
        this(productName, version, identifier, build, app, plugins, BundleConfig.DEFAULT);
    }

    /** A config without plugin settings. */
    public TauriConfig(String productName, String version, String identifier, BuildConfig build, AppConfig app) {
        this(productName, version, identifier, build, app, Map.of());
    }

    /** A config with only an identifier and every other key at Tauri's default. */
    public static TauriConfig defaults(String identifier) {
        return new TauriConfig(null, null, identifier, null, null);
    }
}
