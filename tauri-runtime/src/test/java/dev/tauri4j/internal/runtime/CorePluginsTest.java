package dev.tauri4j.internal.runtime;

import dev.tauri4j.internal.core.app.AppCommands;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.internal.assets.AssetResolver;
import dev.tauri4j.assets.ClasspathAssetSource;
import dev.tauri4j.config.ConfigLoader;
import dev.tauri4j.internal.ipc.CallContext;
import dev.tauri4j.CommandRegistry;
import dev.tauri4j.internal.ipc.Dispatcher;
import dev.tauri4j.internal.ipc.InvokeRequest;
import dev.tauri4j.internal.ipc.InvokeResult;
import dev.tauri4j.internal.ipc.IpcError;
import dev.tauri4j.internal.ipc.JsonCodec;
import dev.tauri4j.internal.ipc.StateStore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The core plugin commands through the real dispatcher, without a display: names, arguments, result shapes, errors. */
class CorePluginsTest {

    private final CommandRegistry registry = new CommandRegistry();
    private final Dispatcher dispatcher = new Dispatcher(registry);
    private final AppRuntime app = new AppRuntime(ConfigLoader.parse("""
            {"productName": "Core Test", "version": "2.0.1", "identifier": "com.example.core"}""", "tauri.conf.json").config(),
            new LaunchMode(false, false, false), new FakePlatform(), dispatcher, registry, new StateStore(),
            new AssetResolver(new ClasspathAssetSource(getClass().getClassLoader(), "no-assets")));

    private InvokeResult call(String command, String args) {
        try {
            JsonNode json = JsonCodec.mapper().readTree(args.replace('\'', '"'));
            return dispatcher.dispatch(InvokeRequest.json(command, json), new CallContext(app, null, null, null)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private JsonNode ok(String command, String args) {
        InvokeResult r = call(command, args);
        assertThat(r).as(command + " result").isInstanceOf(InvokeResult.Json.class);
        try {
            return JsonCodec.mapper().readTree(((InvokeResult.Json) r).json());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private IpcError error(String command, String args) {
        InvokeResult r = call(command, args);
        assertThat(r).as(command + " result").isInstanceOf(InvokeResult.Failure.class);
        return ((InvokeResult.Failure) r).error();
    }

    @Test
    void appCommandsAnswerFromTheConfig() {
        assertThat(ok("plugin:app|name", "{}").asText()).isEqualTo("Core Test");
        assertThat(ok("plugin:app|version", "{}").asText()).isEqualTo("2.0.1");
        assertThat(ok("plugin:app|identifier", "{}").asText()).isEqualTo("com.example.core");
        assertThat(ok("plugin:app|tauri_version", "{}").asText()).isEqualTo(AppCommands.version()).isNotEqualTo("unknown");
        assertThat(ok("plugin:app|supports_multiple_windows", "{}").asBoolean()).isTrue();
        assertThat(ok("plugin:app|default_window_icon", "{}").isNull()).isTrue();
    }

    @Test
    void everyCommandTheJsModulesNeedIsRegistered() {
        assertThat(registry.names()).contains("plugin:window|inner_size", "plugin:window|set_size", "plugin:window|close",
                "plugin:window|destroy", "plugin:window|get_all_windows", "plugin:webview|get_all_webviews",
                "plugin:webview|set_webview_zoom", "plugin:path|resolve_directory", "plugin:path|join", "plugin:app|app_hide",
                "plugin:event|listen");
    }

    @Test
    void windowCommandsNamingAnUnknownWindowFailClearly() {
        IpcError e = error("plugin:window|inner_size", "{'label': 'nope'}");
        assertThat(e.code()).isEqualTo("WINDOW_NOT_FOUND");
        assertThat(e.message()).isEqualTo("window not found: no open window is labelled 'nope'");
        assertThat(error("plugin:webview|webview_size", "{'label': 'nope'}").code()).isEqualTo("WINDOW_NOT_FOUND");
        assertThat(ok("plugin:window|get_all_windows", "{}").isEmpty()).isTrue();
        assertThat(ok("plugin:webview|get_all_webviews", "{}").isEmpty()).isTrue();
    }

    @Test
    void pathCommandsBindTauriArgumentNames() {
        assertThat(ok("plugin:path|resolve_directory", "{'directory': 14}").asText()).endsWith("/com.example.core");
        assertThat(ok("plugin:path|resolve_directory", "{'directory': 11, 'path': '../x'}").asText()).endsWith("/_up_/x");
        assertThat(ok("plugin:path|join", "{'paths': ['a', 'b', '../c']}").asText()).isEqualTo("a/c");
        assertThat(ok("plugin:path|basename", "{'path': '/a/b.txt', 'ext': '.txt'}").asText()).isEqualTo("b");
        assertThat(ok("plugin:path|basename", "{'path': '/a/b.txt'}").asText()).isEqualTo("b.txt");
        assertThat(ok("plugin:path|is_absolute", "{'path': 'x'}").asBoolean()).isFalse();
        assertThat(ok("plugin:path|resolve", "{'paths': ['/r', 's']}").asText()).isEqualTo("/r/s");
        IpcError noParent = error("plugin:path|dirname", "{'path': '/'}");
        assertThat(noParent.code()).isEqualTo("NO_PARENT");
        assertThat(noParent.message()).isEqualTo("path does not have a parent");
        assertThat(error("plugin:path|basename", "{'path': '/a/..'}").message()).isEqualTo("path does not have a basename");
        assertThat(error("plugin:path|resolve_directory", "{'directory': 'AppData'}").code()).isEqualTo("INVALID_ARGUMENT");
        assertThat(error("plugin:path|resolve_directory", "{}").code()).isEqualTo("MISSING_ARGUMENT");
    }

    @Test
    void windowOptionsFromJsAreCheckedLikeTheConfig() {
        IpcError badLabel = error("plugin:webview|create_webview_window", "{'options': {'label': 'no spaces please'}}");
        assertThat(badLabel.code()).isEqualTo("INVALID_ARGUMENT");
        assertThat(badLabel.message()).contains("plugin:webview|create_webview_window options").contains("label")
                .doesNotContain("app.windows[0]");
        IpcError badWidth = error("plugin:window|create", "{'options': {'label': 'w', 'width': 'wide'}}");
        assertThat(badWidth.message()).contains("width must be a number");
        assertThat(error("plugin:window|create", "{}").code()).isEqualTo("MISSING_ARGUMENT");
        assertThat(error("plugin:window|create", "{'options': 'w'}").message()).contains("must be an object");
    }

    @Test
    void colorsThemesAndDirectionsAreCheckedBeforeAnyWindowIsTouched() {
        assertThat(error("plugin:app|set_app_theme", "{'theme': 'blue'}").message())
                .isEqualTo("theme must be \"dark\", \"light\" or null, found \"blue\"");
        assertThat(error("plugin:app|set_app_theme", "{'theme': 'dark'}").code()).as("no window open").isEqualTo("WINDOW_NOT_FOUND");
    }
}
