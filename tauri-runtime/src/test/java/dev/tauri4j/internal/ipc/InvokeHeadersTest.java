package dev.tauri4j.internal.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.CommandRegistry;
import dev.tauri4j.assets.DirectoryAssetSource;
import dev.tauri4j.config.ConfigLoader;
import dev.tauri4j.config.WindowConfig;
import dev.tauri4j.internal.assets.AssetResolver;
import dev.tauri4j.internal.runtime.AppRuntime;
import dev.tauri4j.internal.runtime.FakePlatform;
import dev.tauri4j.internal.runtime.LaunchMode;
import dev.tauri4j.internal.runtime.WindowRuntime;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Through the app's router: the headers a JSON call passes to invoke ({@code h}) reach {@code Invocation.header}. */
class InvokeHeadersTest {

    @TempDir
    Path dir;

    @Test
    void aJsonCallsHeadersReachTheCommand() throws Exception {
        FakePlatform platform = new FakePlatform();
        CommandRegistry commands = new CommandRegistry().handler("hdr", call ->
                call.header("path").orElse("-") + "|" + call.header("n").orElse("-") + "|" + call.header("nested").orElse("-"));
        var config = ConfigLoader.parse("""
                {"identifier": "dev.tauri4j.headers", "app": {"security": {"capabilities": [
                  {"identifier": "main", "windows": ["main"], "permissions": ["allow-hdr"]}]}}}""", "headers.conf.json").config();
        AppRuntime app = new AppRuntime(config, new LaunchMode(false, false, false), platform, new Dispatcher(commands), commands,
                new StateStore(), new AssetResolver(new DirectoryAssetSource(dir)));
        WindowRuntime w = new WindowRuntime(app, WindowConfig.of("main"), FakePlatform.APP_ORIGIN + "/index.html");
        w.attach(platform);
        w.onPageCommitted(FakePlatform.APP_ORIGIN + "/index.html");

        app.router().onMessage(w, "{\"k\":\"" + app.router().invokeKey() + "\",\"i\":1,\"c\":\"hdr\",\"w\":\"main\",\"a\":{},"
                + "\"h\":{\"Path\":\"a%20b\",\"n\":1,\"nested\":{\"x\":1}}}", w.generation());
        String answered = "";
        for (int i = 0; i < 500 && !answered.contains(",1,"); i++) {
            platform.runTasks();
            answered = String.join("", platform.evals);
            Thread.sleep(10);
        }
        assertThat(answered).contains("\"a%20b|1|-\"");
    }
}
