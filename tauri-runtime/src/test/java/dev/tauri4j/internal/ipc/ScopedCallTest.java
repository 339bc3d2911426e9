package dev.tauri4j.internal.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.CommandException;
import dev.tauri4j.CommandRegistry;
import dev.tauri4j.assets.DirectoryAssetSource;
import dev.tauri4j.config.ConfigLoader;
import dev.tauri4j.config.WindowConfig;
import dev.tauri4j.internal.assets.AssetResolver;
import dev.tauri4j.internal.runtime.AppRuntime;
import dev.tauri4j.internal.runtime.FakePlatform;
import dev.tauri4j.internal.runtime.LaunchMode;
import dev.tauri4j.internal.runtime.WindowRuntime;
import dev.tauri4j.plugin.CommandScope;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through the app's router, without a display: a command's scope is the one the capabilities of the calling window
 * give, with a capability's deny entry winning, and a window whose capability gives other entries sees only those.
 */
class ScopedCallTest {

    @TempDir
    Path dir;

    @Test
    void theScopeIsTheCallingWindowsAndADenyWins() throws Exception {
        FakePlatform platform = new FakePlatform();
        CommandRegistry commands = new CommandRegistry().command("greet", (CommandScope<JsonNode> scope, String name) -> {
            if (!scope.allows(e -> e.path("name").asText().equals(name))) throw new CommandException("OUT_OF_SCOPE", name + " is out of scope");
            return "Hello, " + name;
        });
        var config = ConfigLoader.parse("""
                {"identifier": "dev.tauri4j.scoped", "app": {"security": {"capabilities": [
                  {"identifier": "main", "windows": ["main"], "permissions": [
                    {"identifier": "allow-greet", "allow": [{"name": "ada"}, {"name": "bob"}], "deny": [{"name": "bob"}]}]},
                  {"identifier": "other", "windows": ["other"], "permissions": [{"identifier": "allow-greet", "allow": [{"name": "eve"}]}]}]}}}""",
                "scoped.conf.json").config();
        AppRuntime app = new AppRuntime(config, new LaunchMode(false, false, false), platform, new Dispatcher(commands), commands,
                new StateStore(), new AssetResolver(new DirectoryAssetSource(dir)));
        WindowRuntime main = window(app, platform, "main");
        WindowRuntime other = window(app, platform, "other");

        assertThat(call(app, platform, main, 1, "ada")).contains("\"Hello, ada\"");
        assertThat(call(app, platform, main, 2, "bob")).contains("OUT_OF_SCOPE").contains("bob is out of scope");
        assertThat(call(app, platform, main, 3, "eve")).contains("OUT_OF_SCOPE");
        assertThat(call(app, platform, other, 4, "eve")).contains("\"Hello, eve\"");
        assertThat(call(app, platform, other, 5, "ada")).contains("OUT_OF_SCOPE");
    }

    private static WindowRuntime window(AppRuntime app, FakePlatform platform, String label) {
        WindowRuntime w = new WindowRuntime(app, WindowConfig.of(label), FakePlatform.APP_ORIGIN + "/index.html");
        w.attach(platform);
        w.onPageCommitted(FakePlatform.APP_ORIGIN + "/index.html");
        return w;
    }

    /** Sends one greet call and returns the script that answered it. */
    private static String call(AppRuntime app, FakePlatform platform, WindowRuntime window, long id, String name) throws Exception {
        platform.evals.clear();
        String message = "{\"k\":\"" + app.router().invokeKey() + "\",\"i\":" + id + ",\"c\":\"greet\",\"w\":\"" + window.label()
                + "\",\"a\":{\"name\":\"" + name + "\"}}";
        app.router().onMessage(window, message, window.generation());
        for (int i = 0; i < 500; i++) {
            platform.runTasks();
            String all = String.join("", platform.evals);
            if (all.contains("," + id + ",")) return all;
            Thread.sleep(10);
        }
        throw new AssertionError("no answer to call " + id + "; scripts: " + platform.evals);
    }
}
