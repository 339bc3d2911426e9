package dev.tauri4j.internal.runtime;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tauri4j.internal.assets.AssetResolver;
import dev.tauri4j.assets.ClasspathAssetSource;
import dev.tauri4j.config.AppConfig;
import dev.tauri4j.config.ConfigException;
import dev.tauri4j.config.SecurityConfig;
import dev.tauri4j.config.TauriConfig;
import dev.tauri4j.CommandRegistry;
import dev.tauri4j.internal.ipc.Dispatcher;
import dev.tauri4j.internal.ipc.StateStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A capability that names a permission no command has stops the app before any window opens. */
class CapabilityStartTest {

    private static AppRuntime start(TauriConfig config, Path configDir) {
        CommandRegistry registry = new CommandRegistry().command("greet", (String name) -> name);
        return new AppRuntime(config, LaunchMode.detect(new String[0], new FakePlatform()), new FakePlatform(), new Dispatcher(registry), registry,
                new StateStore(), new AssetResolver(new ClasspathAssetSource(CapabilityStartTest.class.getClassLoader(), "e2e/assets")),
                null, configDir, false);
    }

    @Test
    void anInlinePermissionForAMissingCommandFailsAtStart() throws Exception {
        var inline = JsonMapper.builder().build().readTree("{\"identifier\": \"x\", \"windows\": [\"main\"], \"permissions\": [\"allow-gret\"]}");
        TauriConfig config = new TauriConfig(null, null, "dev.tauri4j.t", null,
                new AppConfig(null, false, new SecurityConfig(null, null, false, List.of(inline))));
        assertThatThrownBy(() -> start(config, null)).isInstanceOf(ConfigException.class)
                .hasMessage("tauri.conf.json: app.security.capabilities[0].permissions[0] \"allow-gret\" is not a permission tauri4j knows. "
                        + "Fix: did you mean \"allow-greet\"?");
    }

    @Test
    void aBadFileNextToTheConfigFailsAtStart(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("capabilities"));
        Files.writeString(dir.resolve("capabilities/default.json"),
                "{\"identifier\": \"default\", \"windows\": [\"main\"], \"permissions\": [\"core:window:default\", \"core:windw:allow-close\"]}");
        TauriConfig config = new TauriConfig(null, null, "dev.tauri4j.t", null, AppConfig.DEFAULT);
        assertThatThrownBy(() -> start(config, dir)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("capabilities/default.json: permissions[1] \"core:windw:allow-close\"")
                .hasMessageContaining("did you mean \"core:window:allow-close\"?");
    }
}
