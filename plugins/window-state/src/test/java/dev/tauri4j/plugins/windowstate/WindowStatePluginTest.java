package dev.tauri4j.plugins.windowstate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tauri4j.App;
import dev.tauri4j.CommandException;
import dev.tauri4j.CommandRegistry;
import dev.tauri4j.Invocation;
import dev.tauri4j.Monitor;
import dev.tauri4j.PhysicalPosition;
import dev.tauri4j.PhysicalSize;
import dev.tauri4j.Window;
import dev.tauri4j.config.scope.BaseDirectory;
import dev.tauri4j.plugin.PluginContext;
import dev.tauri4j.testing.FakeWindow;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin with fake windows and no display: restore on open, record on close request, the commands and their errors. */
class WindowStatePluginTest {

    @TempDir
    Path config;
    final Map<String, Window> windows = new ConcurrentHashMap<>();
    final List<Consumer<Window>> closeListeners = new ArrayList<>();
    final List<Monitor> monitors = List.of(new Monitor("screen", new PhysicalPosition(0, 0), new PhysicalSize(1600, 1200), 1));
    final CommandRegistry registry = new CommandRegistry();
    final App app = (App) Proxy.newProxyInstance(App.class.getClassLoader(), new Class<?>[] {App.class}, (p, m, a) -> switch (m.getName()) {
        case "directory" -> a[0] == BaseDirectory.APP_CONFIG ? Optional.of(config) : Optional.empty();
        case "window" -> Optional.ofNullable(windows.get((String) a[0]));
        case "monitors" -> monitors;
        case "onWindowCloseRequested" -> closeListeners.add((Consumer<Window>) a[0]);
        default -> null;
    });

    WindowStatePlugin start(WindowStatePlugin plugin) throws Exception {
        PluginContext context = (PluginContext) Proxy.newProxyInstance(PluginContext.class.getClassLoader(),
                new Class<?>[] {PluginContext.class}, (p, m, a) -> switch (m.getName()) {
                    case "name" -> "window-state";
                    case "commands" -> registry;
                    case "app" -> app;
                    default -> null;
                });
        plugin.setup(context);
        return plugin;
    }

    FakeWindow open(WindowStatePlugin plugin, String label) {
        FakeWindow w = new FakeWindow(label);
        windows.put(label, w);
        plugin.onWindowCreated(w);
        return w;
    }

    void saved(String json) throws Exception {
        Files.writeString(config.resolve(".window-state.json"), json);
    }

    static String entry(int w, int h, int x, int y, int prevX, int prevY, boolean maximized) {
        return "{\"width\":%d,\"height\":%d,\"x\":%d,\"y\":%d,\"prev_x\":%d,\"prev_y\":%d,\"maximized\":%b,\"visible\":true,\"decorated\":true,\"fullscreen\":false}"
                .formatted(w, h, x, y, prevX, prevY, maximized);
    }

    Object call(String command, Map<String, Object> args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Invocation call = (Invocation) Proxy.newProxyInstance(Invocation.class.getClassLoader(), new Class<?>[] {Invocation.class},
                (p, m, a) -> switch (m.getName()) {
                    case "arg" -> json.convertValue(args.get((String) a[0]), json.constructType((java.lang.reflect.Type) a[1]));
                    case "app" -> app;
                    default -> null;
                });
        return registry.find(command).orElseThrow().handle(call);
    }

    @Test
    void aSavedWindowGetsItsSizePositionAndMaximizedBackWhenItOpens() throws Exception {
        saved("{\"main\":" + entry(700, 500, 0, 0, 150, 120, true) + "}");
        FakeWindow main = open(start(WindowStatePlugin.builder().build()), "main");
        assertThat(main.innerSize()).isEqualTo(new PhysicalSize(700, 500));
        // maximized: the position before maximizing, which unmaximizing returns to
        assertThat(main.outerPosition()).isEqualTo(new PhysicalPosition(150, 120));
        assertThat(main.isMaximized()).isTrue();
        assertThat(main.isVisible()).isTrue();
    }

    @Test
    void aPositionOffEveryMonitorIsNotRestoredButTheSizeIs() throws Exception {
        saved("{\"main\":" + entry(400, 300, 5000, 5000, 5000, 5000, false) + "}");
        FakeWindow main = open(start(WindowStatePlugin.builder().build()), "main");
        assertThat(main.innerSize()).isEqualTo(new PhysicalSize(400, 300));
        assertThat(main.outerPosition()).isEqualTo(new PhysicalPosition(0, 0));
    }

    @Test
    void denylistedFilteredAndSkippedWindowsAreNotRestored() throws Exception {
        String e = entry(400, 300, 10, 20, 10, 20, false);
        saved("{\"splash\":" + e + ",\"tool\":" + e + ",\"late\":" + e + ",\"main\":" + e + "}");
        WindowStatePlugin plugin = start(WindowStatePlugin.builder().denylist("splash").filter(l -> !l.equals("tool"))
                .skipInitialState("late").build());
        for (String label : List.of("splash", "tool", "late")) {
            assertThat(open(plugin, label).innerSize()).as(label).isEqualTo(new PhysicalSize(800, 600));
        }
        assertThat(open(plugin, "main").innerSize()).isEqualTo(new PhysicalSize(400, 300));
    }

    @Test
    void aCloseRequestRecordsTheWindowAndSaveWritesTaurisFile() throws Exception {
        WindowStatePlugin plugin = start(WindowStatePlugin.builder().build());
        FakeWindow main = open(plugin, "main");
        main.setSize(640, 480);
        main.setPosition(30, 40);
        closeListeners.forEach(l -> l.accept(main));
        windows.remove("main"); // closed: save keeps what the close request recorded
        plugin.onExit(0);
        assertThat(Files.readString(config.resolve(".window-state.json"))).isEqualTo("""
                {
                  "main": {
                    "width": 640,
                    "height": 480,
                    "x": 30,
                    "y": 40,
                    "prev_x": 30,
                    "prev_y": 40,
                    "maximized": false,
                    "visible": true,
                    "decorated": true,
                    "fullscreen": false
                  }
                }""");
    }

    @Test
    void aMaximizedWindowKeepsItsNormalGeometry() throws Exception {
        WindowStatePlugin plugin = start(WindowStatePlugin.builder().build());
        FakeWindow main = open(plugin, "main");
        main.setSize(640, 480);
        closeListeners.forEach(l -> l.accept(main));
        main.maximize();
        main.setSize(1600, 1200);
        main.setDecorations(false);
        call("save_window_state", Map.of("flags", 63));
        String file = Files.readString(config.resolve(".window-state.json"));
        assertThat(file).contains("\"width\": 640", "\"maximized\": true", "\"decorated\": false");
    }

    @Test
    void movesAndResizesHandledAfterAMaximizeStillCountButTheMaximizedGeometryDoesNot() throws Exception {
        WindowStatePlugin plugin = start(WindowStatePlugin.builder().build());
        FakeWindow main = open(plugin, "main");
        main.setSize(700, 500);
        main.setPosition(150, 120);
        main.maximize();
        main.setSize(1600, 1200);
        main.setPosition(0, 0);
        // the events of the normal geometry arrive only now, then those of the maximize
        main.fire("tauri://resize", Map.of("width", 700, "height", 500));
        main.fire("tauri://move", Map.of("x", 150, "y", 120));
        main.fire("tauri://resize", Map.of("width", 1600, "height", 1200));
        main.fire("tauri://move", Map.of("x", 0, "y", 0));
        windows.remove("main"); // app.exit(): closed without a close request
        plugin.onExit(0);
        String file = Files.readString(config.resolve(".window-state.json"));
        assertThat(file).contains("\"width\": 700", "\"height\": 500", "\"x\": 150", "\"prev_x\": 150", "\"prev_y\": 120",
                "\"maximized\": true");
    }

    @Test
    void onlyTheFlagsGivenAreSaved() throws Exception {
        WindowStatePlugin plugin = start(WindowStatePlugin.builder().build());
        FakeWindow main = open(plugin, "main");
        main.setSize(640, 480);
        main.setPosition(30, 40);
        call("save_window_state", Map.of("flags", StateFlags.POSITION.bits()));
        String file = Files.readString(config.resolve(".window-state.json"));
        assertThat(file).contains("\"width\": 800", "\"x\": 30");
    }

    @Test
    void theCommandsAnswerAndFailAsTaurisDo() throws Exception {
        WindowStatePlugin plugin = start(WindowStatePlugin.builder().filename("windows.json").build());
        assertThat(registry.names()).containsExactlyInAnyOrder("save_window_state", "restore_state", "filename");
        assertThat(call("filename", Map.of())).isEqualTo("windows.json");
        assertThatThrownBy(() -> call("save_window_state", Map.of("flags", 64)))
                .isInstanceOf(CommandException.class).hasMessage("Invalid state flags bits: 64");
        assertThatThrownBy(() -> call("restore_state", Map.of("label", "main", "flags", 128)))
                .isInstanceOf(CommandException.class).hasMessage("Invalid state flags bits: 128");
        assertThatThrownBy(() -> call("restore_state", Map.of("label", "nope", "flags", 63)))
                .isInstanceOf(CommandException.class).hasMessage("Couldn't find window with label: nope");
        Files.writeString(config.resolve("windows.json"), "{\"main\":" + entry(300, 200, 5, 6, 5, 6, false) + "}");
        FakeWindow main = new FakeWindow("main");
        windows.put("main", main);
        call("restore_state", Map.of("label", "main", "flags", 63));
        assertThat(main.innerSize()).isEqualTo(new PhysicalSize(300, 200));
    }

    @Test
    void aFilenameWithAFolderIsRefusedNamingTheFix() {
        assertThatThrownBy(() -> WindowStatePlugin.builder().filename("../x.json"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("filename").hasMessageContaining("Fix:");
    }
}
