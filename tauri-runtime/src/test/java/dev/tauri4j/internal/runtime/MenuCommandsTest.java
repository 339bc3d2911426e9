package dev.tauri4j.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.CommandRegistry;
import dev.tauri4j.Window;
import dev.tauri4j.assets.ClasspathAssetSource;
import dev.tauri4j.config.ConfigLoader;
import dev.tauri4j.config.WindowConfig;
import dev.tauri4j.internal.assets.AssetResolver;
import dev.tauri4j.internal.ipc.CallContext;
import dev.tauri4j.internal.ipc.Dispatcher;
import dev.tauri4j.internal.ipc.InvokeRequest;
import dev.tauri4j.internal.ipc.InvokeResult;
import dev.tauri4j.internal.ipc.JsonCodec;
import dev.tauri4j.internal.ipc.SinkChannel;
import dev.tauri4j.internal.ipc.StateStore;
import dev.tauri4j.internal.platform.MenuWatchers;
import dev.tauri4j.menu.CheckMenuItem;
import dev.tauri4j.menu.IconMenuItem;
import dev.tauri4j.menu.Menu;
import dev.tauri4j.menu.MenuEvent;
import dev.tauri4j.menu.MenuItem;
import dev.tauri4j.menu.MenuItemBase;
import dev.tauri4j.menu.PredefinedMenuItem;
import dev.tauri4j.menu.Submenu;
import dev.tauri4j.plugin.Image;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code plugin:menu|*} commands through the real dispatcher, with the arguments {@code @tauri-apps/api/menu}
 * 2.12.5 sends, on a runtime over the fake platform: objects in the calling window's resources, the menu bar and
 * context menus handed to the platform, and clicks reported by it reaching the JS channels and Java listeners.
 */
class MenuCommandsTest {

    private final FakePlatform platform = new FakePlatform();
    private final CommandRegistry registry = new CommandRegistry();
    private final Dispatcher dispatcher = new Dispatcher(registry);
    private final AppRuntime app = new AppRuntime(ConfigLoader.parse("{\"identifier\": \"com.example.menu\", \"productName\": \"Menus\","
            + " \"version\": \"1.2.3\"}", "tauri.conf.json").config(), new LaunchMode(false, false, false), platform, dispatcher,
            registry, new StateStore(), new AssetResolver(new ClasspathAssetSource(getClass().getClassLoader(), "no-assets")));
    /** Channel messages as the JS side would get them: callback id, then the payload. */
    private final List<Object[]> delivered = new CopyOnWriteArrayList<>();
    private Window main;

    @BeforeEach
    void openMain() throws Exception {
        var opened = java.util.concurrent.CompletableFuture.supplyAsync(() -> app.createWindow(WindowConfig.of("main")));
        while (!opened.isDone()) {
            platform.runTasks();
            Thread.sleep(5);
        }
        main = opened.get(5, TimeUnit.SECONDS);
    }

    private InvokeResult call(String command, Map<String, Object> args) {
        try {
            JsonNode json = JsonCodec.mapper().valueToTree(args);
            CallContext context = new CallContext(app, main, (id, payload) -> delivered.add(new Object[] {id, payload}), null);
            return dispatcher.dispatch(InvokeRequest.json("plugin:menu|" + command, json), context).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private JsonNode ok(String command, Map<String, Object> args) {
        InvokeResult r = call(command, args);
        assertThat(r).as(command + " answered " + r).isInstanceOf(InvokeResult.Json.class);
        platform.runTasks();
        try {
            return JsonCodec.mapper().readTree(((InvokeResult.Json) r).json());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private dev.tauri4j.internal.ipc.IpcError failure(String command, Map<String, Object> args) {
        InvokeResult r = call(command, args);
        assertThat(r).as(command + " answered " + r).isInstanceOf(InvokeResult.Failure.class);
        return ((InvokeResult.Failure) r).error();
    }

    private static Map<String, Object> args(Object... kv) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    private static String channel(long id) {
        return SinkChannel.PREFIX + id;
    }

    private int rid(JsonNode created) {
        return created.get(0).intValue();
    }

    @Test
    void newMakesAMenuWithNestedItemsFromOptionsAndRidsAndAnswersRidAndId() {
        JsonNode open = ok("new", args("kind", "MenuItem", "options", args("id", "open", "text", "Open", "accelerator", "CmdOrCtrl+O"),
                "handler", channel(1)));
        assertThat(open.get(1).textValue()).isEqualTo("open");
        MenuItem item = main.resources().get(rid(open), MenuItem.class);
        assertThat(item.text()).isEqualTo("Open");
        assertThat(item.accelerator()).isEqualTo("CmdOrCtrl+O");

        JsonNode menu = ok("new", args("kind", "Menu", "options", args("items", List.of(
                args("text", "File", "items", List.of(List.of(rid(open), "MenuItem"), args("item", "Separator"),
                        args("id", "wrap", "text", "Wrap", "checked", true, "handler", channel(2)),
                        args("item", args("About", null)))),
                args("id", "plain", "text", "Plain", "enabled", false))), "handler", channel(3)));
        Menu m = main.resources().get(rid(menu), Menu.class);
        assertThat(menu.get(1).textValue()).isEqualTo(m.id());
        assertThat(m.items()).hasSize(2);
        Submenu file = (Submenu) m.items().get(0);
        assertThat(file.text()).isEqualTo("File");
        assertThat(file.items()).hasSize(4);
        assertThat(file.items().get(0)).isSameAs(item);
        assertThat(((PredefinedMenuItem) file.items().get(1)).type()).isEqualTo(PredefinedMenuItem.Type.SEPARATOR);
        assertThat(((CheckMenuItem) file.items().get(2)).isChecked()).isTrue();
        assertThat(((PredefinedMenuItem) file.items().get(3)).type()).isEqualTo(PredefinedMenuItem.Type.ABOUT);
        assertThat(((MenuItem) m.items().get(1)).isEnabled()).isFalse();
    }

    @Test
    void badPayloadsNameTheFieldAndTheFix() {
        assertThat(failure("new", args("kind", "Gadget", "handler", channel(1))).message()).contains("'kind'").contains("Menu, Submenu");
        assertThat(failure("new", args("kind", "MenuItem", "options", args("text", "x", "accelerator", "Ctrl+Shift"),
                "handler", channel(1))).message()).contains("options.accelerator").contains("has no key");
        assertThat(failure("new", args("kind", "Menu", "options", args("items", List.of(args("item", "Teleport"))),
                "handler", channel(1))).message()).contains("options.items[0].item").contains("\"Separator\"");
        assertThat(failure("new", args("kind", "Menu", "options", args("items", List.of(args("id", "no-text"))),
                "handler", channel(1))).message()).contains("options.items[0].text");
        JsonNode item = ok("new", args("kind", "MenuItem", "options", args("text", "x"), "handler", channel(1)));
        assertThat(failure("new", args("kind", "Menu", "options", args("items", List.of(List.of(rid(item), "Check"))),
                "handler", channel(1))).code()).isEqualTo("BAD_RESOURCE_ID");
    }

    @Test
    void appendPrependInsertRemoveAndItemsEditTheMenuAsTauriDoes() {
        JsonNode menu = ok("new", args("kind", "Menu", "options", args("items", List.of(args("id", "b", "text", "B"))), "handler", channel(1)));
        int rid = rid(menu);
        ok("append", args("rid", rid, "kind", "Menu", "items", List.of(args("id", "d", "text", "D"))));
        ok("prepend", args("rid", rid, "kind", "Menu", "items", List.of(args("id", "a", "text", "A"))));
        ok("insert", args("rid", rid, "kind", "Menu", "items", List.of(args("id", "c1", "text", "C1"), args("id", "c2", "text", "C2")), "position", 2));
        Menu m = main.resources().get(rid, Menu.class);
        assertThat(m.items()).extracting(MenuItemBase::id).containsExactly("a", "b", "c1", "c2", "d");

        JsonNode items = ok("items", args("rid", rid, "kind", "Menu"));
        assertThat(items).hasSize(5);
        assertThat(items.get(0).get(1).textValue()).isEqualTo("a");
        assertThat(items.get(0).get(2).textValue()).isEqualTo("MenuItem");
        assertThat(main.resources().get(items.get(0).get(0).intValue(), MenuItem.class)).isSameAs(m.items().get(0));

        JsonNode got = ok("get", args("rid", rid, "kind", "Menu", "id", "c2"));
        assertThat(got.get(1).textValue()).isEqualTo("c2");
        assertThat(ok("get", args("rid", rid, "kind", "Menu", "id", "nope")).isNull()).isTrue();

        ok("remove", args("rid", rid, "kind", "Menu", "item", List.of(got.get(0).intValue(), "MenuItem")));
        JsonNode removed = ok("remove_at", args("rid", rid, "kind", "Menu", "position", 0));
        assertThat(removed.get(1).textValue()).isEqualTo("a");
        assertThat(ok("remove_at", args("rid", rid, "kind", "Menu", "position", 9)).isNull()).isTrue();
        assertThat(m.items()).extracting(MenuItemBase::id).containsExactly("b", "c1", "d");

        assertThat(failure("insert", args("rid", rid, "kind", "Menu", "items", List.of(args("text", "x")), "position", 7)).message())
                .contains("position 7 is past the end");
        assertThat(failure("remove", args("rid", rid, "kind", "Menu", "item", List.of(removed.get(0).intValue(), "MenuItem"))).message())
                .contains("is not an item of");
        assertThat(failure("append", args("rid", rid, "kind", "MenuItem", "items", List.of())).message()).contains("Menu or Submenu");
    }

    @Test
    void textEnabledAcceleratorCheckedAndIconChangeTheItems() {
        int item = rid(ok("new", args("kind", "MenuItem", "options", args("text", "Open"), "handler", channel(1))));
        ok("set_text", args("rid", item, "kind", "MenuItem", "text", "Open…"));
        assertThat(ok("text", args("rid", item, "kind", "MenuItem")).textValue()).isEqualTo("Open…");
        assertThat(ok("is_enabled", args("rid", item, "kind", "MenuItem")).booleanValue()).isTrue();
        ok("set_enabled", args("rid", item, "kind", "MenuItem", "enabled", false));
        assertThat(ok("is_enabled", args("rid", item, "kind", "MenuItem")).booleanValue()).isFalse();
        ok("set_accelerator", args("rid", item, "kind", "MenuItem", "accelerator", "Alt+F4"));
        assertThat(main.resources().get(item, MenuItem.class).accelerator()).isEqualTo("Alt+F4");
        ok("set_accelerator", args("rid", item, "kind", "MenuItem", "accelerator", null));
        assertThat(main.resources().get(item, MenuItem.class).accelerator()).isNull();
        assertThat(failure("set_accelerator", args("rid", item, "kind", "MenuItem", "accelerator", "Ctrl+Banana")).message())
                .contains("\"Banana\" is no key");

        int check = rid(ok("new", args("kind", "Check", "options", args("text", "Wrap"), "handler", channel(2))));
        assertThat(ok("is_checked", args("rid", check)).booleanValue()).isFalse();
        ok("set_checked", args("rid", check, "checked", true));
        assertThat(ok("is_checked", args("rid", check)).booleanValue()).isTrue();
        assertThat(failure("is_checked", args("rid", item)).code()).isEqualTo("BAD_RESOURCE_ID");

        int predefined = rid(ok("new", args("kind", "Predefined", "options", args("item", "Copy"), "handler", channel(3))));
        assertThat(ok("text", args("rid", predefined, "kind", "Predefined")).textValue()).isEqualTo("&Copy");
        assertThat(failure("is_enabled", args("rid", predefined, "kind", "Predefined")).message()).contains("does not apply to Predefined");

        int image = main.resources().add(Image.of(new byte[] {1, 2, 3, 4}, 1, 1));
        int icon = rid(ok("new", args("kind", "Icon", "options", args("text", "Pic", "icon", image), "handler", channel(4))));
        assertThat(main.resources().get(icon, IconMenuItem.class).icon()).isEqualTo(Image.of(new byte[] {1, 2, 3, 4}, 1, 1));
        ok("set_icon", args("rid", icon, "kind", "Icon", "icon", "Folder"));
        assertThat(main.resources().get(icon, IconMenuItem.class).nativeIcon()).isEqualTo("Folder");
        ok("set_icon", args("rid", icon, "kind", "Icon", "icon", args("rgba", List.of(9, 9, 9, 9), "width", 1, "height", 1)));
        assertThat(main.resources().get(icon, IconMenuItem.class).icon().rgba()).containsExactly(9, 9, 9, 9);
        ok("set_icon", args("rid", icon, "kind", "Icon", "icon", null));
        assertThat(main.resources().get(icon, IconMenuItem.class).icon()).isNull();
        assertThat(failure("set_icon", args("rid", item, "kind", "MenuItem", "icon", null)).message()).contains("does not apply to MenuItem");
        // macOS only: accepted and ignored, as in Tauri
        ok("set_as_windows_menu_for_nsapp", args("rid", item));
        ok("set_as_help_menu_for_nsapp", args("rid", item));
    }

    @Test
    void theWindowMenuAndTheAppMenuReachThePlatformAndAnswerThePreviousMenu() throws Exception {
        int first = rid(ok("new", args("kind", "Menu", "handler", channel(1))));
        int second = rid(ok("new", args("kind", "Menu", "handler", channel(2))));
        assertThat(ok("set_as_window_menu", args("rid", first)).isNull()).isTrue();
        assertThat(platform.menuBar).isSameAs(main.resources().get(first, Menu.class));
        JsonNode previous = ok("set_as_window_menu", args("rid", second, "window", "main"));
        assertThat(main.resources().get(previous.get(0).intValue(), Menu.class)).isSameAs(main.resources().get(first, Menu.class));
        assertThat(main.menu()).containsSame(main.resources().get(second, Menu.class));
        assertThat(ok("set_as_window_menu", args("rid", first, "window", "nobody")).isNull()).isTrue();

        // the app menu goes to windows without a menu of their own, and to windows that open later
        int appMenu = rid(ok("new", args("kind", "Menu", "handler", channel(3))));
        assertThat(ok("set_as_app_menu", args("rid", appMenu)).isNull()).isTrue();
        assertThat(platform.menuBar).as("main keeps its own menu").isSameAs(main.resources().get(second, Menu.class));
        var opened = java.util.concurrent.CompletableFuture.supplyAsync(() -> app.createWindow(WindowConfig.of("later")));
        while (!opened.isDone()) {
            platform.runTasks();
            Thread.sleep(5);
        }
        platform.runTasks();
        assertThat(opened.get().menu()).containsSame(main.resources().get(appMenu, Menu.class));
        assertThat(platform.menuBar).isSameAs(main.resources().get(appMenu, Menu.class));
    }

    @Test
    void popupHandsTheMenuAndALogicalPositionToThePlatform() {
        int menu = rid(ok("new", args("kind", "Menu", "options", args("items", List.of(args("text", "x"))), "handler", channel(1))));
        ok("popup", args("rid", menu, "kind", "Menu", "window", null, "at", args("Logical", args("x", 10.4, "y", 20))));
        ok("popup", args("rid", menu, "kind", "Menu", "window", null, "at", null));
        assertThat(platform.popups).hasSize(2);
        assertThat(platform.popups.get(0).at().x()).isEqualTo(10);
        assertThat(platform.popups.get(0).at().y()).isEqualTo(20);
        assertThat(platform.popups.get(1).at()).isNull();
        assertThat(failure("popup", args("rid", menu, "kind", "Menu", "at", args("Somewhere", 1))).message()).contains("LogicalPosition");
    }

    @Test
    void clicksReachTheItemsChannelTheJavaActionAndTheAppListenersAndToggleCheckItems() throws Exception {
        List<MenuEvent> heard = Collections.synchronizedList(new ArrayList<>());
        app.onMenuEvent(heard::add);
        int menu = rid(ok("new", args("kind", "Menu", "options", args("items", List.of(
                args("id", "go", "text", "Go", "handler", channel(41)),
                args("id", "wrap", "text", "Wrap", "checked", false, "handler", channel(42)),
                args("item", "Copy"))), "handler", channel(40))));
        ok("set_as_window_menu", args("rid", menu));
        Menu m = main.resources().get(menu, Menu.class);
        List<MenuItemBase> items = m.items();
        platform.menuBarClicks.clicked(items.get(0));
        platform.menuBarClicks.clicked(items.get(1));
        platform.menuBarClicks.clicked(items.get(2));
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while ((heard.size() < 2 || platform.editingCommands.isEmpty()) && System.nanoTime() < end) {
            platform.runTasks();
            Thread.sleep(5);
        }
        assertThat(heard).containsExactly(new MenuEvent("go", "main"), new MenuEvent("wrap", "main"));
        assertThat(((CheckMenuItem) items.get(1)).isChecked()).isTrue();
        assertThat(platform.editingCommands).as("a predefined item acts and sends no event").containsExactly("Copy");
        assertThat(delivered).extracting(d -> d[0]).containsExactly(41L, 42L);
        assertThat(((SinkChannel.Message) delivered.get(0)[1]).message()).isEqualTo("go");
    }

    @Test
    void createDefaultIsTauriLinuxMenu() {
        Menu m = main.resources().get(rid(ok("create_default", Map.of())), Menu.class);
        assertThat(m.items()).extracting(i -> ((Submenu) i).text()).containsExactly("Edit", "Window", "Help");
        assertThat(m.items()).extracting(MenuItemBase::id).endsWith("__tauri_window_menu__", "__tauri_help_menu__");
        PredefinedMenuItem about = (PredefinedMenuItem) ((Submenu) m.items().get(2)).items().getFirst();
        assertThat(about.about().name()).isEqualTo("Menus");
        assertThat(about.about().version()).isEqualTo("1.2.3");
        assertThat(about.text()).isEqualTo("&About Menus");
    }

    @Test
    void anItemShownInAWindowHasItsWatchersOnlyThroughThePlatform() {
        // the fake platform draws nothing, so no watcher is left behind by the commands themselves
        int item = rid(ok("new", args("kind", "MenuItem", "options", args("text", "x"), "handler", channel(1))));
        assertThat(MenuWatchers.count(main.resources().get(item, MenuItem.class))).isZero();
    }
}
