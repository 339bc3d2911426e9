package dev.tauri4j.build.importer;

import dev.tauri4j.build.importer.rust.RustUsage;
import dev.tauri4j.config.capability.OfficialPlugins;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Tauri plugins an app uses, from the three places that name them (the Rust code and Cargo.toml, the
 * capabilities' {@code <plugin>:} prefixes, package.json's {@code @tauri-apps/plugin-*}), split into those tauri4j
 * has ports of (dependencies and {@code .plugin(...)} calls) and the rest (report notes).
 *
 * @param ported      artifact ids of the ports to depend on, sorted
 * @param pluginClasses the ports' plugin classes, for Main
 */
record PluginNeeds(List<String> ported, List<String> pluginClasses) {

    static PluginNeeds of(List<RustUsage> rust, Set<String> capabilityPrefixes, Set<String> npm, String capabilityDir,
            ImportReport report) {
        Map<String, String> seenIn = new TreeMap<>();
        rust.stream().filter(u -> u.kind() == RustUsage.Kind.PLUGIN).forEach(u -> seenIn.merge(u.name(), u.location(), Keep::first));
        capabilityPrefixes.forEach(p -> seenIn.merge(p, capabilityDir + " (\"" + p + ":...\" permissions)", Keep::first));
        npm.forEach(p -> seenIn.merge(p, "package.json (@tauri-apps/plugin-" + p + ")", Keep::first));
        List<String> ported = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        seenIn.forEach((plugin, where) -> {
            if (OfficialPlugins.isAvailable(plugin)) {
                ported.add(plugin);
                classes.add(OfficialPlugins.pluginClass(plugin).orElseThrow());
            } else if (OfficialPlugins.isOfficial(plugin)) {
                report.note("the plugin \"" + plugin + "\" (" + where + ") is one of Tauri's official plugins that tauri4j has"
                        + " not ported yet (it will be " + OfficialPlugins.coordinates(plugin) + ")",
                        "remove its \"" + plugin + ":...\" permissions from " + capabilityDir + " (tauri:build refuses"
                        + " them) and its calls from the frontend, or write the commands you need as @Command methods");
            } else {
                report.note("the plugin \"" + plugin + "\" (" + where + ") is a Rust crate with no tauri4j port",
                        "write its commands as a tauri4j plugin (docs/plugins.md: the same plugin:" + plugin
                        + "|<command> names answer its npm package unchanged) or drop it and its permissions");
            }
        });
        return new PluginNeeds(List.copyOf(ported), List.copyOf(classes));
    }

    private static final class Keep {
        static String first(String a, String b) {
            return a;
        }
    }
}
