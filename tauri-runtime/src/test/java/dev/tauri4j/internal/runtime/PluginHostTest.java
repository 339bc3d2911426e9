package dev.tauri4j.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.internal.assets.AssetResolver;
import dev.tauri4j.assets.ClasspathAssetSource;
import dev.tauri4j.config.ConfigLoader;
import dev.tauri4j.internal.ipc.CallContext;
import dev.tauri4j.CommandRegistry;
import dev.tauri4j.internal.ipc.Dispatcher;
import dev.tauri4j.internal.ipc.InvokeRequest;
import dev.tauri4j.internal.ipc.JsonCodec;
import dev.tauri4j.internal.ipc.StateStore;
import dev.tauri4j.plugin.Plugin;
import dev.tauri4j.plugin.PluginCommands;
import dev.tauri4j.plugin.PluginContext;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Plugins set up through the runtime without a display: namespace, state, settings, init scripts, permissions. */
class PluginHostTest {

    record Greeting(String text, int times) {}

    static final class Counter {
        final AtomicInteger n = new AtomicInteger();
    }

    static final class Demo implements Plugin {
        @Override public String name() { return "demo"; }

        @Override
        public void setup(PluginContext ctx) {
            Greeting g = ctx.config().as(Greeting.class);
            ctx.manage(new Counter());
            ctx.commands().command("greet", () -> g.text().repeat(g.times()));
            ctx.commands().command("count", (Counter c) -> c.n.incrementAndGet());
            ctx.initScript("window.__DEMO__ = 1;");
        }
    }

    /** Its registrar is the hand-written {@code PluginHostTest_Annotated_Commands}, where the processor would put one. */
    @PluginCommands("annotated")
    public static final class Annotated implements Plugin {
        final String reply;

        Annotated(String reply) {
            this.reply = reply;
        }

        @Override public String name() { return "annotated"; }
    }

    @PluginCommands("other")
    static final class Misnamed implements Plugin {
        @Override public String name() { return "misnamed"; }
    }

    @PluginCommands("unprocessed")
    static final class Unprocessed implements Plugin {
        @Override public String name() { return "unprocessed"; }
    }

    private final CommandRegistry registry = new CommandRegistry();
    private final Dispatcher dispatcher = new Dispatcher(registry);
    private final FakePlatform platform = new FakePlatform();

    private AppRuntime app(String config, List<Plugin> plugins) {
        return new AppRuntime(ConfigLoader.parse(config, "tauri.conf.json").config(), new LaunchMode(false, false, false),
                platform, dispatcher, registry, new StateStore(),
                new AssetResolver(new ClasspathAssetSource(getClass().getClassLoader(), "no-assets")), null, null, false, plugins);
    }

    private JsonNode call(AppRuntime app, String command) throws Exception {
        var r = dispatcher.dispatch(InvokeRequest.json(command, JsonCodec.mapper().createObjectNode()),
                new CallContext(app, null, null, app.stateStore())).get(10, TimeUnit.SECONDS);
        return JsonCodec.mapper().readTree(((dev.tauri4j.internal.ipc.InvokeResult.Json) r).json());
    }

    @Test
    void aPluginsCommandsLiveInItsNamespaceWithItsSettingsAndState() throws Exception {
        AppRuntime app = app("{\"identifier\": \"com.example.p\", \"plugins\": {\"demo\": {\"text\": \"hi\", \"times\": 2}}}",
                List.of(new Demo()));
        assertThat(registry.names()).contains("plugin:demo|greet", "plugin:demo|count", "plugin:window|set_title", "plugin:event|listen");
        assertThat(app.bridge().render("main")).endsWith("window.__DEMO__ = 1;\n");
        assertThat(call(app, "plugin:demo|greet").asText()).isEqualTo("hihi");
        assertThat(call(app, "plugin:demo|count").asInt()).isEqualTo(1);
        assertThat(call(app, "plugin:demo|count").asInt()).isEqualTo(2);
        assertThat(app.plugins().find("demo").orElseThrow().table()).containsKeys("demo:allow-greet", "demo:deny-count");
        assertThat(app.guard().check("plugin:demo|greet", "main", "tauri://localhost/", true).orElseThrow().message())
                .contains("\"demo:allow-greet\"");
    }

    @Test
    void badNamesAndAFailingSetupStopTheStart() {
        Plugin core = () -> "window";
        assertThatThrownBy(() -> app("{\"identifier\": \"com.example.p\"}", List.of(core)))
                .hasMessageContaining("reserved for tauri4j's core plugins");
        Plugin upper = () -> "Echo";
        assertThatThrownBy(() -> app("{\"identifier\": \"com.example.p\"}", List.of(upper))).hasMessageContaining("lower-case");
        assertThatThrownBy(() -> app("{\"identifier\": \"com.example.p\"}", List.of(new Demo(), new Demo())))
                .hasMessageContaining("another added plugin has that name");
        Plugin failing = new Plugin() {
            @Override public String name() { return "boom"; }
            @Override public void setup(PluginContext c) { throw new IllegalStateException("no"); }
        };
        assertThatThrownBy(() -> app("{\"identifier\": \"com.example.p\"}", List.of(failing)))
                .hasMessageContaining("plugin \"boom\"").hasMessageContaining("failed to set up");
    }

    @Test
    void hooksHearWindowsPagesAndTheExitInOrderOffTheUiThread() throws Exception {
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        Plugin listener = new Plugin() {
            @Override public String name() { return "listener"; }
            @Override public void onWindowCreated(dev.tauri4j.Window w) { heard.add("created " + w.label()); }
            @Override public void onPageLoad(dev.tauri4j.Window w, String url) { heard.add("page " + w.label() + " " + url); }
            @Override public void onWindowDestroyed(String label) { heard.add("destroyed " + label); }
            @Override public void onExit(int code) { heard.add("exit " + code); }
        };
        AppRuntime app = app("{\"identifier\": \"com.example.p\"}", List.of(listener));
        // createWindow hands the opening to the UI thread: run the fake platform's loop until it has
        var opened = java.util.concurrent.CompletableFuture.supplyAsync(() -> app.createWindow(dev.tauri4j.config.WindowConfig.of("w1")));
        while (!opened.isDone()) {
            platform.runTasks();
            Thread.sleep(5);
        }
        var window = (WindowRuntime) opened.get(5, TimeUnit.SECONDS);
        window.onPageCommitted("tauri://localhost/index.html");
        window.onClosed();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (heard.size() < 3 && System.nanoTime() < end) Thread.sleep(10);
        app.plugins().exit(3);
        assertThat(heard).containsExactly("created w1", "page w1 tauri://localhost/index.html", "destroyed w1", "exit 3");
    }

    @Test
    void aPluginJarsCommandListMustNameEveryCommandItRegisters() {
        // META-INF/tauri4j/plugins/listed/plugin.json in the test resources lists only "one"
        Plugin listed = new Plugin() {
            @Override public String name() { return "listed"; }
            @Override public void setup(PluginContext c) {
                c.commands().command("one", () -> 1).command("two", () -> 2);
            }
        };
        assertThatThrownBy(() -> app("{\"identifier\": \"com.example.p\"}", List.of(listed)))
                .hasMessageContaining("plugin \"listed\" registers [two]").hasMessageContaining("plugin.json does not list");
    }

    @Test
    void aPluginCommandsClassGetsItsGeneratedRegistrarRunOnTheInstanceInItsNamespace() throws Exception {
        AppRuntime app = app("{\"identifier\": \"com.example.p\"}", List.of(new Annotated("pong")));
        assertThat(registry.names()).contains("plugin:annotated|ping").doesNotContain("ping");
        assertThat(call(app, "plugin:annotated|ping").asText()).isEqualTo("pong");
    }

    @Test
    void aPluginCommandsNameThatIsNotTheNameStopsTheStart() {
        assertThatThrownBy(() -> app("{\"identifier\": \"com.example.p\"}", List.of(new Misnamed())))
                .hasMessageContaining("@PluginCommands(\"other\") but name() returns \"misnamed\"");
    }

    @Test
    void aPluginCommandsClassWithoutItsRegistrarStopsTheStart() {
        assertThatThrownBy(() -> app("{\"identifier\": \"com.example.p\"}", List.of(new Unprocessed())))
                .hasMessageContaining("dev.tauri4j.internal.runtime.PluginHostTest_Unprocessed_Commands was not generated")
                .hasMessageContaining("Fix: compile the plugin with tauri-processor");
    }
}
