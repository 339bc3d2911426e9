package dev.tauri4j.plugins.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.App;
import dev.tauri4j.CommandRegistry;
import dev.tauri4j.config.scope.BaseDirectory;
import dev.tauri4j.plugin.PluginContext;
import dev.tauri4j.plugin.Resources;
import dev.tauri4j.testing.FakeWindow;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin's Java side with no app running: paths under $APPDATA, one store per path, events, close and exit. */
class StorePluginTest {

    @TempDir
    Path appData;
    final Resources resources = new FakeWindow("app-table").resources();
    final List<Object[]> emitted = new ArrayList<>();
    final StorePlugin plugin = new StorePlugin();

    @BeforeEach
    void setUp() throws Exception {
        App app = (App) Proxy.newProxyInstance(App.class.getClassLoader(), new Class<?>[] {App.class}, (p, m, a) -> switch (m.getName()) {
            case "resources" -> resources;
            case "directory" -> a[0] == BaseDirectory.APP_DATA ? Optional.of(appData) : Optional.empty();
            case "emit" -> emitted.add(a);
            default -> null;
        });
        CommandRegistry registry = new CommandRegistry();
        PluginContext context = (PluginContext) Proxy.newProxyInstance(PluginContext.class.getClassLoader(),
                new Class<?>[] {PluginContext.class}, (p, m, a) -> switch (m.getName()) {
                    case "name" -> "store";
                    case "commands" -> registry;
                    case "app" -> app;
                    default -> null;
                });
        plugin.setup(context);
        assertThat(registry.names()).contains("load", "get_store", "set", "get", "has", "delete", "clear", "reset", "keys",
                "values", "entries", "length", "reload", "save");
    }

    @Test
    void aRelativePathIsUnderAppDataAndOnePathIsOneStore() {
        Store s = plugin.store("prefs/settings.json");
        assertThat(s.path()).isEqualTo(appData.resolve("prefs/settings.json"));
        assertThat(plugin.store("prefs/../prefs/settings.json")).isSameAs(s);
        assertThat(plugin.store(appData.resolve("prefs/settings.json").toString())).isSameAs(s);
    }

    @Test
    void changesGoOutAsStoreChangeWithThePathAndTheRid() {
        Store s = plugin.store("a.json");
        s.set("k", List.of(1, 2));
        Object[] e = emitted.getFirst();
        assertThat(e[0]).isEqualTo("store://change");
        StorePlugin.ChangePayload payload = (StorePlugin.ChangePayload) e[1];
        assertThat(payload.path()).isEqualTo(appData.resolve("a.json").toString());
        assertThat(payload.key()).isEqualTo("k");
        assertThat(payload.exists()).isTrue();
        assertThat(resources.get(payload.resourceId(), Store.class)).isSameAs(s);
    }

    @Test
    void closingTheResourceForgetsTheStoreAndWritesWhatWasPending() throws Exception {
        Store s = plugin.store("c.json", new StoreOptions(null, java.time.Duration.ofHours(1), false, false));
        s.set("k", "v");
        int storeRid = ((StorePlugin.ChangePayload) emitted.getFirst()[1]).resourceId();
        resources.close(storeRid);

        assertThat(Files.readString(appData.resolve("c.json"))).isEqualTo("{\n  \"k\": \"v\"\n}");
        assertThat(plugin.store("c.json")).isNotSameAs(s);
    }

    @Test
    void exitSavesEveryOpenStore() throws Exception {
        plugin.store("x.json", new StoreOptions(null, null, false, false)).set("n", 1);
        plugin.store("y.json", new StoreOptions(null, null, false, false)).clear();
        plugin.onExit(0);
        assertThat(Files.readString(appData.resolve("x.json"))).isEqualTo("{\n  \"n\": 1\n}");
        assertThat(Files.readString(appData.resolve("y.json"))).isEqualTo("{}");
    }
}
