package dev.tauri4j.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.internal.assets.AssetResolver;
import dev.tauri4j.assets.ClasspathAssetSource;
import dev.tauri4j.config.ConfigLoader;
import dev.tauri4j.CommandRegistry;
import dev.tauri4j.internal.ipc.Dispatcher;
import dev.tauri4j.internal.ipc.StateStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Writes docs/API-COVERAGE.md from the npm package the build installs: every command {@code @tauri-apps/api} can send,
 * the JS functions that send it, and whether the runtime registers it. Fails when the file in the repository differs
 * (a new package version, a command added or removed): rerun with {@code -Dtauri.apiCoverage.write=true} to update it.
 */
class ApiCoverageTest {

    private static final Path PACKAGE = Path.of("target/npm/node_modules/@tauri-apps/api");
    private static final Path DOC = Path.of("../docs/API-COVERAGE.md");
    private static final Pattern COMMAND = Pattern.compile("['\"`]plugin:([a-z_]+)\\|([a-z_0-9]+)['\"`]");
    private static final Pattern CLASS = Pattern.compile("^class (\\w+)");
    private static final Pattern FUNCTION = Pattern.compile("^(?:async )?function (\\w+)\\(");
    private static final Pattern METHOD = Pattern.compile("^ {4}(?:static )?(?:async )?(\\w+)\\(.*\\) \\{$");

    /** Why a command or a whole plugin is missing or behaves differently; the rest says "not yet". */
    private static final Map<String, String> NOTES = Map.ofEntries(
            Map.entry("plugin:menu", "GTK menu bars above the webview, GTK context menus; see docs/menus.md"),
            Map.entry("plugin:menu|popup", "at a logical or physical position from the window's top-left, or at the pointer"),
            Map.entry("plugin:menu|set_as_app_menu", "the menu bar of every window without its own, as Tauri on Linux"),
            Map.entry("plugin:menu|set_as_windows_menu_for_nsapp", "macOS only: accepted, does nothing (as Tauri elsewhere)"),
            Map.entry("plugin:menu|set_as_help_menu_for_nsapp", "macOS only: accepted, does nothing (as Tauri elsewhere)"),
            Map.entry("plugin:menu|set_icon", "images shown at 16 px; NativeIcon names are kept and show nothing (macOS images)"),
            Map.entry("plugin:menu|create_default", "Tauri's Linux default: Edit, Window, Help"),
            Map.entry("plugin:tray|new", "a StatusNotifierItem, waiting for a tray host when none runs; clicks reach `action` (Tauri sends none on Linux); `menu` goes over com.canonical.dbusmenu, item icons as icon-data"),
            Map.entry("plugin:tray|get_by_id", "also the icon of `app.trayIcon` (`main` by default)"),
            Map.entry("plugin:tray|set_menu", "a Menu or Submenu over com.canonical.dbusmenu; null removes it"),
            Map.entry("plugin:tray|set_icon_as_template", "macOS only; accepted"),
            Map.entry("plugin:tray|set_icon_with_as_template", "sets the icon; the template flag is macOS only"),
            Map.entry("plugin:tray|set_show_menu_on_left_click", "accepted; unsupported on Linux, as in Tauri"),
            Map.entry("plugin:tray|set_temp_dir_path", "accepted; the icon goes to the host as pixels, no file is written"),
            Map.entry("plugin:image|from_bytes", "PNG and ICO, as Tauri's `image-png`/`image-ico` features"),
            Map.entry("plugin:image|from_path", "PNG and ICO, as Tauri's `image-png`/`image-ico` features"),
            Map.entry("plugin:resources|close", "the calling window's table, then the app's, as Tauri"),
            Map.entry("plugin:app|app_show", "Tauri: macOS only; here: shows every window"),
            Map.entry("plugin:app|app_hide", "Tauri: macOS only; here: hides every window"),
            Map.entry("plugin:app|tauri_version", "the tauri4j version (the runtime behind the API)"),
            Map.entry("plugin:app|default_window_icon", "always null: the app has no window icon at run time yet"),
            Map.entry("plugin:app|set_dock_visibility", "macOS only"),
            Map.entry("plugin:app|fetch_data_store_identifiers", "macOS/iOS only"),
            Map.entry("plugin:app|remove_data_store", "macOS/iOS only"),
            Map.entry("plugin:window|create", "options read as an `app.windows` entry of tauri.conf.json"),
            Map.entry("plugin:webview|create_webview_window", "options read as an `app.windows` entry of tauri.conf.json"),
            Map.entry("plugin:window|set_theme", "app-wide (GTK's prefer-dark setting), as Tauri on Linux"),
            Map.entry("plugin:app|set_app_theme", "GTK's prefer-dark setting; null restores the desktop's"),
            Map.entry("plugin:window|request_user_attention", "GTK's urgency hint, for both types"),
            Map.entry("plugin:window|monitor_from_point", "null when no monitor holds the point"),
            Map.entry("plugin:webview|create_webview", "one webview per window"),
            Map.entry("plugin:webview|reparent", "one webview per window"),
            Map.entry("plugin:webview|webview_position", "{x: 0, y: 0}: the webview fills its window"),
            Map.entry("plugin:webview|webview_close", "closes its window (one webview per window)"),
            Map.entry("plugin:window|close", "emits tauri://close-requested; a page listening with onCloseRequested decides"),
            Map.entry("plugin:window|theme", "from GTK settings (prefer-dark or a theme name ending in dark)"),
            Map.entry("plugin:window|minimize", "needs a window manager"),
            Map.entry("plugin:window|maximize", "needs a window manager"),
            Map.entry("plugin:window|set_fullscreen", "needs a window manager"),
            Map.entry("plugin:window|activity_name", "iOS only"),
            Map.entry("plugin:window|scene_identifier", "iOS only"),
            Map.entry("plugin:window|set_badge_count", "app-wide: the Unity launcher signal for the package's desktop entry (docs/window-api.md)"),
            Map.entry("plugin:window|set_progress_bar", "app-wide: the Unity launcher signal for the package's desktop entry; paused, error and indeterminate show as normal"),
            Map.entry("plugin:window|set_ignore_cursor_events", "an empty input shape: clicks reach the window below"),
            Map.entry("plugin:window|set_shadow", "accepted; unsupported on Linux, as in Tauri"),
            Map.entry("plugin:window|set_maximizable", "accepted; unsupported on Linux, as in Tauri"),
            Map.entry("plugin:window|set_minimizable", "accepted; unsupported on Linux, as in Tauri"),
            Map.entry("plugin:window|is_maximizable", "always true on Linux, as in Tauri"),
            Map.entry("plugin:window|is_minimizable", "always true on Linux, as in Tauri"),
            Map.entry("plugin:window|set_badge_label", "macOS only"),
            Map.entry("plugin:window|set_overlay_icon", "Windows only"),
            Map.entry("plugin:window|set_simple_fullscreen", "macOS only"),
            Map.entry("plugin:window|set_title_bar_style", "macOS only"),
            Map.entry("plugin:window|set_effects", "macOS and Windows only"));

    record Command(String plugin, String name, Set<String> callers) {
        String full() {
            return "plugin:" + plugin + "|" + name;
        }
    }

    static Map<String, Command> scan(Path root) throws IOException {
        Map<String, Command> found = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            // mocks.js only mentions commands in its examples; it sends none
            files = s.filter(p -> p.toString().endsWith(".js") && !p.getFileName().toString().equals("mocks.js"))
                    .filter(p -> !p.toString().contains("/external/")).sorted().toList();
        }
        for (Path file : files) {
            String module = root.relativize(file).toString().replace(".js", "");
            String cls = null;
            String fn = null;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Matcher m;
                if ((m = CLASS.matcher(line)).find()) cls = m.group(1);
                else if (line.equals("}")) cls = null;
                if ((m = FUNCTION.matcher(line)).find()) fn = m.group(1);
                else if ((m = METHOD.matcher(line)).find() && cls != null) fn = cls + "." + m.group(1);
                m = COMMAND.matcher(line);
                while (m.find()) {
                    Command c = found.computeIfAbsent("plugin:" + m.group(1) + "|" + m.group(2),
                            k -> new Command(matcherGroup(k, 1), matcherGroup(k, 2), new LinkedHashSet<>()));
                    if (fn != null) c.callers().add(module + ": " + fn);
                }
            }
        }
        return found;
    }

    private static String matcherGroup(String full, int group) {
        String[] parts = full.substring("plugin:".length()).split("\\|");
        return parts[group - 1];
    }

    static Set<String> implemented() {
        CommandRegistry registry = new CommandRegistry();
        new AppRuntime(ConfigLoader.parse("{\"identifier\": \"com.example.coverage\"}", "tauri.conf.json").config(),
                new LaunchMode(false, false, false), new FakePlatform(), new Dispatcher(registry), registry, new StateStore(),
                new AssetResolver(new ClasspathAssetSource(ApiCoverageTest.class.getClassLoader(), "no-assets")));
        return registry.names();
    }

    static String render(String version, Map<String, Command> commands, Set<String> implemented) {
        StringBuilder out = new StringBuilder();
        Map<String, List<Command>> byPlugin = new TreeMap<>();
        commands.values().forEach(c -> byPlugin.computeIfAbsent(c.plugin(), k -> new ArrayList<>()).add(c));
        long done = commands.keySet().stream().filter(implemented::contains).count();
        out.append("# `@tauri-apps/api` coverage\n\n")
                .append("Every command that `@tauri-apps/api` ").append(version).append(" can send, and whether tauri4j answers it.\n")
                .append("Generated by `tauri-runtime/src/test/java/dev/tauri4j/internal/runtime/ApiCoverageTest.java` from the npm package;\n")
                .append("the test fails when this file is out of date (update it with\n")
                .append("`./mvnw -pl tauri-runtime -am verify -Dtest=ApiCoverageTest -Dsurefire.failIfNoSpecifiedTests=false -Dtauri.apiCoverage.write=true`).\n\n")
                .append("**").append(done).append(" of ").append(commands.size()).append(" commands implemented.**\n\n")
                .append("Plugin-defined commands built at run time (`plugin:<name>|register_listener`, `check_permissions`, ...)\n")
                .append("belong to mobile plugins and are not listed. Window events emitted: `tauri://resize`, `tauri://move`,\n")
                .append("`tauri://focus`, `tauri://blur`, `tauri://close-requested`, `tauri://destroyed`, `tauri://scale-change`,\n")
                .append("`tauri://theme-changed`; to every window: `tauri://window-created`.\n\n")
                .append("| plugin | implemented |\n|---|---|\n");
        byPlugin.forEach((plugin, list) -> out.append("| `").append(plugin).append("` | ")
                .append(list.stream().filter(c -> implemented.contains(c.full())).count()).append(" / ").append(list.size()).append(" |\n"));
        byPlugin.forEach((plugin, list) -> {
            out.append("\n## `plugin:").append(plugin).append("`\n\n");
            String pluginNote = NOTES.get("plugin:" + plugin);
            if (pluginNote != null) out.append(pluginNote.substring(0, 1).toUpperCase()).append(pluginNote.substring(1)).append(".\n\n");
            out.append("| command | sent by | tauri4j | notes |\n|---|---|---|---|\n");
            for (Command c : list) {
                boolean yes = implemented.contains(c.full());
                String note = NOTES.getOrDefault(c.full(), yes || pluginNote != null ? "" : "not yet");
                out.append("| `").append(c.name()).append("` | ")
                        .append(String.join(", ", c.callers().stream().limit(3).map(s -> "`" + s + "`").toList()))
                        .append(c.callers().size() > 3 ? ", ..." : "")
                        .append(" | ").append(yes ? "yes" : "no").append(" | ").append(note).append(" |\n");
            }
        });
        return out.toString();
    }

    @Test
    void theCoverageTableMatchesThePackageAndTheRuntime() throws IOException {
        assertThat(PACKAGE.resolve("package.json")).as("the npm package the build installs").exists();
        String version = Pattern.compile("\"version\": \"([^\"]+)\"").matcher(Files.readString(PACKAGE.resolve("package.json")))
                .results().findFirst().orElseThrow().group(1);
        Map<String, Command> commands = scan(PACKAGE);
        Set<String> implemented = implemented();
        String expected = render(version, commands, implemented);
        Files.writeString(Path.of("target/API-COVERAGE.md"), expected);
        if (Boolean.getBoolean("tauri.apiCoverage.write")) Files.writeString(DOC, expected);

        assertThat(commands).containsKeys("plugin:window|set_title", "plugin:path|resolve_directory", "plugin:app|name",
                "plugin:event|listen", "plugin:webview|webview_size");
        assertThat(commands.get("plugin:window|inner_size").callers()).contains("window: Window.innerSize");
        // what the issue asks for is there
        assertThat(implemented).contains("plugin:app|name", "plugin:app|version", "plugin:app|identifier", "plugin:app|tauri_version",
                "plugin:app|app_show", "plugin:app|app_hide", "plugin:window|set_title", "plugin:window|inner_size",
                "plugin:window|set_position", "plugin:window|minimize", "plugin:window|maximize", "plugin:window|set_fullscreen",
                "plugin:window|set_focus", "plugin:window|close", "plugin:path|resolve_directory", "plugin:path|join",
                "plugin:path|normalize", "plugin:path|resolve");
        assertThat(DOC).as("docs/API-COVERAGE.md").exists();
        assertThat(Files.readString(DOC)).as("docs/API-COVERAGE.md is out of date: update it with"
                + " -Dtauri.apiCoverage.write=true (see its first lines); target/API-COVERAGE.md has the new text").isEqualTo(expected);
    }
}
