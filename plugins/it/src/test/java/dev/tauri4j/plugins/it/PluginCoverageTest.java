package dev.tauri4j.plugins.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.App;
import dev.tauri4j.config.TauriConfig;
import dev.tauri4j.plugin.Plugin;
import dev.tauri4j.plugin.PluginConfig;
import dev.tauri4j.plugin.PluginContext;
import dev.tauri4j.plugins.autostart.AutostartPlugin;
import dev.tauri4j.plugins.clipboard.ClipboardManagerPlugin;
import dev.tauri4j.plugins.globalshortcut.GlobalShortcutPlugin;
import dev.tauri4j.plugins.deeplink.DeepLinkPlugin;
import dev.tauri4j.plugins.dialog.DialogPlugin;
import dev.tauri4j.plugins.fs.FsPlugin;
import dev.tauri4j.plugins.http.HttpPlugin;
import dev.tauri4j.plugins.log.LogPlugin;
import dev.tauri4j.plugins.log.LogSettings;
import dev.tauri4j.plugins.log.LogTarget;
import dev.tauri4j.plugins.opener.OpenerPlugin;
import dev.tauri4j.plugins.shell.ShellPlugin;
import dev.tauri4j.plugins.notification.NotificationPlugin;
import dev.tauri4j.plugins.os.OsPlugin;
import dev.tauri4j.plugins.process.ProcessPlugin;
import dev.tauri4j.plugins.store.StorePlugin;
import dev.tauri4j.plugins.windowstate.WindowStatePlugin;
import java.lang.reflect.Proxy;
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
import org.junit.jupiter.api.Test;

/**
 * Writes docs/plugins/API-COVERAGE.md from the official npm packages the build installs: every command each can
 * send (and, for os, every init-script value it reads), the functions that send it, and whether the tauri4j port
 * registers it. Fails when the file differs: rerun with {@code -Dtauri.apiCoverage.write=true} to update it.
 * (docs/API-COVERAGE.md covers {@code @tauri-apps/api}; its generator lives in tauri-runtime, which cannot see
 * the plugins.)
 */
class PluginCoverageTest {

    private static final Path NPM = Path.of("target/npm/node_modules/@tauri-apps");
    private static final Path DOC = Path.of("../../docs/plugins/API-COVERAGE.md");
    private static final Pattern COMMAND = Pattern.compile("['\"`]plugin:([a-z-]+)\\|([a-z_0-9]+)['\"`]");
    private static final Pattern INTERNAL = Pattern.compile("window\\.(__TAURI_\\w+_INTERNALS__)\\.(\\w+)");
    private static final Pattern FUNCTION = Pattern.compile("^(?:async )?function (\\w+)\\(");
    /** A class method such as the store's {@code async set(key, value) {} or {@code static async load(path, options) {}. */
    private static final Pattern METHOD = Pattern.compile("^\\s+(?:static )?(?:async )?(?!if\\b|for\\b|while\\b|switch\\b|catch\\b)(\\w+)\\([^)]*\\) \\{$");
    private static final Pattern CLASS = Pattern.compile("^class (\\w+)");

    /** What one plugin registered in its setup. */
    record Registered(Set<String> commands, List<String> scripts) {}

    /** Runs {@code plugin}'s setup against a context that records commands and scripts, with no app running. */
    static Registered setUp(Plugin plugin) throws Exception {
        Class<?> registryType = PluginContext.class.getMethod("commands").getReturnType();
        Object registry = registryType.getConstructor().newInstance();
        // the registry's own view in the plugin's namespace, as the runtime hands it to a plugin
        Object namespaced = registryType.getMethod("namespace", String.class).invoke(registry, "plugin:" + plugin.name() + "|");
        List<String> scripts = new ArrayList<>();
        App app = (App) Proxy.newProxyInstance(App.class.getClassLoader(), new Class<?>[] {App.class}, (p, m, a) -> switch (m.getName()) {
            case "config" -> TauriConfig.defaults("dev.tauri4j.plugins.coverage");
            default -> null;
        });
        PluginContext context = (PluginContext) Proxy.newProxyInstance(PluginContext.class.getClassLoader(),
                new Class<?>[] {PluginContext.class}, (p, m, a) -> switch (m.getName()) {
                    case "name" -> plugin.name();
                    case "commands" -> namespaced;
                    case "initScript" -> scripts.add((String) a[0]);
                    case "config" -> PluginConfig.of(plugin.name(), null);
                    case "app" -> app;
                    default -> null;
                });
        plugin.setup(context);
        @SuppressWarnings("unchecked")
        Set<String> names = (Set<String>) registryType.getMethod("names").invoke(registry);
        return new Registered(Set.copyOf(names), scripts);
    }

    /** {@code plugin:<name>|<command>} (or an init-script key) to the package's functions that use it. */
    static Map<String, Set<String>> scan(Path indexJs) throws Exception {
        Map<String, Set<String>> found = new TreeMap<>();
        String fn = null;
        String cls = null;
        for (String line : Files.readAllLines(indexJs, StandardCharsets.UTF_8)) {
            Matcher m = FUNCTION.matcher(line);
            if (m.find()) {
                fn = m.group(1);
                cls = null;
            }
            m = CLASS.matcher(line);
            if (m.find()) cls = m.group(1);
            m = METHOD.matcher(line);
            if (cls != null && m.find()) fn = cls + "." + m.group(1);   // FileHandle.read, not the function before it
            for (Pattern p : List.of(COMMAND, INTERNAL)) {
                m = p.matcher(line);
                while (m.find()) {
                    String key = p == COMMAND ? "plugin:" + m.group(1) + "|" + m.group(2) : m.group(1) + "." + m.group(2);
                    Set<String> callers = found.computeIfAbsent(key, k -> new LinkedHashSet<>());
                    if (fn != null) callers.add(fn);
                }
            }
        }
        return found;
    }

    private static String version(String pkg) throws Exception {
        return Pattern.compile("\"version\": \"([^\"]+)\"").matcher(Files.readString(NPM.resolve(pkg).resolve("package.json")))
                .results().findFirst().orElseThrow().group(1);
    }

    @Test
    void theCoverageTableMatchesThePackagesAndThePlugins() throws Exception {
        Map<String, Plugin> plugins = new TreeMap<>(Map.ofEntries(Map.entry("os", new OsPlugin()), Map.entry("process", new ProcessPlugin()),
                Map.entry("log", new LogPlugin(LogSettings.defaults().withTargets(new LogTarget.Webview()))), Map.entry("opener", new OpenerPlugin()),
                Map.entry("dialog", new DialogPlugin()), Map.entry("http", new HttpPlugin()), Map.entry("store", new StorePlugin()),
                Map.entry("fs", new FsPlugin()), Map.entry("shell", new ShellPlugin()),
                Map.entry("clipboard-manager", new ClipboardManagerPlugin()), Map.entry("autostart", new AutostartPlugin()),
                Map.entry("deep-link", new DeepLinkPlugin(new String[0])), Map.entry("global-shortcut", new GlobalShortcutPlugin()),
                Map.entry("notification", new NotificationPlugin()), Map.entry("window-state", new WindowStatePlugin())));
        StringBuilder out = new StringBuilder("# Official plugins: npm coverage\n\n")
                .append("Every command (and init-script value) that the official npm packages can use, and whether the tauri4j\n")
                .append("port answers it. Generated by `plugins/it/src/test/java/dev/tauri4j/plugins/it/PluginCoverageTest.java`\n")
                .append("from the npm packages; the test fails when this file is out of date (update it with\n")
                .append("`./mvnw -pl plugins/it -am test -Dtest=PluginCoverageTest -Dsurefire.failIfNoSpecifiedTests=false -Dtauri.apiCoverage.write=true`).\n");
        int total = 0;
        int done = 0;
        for (var e : plugins.entrySet()) {
            String pkg = "plugin-" + e.getKey();
            Registered registered = setUp(e.getValue());
            Map<String, Set<String>> used = scan(NPM.resolve(pkg).resolve("dist-js/index.js"));
            assertThat(used).as("what %s sends", pkg).isNotEmpty();
            out.append("\n## `@tauri-apps/").append(pkg).append("` ").append(version(pkg)).append("\n\n")
                    .append("| command or value | used by | tauri4j |\n|---|---|---|\n");
            for (var u : used.entrySet()) {
                boolean yes = u.getKey().startsWith("plugin:") ? registered.commands().contains(u.getKey())
                        : registered.scripts().stream().anyMatch(s -> s.contains(u.getKey().substring(0, u.getKey().indexOf('.')))
                                && s.contains("\"" + u.getKey().substring(u.getKey().indexOf('.') + 1) + "\""));
                total++;
                if (yes) done++;
                out.append("| `").append(u.getKey().replace("|", "\\|")).append("` | ")
                        .append(String.join(", ", u.getValue().stream().map(s -> "`" + s + "`").toList()))
                        .append(" | ").append(yes ? "yes" : "no").append(" |\n");
            }
        }
        String expected = out.toString().replaceFirst("\n", "\n\n**" + done + " of " + total + " implemented.**\n");
        Files.writeString(Path.of("target/PLUGINS-API-COVERAGE.md"), expected);
        if (Boolean.getBoolean("tauri.apiCoverage.write")) Files.writeString(DOC, expected);

        assertThat(expected).contains("| `plugin:os\\|hostname` | `hostname` | yes |", "| `plugin:process\\|restart` | `relaunch` | yes |",
                "| `plugin:log\\|log` | `log` | yes |", "| `plugin:opener\\|open_url` | `openUrl` | yes |", "| `plugin:dialog\\|open` | `open` | yes |", "| `plugin:http\\|fetch_cancel_body` | `fetch` | yes |", "| `plugin:store\\|get_store` | `Store.get` | yes |", "| `plugin:fs\\|write_file` | `writeFile` | yes |", "| `plugin:shell\\|spawn` | `Command.spawn` | yes |", "| `plugin:clipboard-manager\\|read_image` | `readImage` | yes |", "| `plugin:autostart\\|is_enabled` | `isEnabled` | yes |", "| `plugin:global-shortcut\\|unregister_all` | `unregisterAll` | yes |", "| `plugin:notification\\|is_permission_granted` | `isPermissionGranted` | yes |", "| `plugin:window-state\\|restore_state` | `restoreState` | yes |", "| `__TAURI_OS_PLUGIN_INTERNALS__.exe_extension` | `exeExtension` | yes |");
        assertThat(DOC).as("docs/plugins/API-COVERAGE.md").exists();
        assertThat(Files.readString(DOC)).as("docs/plugins/API-COVERAGE.md is out of date: update it with"
                + " -Dtauri.apiCoverage.write=true (see its first lines); target/PLUGINS-API-COVERAGE.md has the new text").isEqualTo(expected);
    }
}
