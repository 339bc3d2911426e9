package dev.tauri4j.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.CommandRegistry;
import dev.tauri4j.assets.ClasspathAssetSource;
import dev.tauri4j.config.ConfigLoader;
import dev.tauri4j.config.scope.BaseDirectory;
import dev.tauri4j.internal.assets.AssetResolver;
import dev.tauri4j.internal.ipc.Dispatcher;
import dev.tauri4j.internal.ipc.StateStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the public App offers plugins from the platform: folders, the system opener, the UI thread. */
class AppPlatformApiTest {

    private final FakePlatform platform = new FakePlatform();
    private final CommandRegistry registry = new CommandRegistry();
    private final AppRuntime app = new AppRuntime(ConfigLoader.parse("{\"identifier\": \"com.example.api\"}", "tauri.conf.json").config(),
            new LaunchMode(false, false, false), platform, new Dispatcher(registry), registry, new StateStore(),
            new AssetResolver(new ClasspathAssetSource(getClass().getClassLoader(), "no-assets")));

    @Test
    void directoriesComeFromThePlatformWithTheAppsIdentifier() {
        assertThat(app.directory(BaseDirectory.APP_DATA)).contains(Path.of("/fake/data/com.example.api"));
        assertThat(app.directory(BaseDirectory.HOME)).contains(Path.of("/fake/home"));
    }

    @Test
    void openWithSystemGoesToThePlatformsOpener() throws Exception {
        app.openWithSystem("https://example.com/a b");
        assertThat(platform.opened).containsExactly("https://example.com/a b");
    }

    @Test
    void runOnMainThreadQueuesToTheUiThreadFromElsewhere() {
        List<String> ran = new ArrayList<>();
        app.runOnMainThread(() -> ran.add("task"));
        assertThat(ran).isEmpty();
        assertThat(platform.runTasks()).isEqualTo(1);
        assertThat(ran).containsExactly("task");
    }
}
