package dev.tauri4j.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.test.AppLauncher;
import dev.tauri4j.test.TauriDriver;
import dev.tauri4j.test.VirtualDisplay;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Tray icons from the unchanged {@code @tauri-apps/api/tray} and from Java, shown by a real tray host: xfce4-panel
 * with its systray plugin (the StatusNotifierWatcher and host) on the test's own session bus and display. The icon
 * must appear in the panel (its pixels found in a screenshot, {@code target/tray-*.png}), a click on it with xdotool
 * must reach the page's {@code action} and the Java listener, and the setters must reach the host. The panel starts
 * after the app: the icons made before it (the config's {@code app.trayIcon}, a {@code TrayIcon.new}) must wait, with a
 * warning saying that no tray host runs, and register when it appears, and again when it restarts. A tray menu from
 * {@code @tauri-apps/api/menu} must open on a right click, its items reach their JS actions and {@code App.onMenuEvent},
 * and an {@code IconMenuItem}'s icon reach the host as dbusmenu {@code icon-data}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrayEndToEndIT {

    private static final String PANEL_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <channel name="xfce4-panel" version="1.0">
              <property name="configver" type="int" value="2"/>
              <property name="panels" type="array">
                <value type="int" value="1"/>
                <property name="panel-1" type="empty">
                  <property name="position" type="string" value="p=6;x=0;y=0"/>
                  <property name="length" type="uint" value="100"/>
                  <property name="position-locked" type="bool" value="true"/>
                  <property name="size" type="uint" value="32"/>
                  <property name="plugin-ids" type="array"><value type="int" value="1"/></property>
                </property>
              </property>
              <property name="plugins" type="empty"><property name="plugin-1" type="string" value="systray"/></property>
            </channel>
            """;
    private static VirtualDisplay display;
    private static Path home;
    private static Process bus;
    private static String address;
    private static Process panel;
    private static TauriDriver app;

    @BeforeAll
    static void launch() throws Exception {
        home = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()), "tray-it");
        Path xfconf = Files.createDirectories(home.resolve("config/xfce4/xfconf/xfce-perchannel-xml"));
        Files.writeString(xfconf.resolve("xfce4-panel.xml"), PANEL_XML);
        display = VirtualDisplay.startXvfb();
        // Debian's session bus config: the panel's xfconfd is started by D-Bus activation, with this environment
        ProcessBuilder pb = new ProcessBuilder("dbus-daemon", "--session", "--nofork", "--print-address");
        env(pb);
        bus = pb.redirectError(ProcessBuilder.Redirect.INHERIT).start();
        address = new BufferedReader(new InputStreamReader(bus.getInputStream(), StandardCharsets.UTF_8)).readLine().trim();
        app = TauriDriver.start(AppLauncher.mainClass(TrayApp.class)
                .jvmArgs("-Dtauri.config=" + Path.of("target/test-classes/tray/tauri.conf.json").toAbsolutePath())
                .env("DBUS_SESSION_BUS_ADDRESS", address), display);
        new WebDriverWait(app.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("status"), "ready"));
    }

    private static void env(ProcessBuilder pb) {
        pb.environment().put("DISPLAY", display.name());
        pb.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        pb.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
        if (address != null) pb.environment().put("DBUS_SESSION_BUS_ADDRESS", address);
    }

    @AfterAll
    static void close() throws Exception {
        if (app != null) {
            System.out.println("---- app log ----\n" + app.appLog());
            app.close();
        }
        for (Process p : new Process[] {panel, bus}) {
            if (p == null) continue;
            p.destroy();
            if (!p.waitFor(5, TimeUnit.SECONDS)) p.destroyForcibly();
        }
        if (display != null) display.close();
    }

    private static String run(String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        env(pb);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(20, TimeUnit.SECONDS);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> js(String body) {
        return app.settle("(async () => { " + body + " })()");
    }

    private static String registeredItems() throws Exception {
        return run("gdbus", "call", "--session", "--dest", "org.kde.StatusNotifierWatcher", "--object-path",
                "/StatusNotifierWatcher", "--method", "org.freedesktop.DBus.Properties.Get", "org.kde.StatusNotifierWatcher",
                "RegisteredStatusNotifierItems");
    }

    /** Where the panel (the top 40 pixel rows) shows the colour, as the centre of its pixels; null when nowhere. */
    private static int[] find(String shot, int rgb) throws Exception {
        return find(shot, rgb, 40);
    }

    /** Where the top {@code rows} of the screen show the colour (at least 20 pixels of it), as their centre; null when nowhere. */
    private static int[] find(String shot, int rgb, int rows) throws Exception {
        Path file = home.resolve(shot);
        run("scrot", "-o", file.toString());
        BufferedImage img = ImageIO.read(file.toFile());
        Files.copy(file, Path.of("target", shot), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        long sx = 0, sy = 0, n = 0;
        for (int y = 0; y < Math.min(rows, img.getHeight()); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xffffff) == rgb) { sx += x; sy += y; n++; }
            }
        }
        return n < 20 ? null : new int[] {(int) (sx / n), (int) (sy / n)};
    }

    private static int[] awaitColour(String shot, int rgb, boolean present) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int[] at = find(shot, rgb);
        while ((at != null) != present && System.nanoTime() < deadline) {
            Thread.sleep(250);
            at = find(shot, rgb);
        }
        assertThat(at != null).as("colour %06x in the panel (see target/%s)", rgb, shot).isEqualTo(present);
        return at;
    }

    private static final String NEW_RED_TRAY = """
            const { TrayIcon } = window.api.tray;
            const { Image } = window.api.image;
            const px = new Uint8Array(32 * 32 * 4);
            for (let i = 0; i < px.length; i += 4) { px[i] = 255; px[i + 3] = 255; }
            const tray = await TrayIcon.new({ id: 'js-tray', icon: await Image.new(px, 32, 32), tooltip: 'from JS',
              action: e => window.trayEvents.push({ type: e.type, id: e.id, button: e.button, buttonState: e.buttonState,
                x: e.position.x, physical: e.position.type }) });
            window.tray = tray;
            return { rid: tray.rid, id: tray.id };""";

    @Test
    @Order(1)
    void withoutATrayHostTheIconsWaitAndAWarningSaysWhatToRun() throws Exception {
        assertThat(run("gdbus", "call", "--session", "--dest", "org.freedesktop.DBus", "--object-path", "/org/freedesktop/DBus",
                "--method", "org.freedesktop.DBus.NameHasOwner", "org.kde.StatusNotifierWatcher")).contains("false");
        Map<String, Object> r = js(NEW_RED_TRAY);
        assertThat(r).as("TrayIcon.new without a tray host: %s", r).containsEntry("ok", true);
        assertThat(js("const t = await window.api.tray.TrayIcon.getById('js-tray'); return t && t.id;")).containsEntry("value", "js-tray");
        // the config's icon was made at start, without any call from the page, under Tauri's default id
        assertThat(js("const t = await window.api.tray.TrayIcon.getById('main'); return t && t.id;")).containsEntry("value", "main");
        assertThat(app.appLog()).contains("tray icon \"main\": no tray host is running: nothing owns org.kde.StatusNotifierWatcher")
                .contains("tray icon \"js-tray\": no tray host is running").contains("it is shown when a tray host starts");
    }

    private static void startPanel() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("xfce4-panel").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("panel.log").toFile()));
        env(pb);
        panel = pb.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!run("gdbus", "call", "--session", "--dest", "org.freedesktop.DBus", "--object-path", "/org/freedesktop/DBus",
                "--method", "org.freedesktop.DBus.NameHasOwner", "org.kde.StatusNotifierWatcher").contains("true")) {
            assertThat(System.nanoTime()).as("xfce4-panel's watcher; log: " + home.resolve("panel.log")).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /** Waits until the watcher lists an item with each of these Ids. */
    private static void awaitRegistered(String... trayIds) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        for (String id : trayIds) {
            while (true) {
                try {
                    itemPathOf(id);
                    break;
                } catch (AssertionError e) {
                    if (System.nanoTime() > deadline) throw e;
                    Thread.sleep(200);
                }
            }
        }
    }

    @Test
    @Order(2)
    @SuppressWarnings("unchecked")
    void theIconsAppearWhenThePanelStartsAfterTheAppAndAClickReachesThePage() throws Exception {
        startPanel();
        awaitRegistered("main", "js-tray");
        String main = itemPathOf("main");
        String tip = run("gdbus", "call", "--session", "--dest", uniqueNameOf(main), "--object-path", objectPathOf(main), "--method",
                "org.freedesktop.DBus.Properties.Get", "org.kde.StatusNotifierItem", "ToolTip");
        assertThat(tip).contains("'from the config'");
        assertThat(run("gdbus", "call", "--session", "--dest", uniqueNameOf(main), "--object-path", objectPathOf(main), "--method",
                "org.freedesktop.DBus.Properties.Get", "org.kde.StatusNotifierItem", "Title")).contains("'Configured'");
        awaitColour("tray-config.png", 0x00ffff, true); // the config's icons/tray.png

        int[] at = awaitColour("tray-red.png", 0xff0000, true);
        run("xdotool", "mousemove", String.valueOf(at[0]), String.valueOf(at[1]), "click", "1");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<?> events = List.of();
        while (events.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            events = (List<?>) js("return window.trayEvents;").get("value");
        }
        assertThat(events).hasSize(1);
        assertThat((Map<String, Object>) events.getFirst()).containsEntry("type", "Click").containsEntry("id", "js-tray")
                .containsEntry("button", "Left").containsEntry("buttonState", "Up").containsEntry("physical", "Physical");
    }

    @Test
    @Order(3)
    void settersReachTheHost() throws Exception {
        assertThat(js("await window.tray.setTooltip('new tip'); await window.tray.setTitle('Title 7'); return 1;")).containsEntry("ok", true);
        String jsTray = itemPathOf("js-tray");
        String tip = run("gdbus", "call", "--session", "--dest", uniqueNameOf(jsTray), "--object-path", objectPathOf(jsTray), "--method",
                "org.freedesktop.DBus.Properties.Get", "org.kde.StatusNotifierItem", "ToolTip");
        assertThat(tip).contains("'new tip'");
        String title = run("gdbus", "call", "--session", "--dest", uniqueNameOf(jsTray), "--object-path", objectPathOf(jsTray), "--method",
                "org.freedesktop.DBus.Properties.Get", "org.kde.StatusNotifierItem", "Title");
        assertThat(title).contains("'Title 7'");

        assertThat(js("""
                const px = new Uint8Array(32 * 32 * 4);
                for (let i = 0; i < px.length; i += 4) { px[i + 1] = 255; px[i + 3] = 255; }
                await window.tray.setIcon(await window.api.image.Image.new(px, 32, 32));
                await window.tray.setIconAsTemplate(true);
                await window.tray.setShowMenuOnLeftClick(false);
                await window.tray.setTempDirPath('/tmp');
                return 1;""")).containsEntry("ok", true);
        awaitColour("tray-green.png", 0x00ff00, true);
        awaitColour("tray-green.png", 0xff0000, false);

        assertThat(js("await window.tray.setVisible(false); return 1;")).containsEntry("ok", true);
        awaitColour("tray-hidden.png", 0x00ff00, false);
        assertThat(js("await window.tray.setVisible(true); return 1;")).containsEntry("ok", true);
        awaitColour("tray-shown.png", 0x00ff00, true);

        Map<String, Object> menu = js("return await window.__TAURI_INTERNALS__.invoke('plugin:tray|set_menu', {rid: window.tray.rid, menu: [window.tray.rid, 'MenuItem']});");
        assertThat(menu).containsEntry("ok", false);
        assertThat((String) menu.get("error")).contains("a tray menu must be a Menu or a Submenu, found MenuItem");
    }

    @Test
    @Order(4)
    @SuppressWarnings("unchecked")
    void aTrayIconFromJavaTellsItsJavaListener() throws Exception {
        assertThat(js("return await window.__TAURI_INTERNALS__.invoke('javaTray');")).containsEntry("value", "java-tray");
        int[] at = awaitColour("tray-java.png", 0x0000ff, true);
        run("xdotool", "mousemove", String.valueOf(at[0]), String.valueOf(at[1]), "click", "1");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<?> heard = List.of();
        while (heard.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            heard = (List<?>) js("return await window.__TAURI_INTERNALS__.invoke('javaTrayEvents');").get("value");
        }
        assertThat(heard).hasSize(1);
        assertThat((Map<String, Object>) heard.getFirst()).containsEntry("type", "Click").containsEntry("id", "java-tray")
                .containsEntry("button", "Left");
        Map<String, Object> byId = js("const t = await window.api.tray.TrayIcon.getById('java-tray'); return t && t.id;");
        assertThat(byId).containsEntry("value", "java-tray");
    }

    @Test
    @Order(5)
    void removeByIdTakesTheIconAway() throws Exception {
        assertThat(js("await window.api.tray.TrayIcon.removeById('js-tray'); return 1;")).containsEntry("ok", true);
        awaitColour("tray-removed.png", 0x00ff00, false);
        Map<String, Object> again = js("await window.api.tray.TrayIcon.removeById('js-tray'); return 1;");
        assertThat(again).containsEntry("ok", false);
        assertThat((String) again.get("error")).contains("Can't find a tray associated with this id: js-tray");
    }

    @Test
    @Order(6)
    @SuppressWarnings("unchecked")
    void aMenuFromTheMenuPackageOpensOnARightClickAndItsItemsReachTheirActions() throws Exception {
        Map<String, Object> r = js("""
                const { Menu, MenuItem, CheckMenuItem, IconMenuItem } = window.api.menu;
                window.menuClicks = [];
                const hello = await MenuItem.new({ id: 'hello', text: 'Hello from the tray', action: id => window.menuClicks.push(id) });
                const check = await CheckMenuItem.new({ id: 'tick', text: 'Tick me', checked: false, action: id => window.menuClicks.push(id) });
                const px = new Uint8Array(32 * 32 * 4);
                for (let i = 0; i < px.length; i += 4) { px[i] = 255; px[i + 1] = 255; px[i + 3] = 255; }
                const orange = new Uint8Array(16 * 16 * 4);
                for (let i = 0; i < orange.length; i += 4) { orange[i] = 255; orange[i + 1] = 128; orange[i + 3] = 255; }
                const iconic = await IconMenuItem.new({ id: 'iconic', text: 'With an icon', icon: await window.api.image.Image.new(orange, 16, 16) });
                const menu = await Menu.new({ items: [hello, check, { item: 'Separator' }, { id: 'bye', text: 'Bye' }, iconic] });
                window.menuTray = await window.api.tray.TrayIcon.new({ id: 'menu-tray', icon: await window.api.image.Image.new(px, 32, 32),
                  menu, action: e => window.trayEvents.push({ type: e.type, id: e.id, button: e.button }) });
                window.tick = check;
                return 1;""");
        assertThat(r).as(String.valueOf(r)).containsEntry("ok", true);
        awaitRegistered("menu-tray");
        String item = itemPathOf("menu-tray");
        String menuPath = run("gdbus", "call", "--session", "--dest", uniqueNameOf(item), "--object-path", objectPathOf(item), "--method",
                "org.freedesktop.DBus.Properties.Get", "org.kde.StatusNotifierItem", "Menu");
        assertThat(menuPath).contains("/MenuBar");
        String layout = run("gdbus", "call", "--session", "--dest", uniqueNameOf(item), "--object-path", "/MenuBar", "--method",
                "com.canonical.dbusmenu.GetLayout", "0", "int32 -1", "[]");
        assertThat(layout).contains("'Hello from the tray'").contains("'checkmark'").contains("'separator'");
        // the IconMenuItem's icon as a PNG file's bytes (its signature first), the way libdbusmenu reads icon-data
        String iconData = layout.substring(layout.indexOf("'With an icon'"));
        assertThat(iconData).contains("'icon-data': <[byte 0x89, 0x50, 0x4e, 0x47");
        assertThat(layout.substring(0, layout.indexOf("'With an icon'"))).as("only the icon item has icon-data").doesNotContain("icon-data");

        int[] at = awaitColour("tray-menu-icon.png", 0xffff00, true);
        int eventsBefore = ((List<?>) js("return window.trayEvents;").get("value")).size();
        run("xdotool", "mousemove", String.valueOf(at[0]), String.valueOf(at[1]), "click", "3");
        int[] popup = awaitMenuShown("tray-menu-open.png");
        assertThat(find("tray-menu-open-icon.png", 0xff8000, 400)).as("the item's orange icon drawn in the open menu").isNotNull();
        // the first row of the menu (GTK draws rows of about 24 pixels under a few pixels of border)
        run("xdotool", "mousemove", String.valueOf(popup[0] + 40), String.valueOf(popup[1] + 14), "click", "1");
        List<Object> clicks = awaitList("window.menuClicks", 1);
        assertThat(clicks).containsExactly("hello");
        assertThat(js("return await window.__TAURI_INTERNALS__.invoke('javaMenuEvents');")).as("App.onMenuEvent, with no window")
                .containsEntry("value", List.of("hello@null"));
        assertThat((List<?>) js("return window.trayEvents;").get("value")).as("a right click on an icon with a menu is no event").hasSize(eventsBefore);

        run("xdotool", "mousemove", String.valueOf(at[0]), String.valueOf(at[1]), "click", "3");
        awaitMenuShown("tray-menu-open-2.png");
        run("xdotool", "key", "Down", "Down", "Return"); // the second item, by keyboard this time
        assertThat(awaitList("window.menuClicks", 2)).containsExactly("hello", "tick");
        assertThat(js("return await window.tick.isChecked();")).containsEntry("value", true);
        String ticked = run("gdbus", "call", "--session", "--dest", uniqueNameOf(item), "--object-path", "/MenuBar", "--method",
                "com.canonical.dbusmenu.GetLayout", "0", "int32 -1", "['toggle-state']");
        assertThat(ticked).contains("'toggle-state': <1>");
    }

    @Test
    @Order(7)
    void aMenuSetLaterOpensToo() throws Exception {
        Map<String, Object> r = js("""
                const { Menu } = window.api.menu;
                const px = new Uint8Array(32 * 32 * 4);
                for (let i = 0; i < px.length; i += 4) { px[i] = 255; px[i + 2] = 255; px[i + 3] = 255; }
                const later = await window.api.tray.TrayIcon.new({ id: 'later-tray', icon: await window.api.image.Image.new(px, 32, 32),
                });
                window.later = later;
                await later.setMenu(await Menu.new({ items: [{ id: 'late', text: 'Late item', action: id => window.menuClicks.push(id) }] }));
                return 1;""");
        assertThat(r).as(String.valueOf(r)).containsEntry("ok", true);
        int[] at = awaitColour("tray-later-icon.png", 0xff00ff, true);
        run("xdotool", "mousemove", String.valueOf(at[0]), String.valueOf(at[1]), "click", "3");
        int[] popup = awaitMenuShown("tray-later-open.png");
        run("xdotool", "mousemove", String.valueOf(popup[0] + 40), String.valueOf(popup[1] + 14), "click", "1");
        assertThat(awaitList("window.menuClicks", 3)).containsExactly("hello", "tick", "late");

        // null takes the menu away: the item has none and the layout on the bus is empty
        assertThat(js("await window.later.setMenu(null); return 1;")).containsEntry("ok", true);
        String item = itemPathOf("later-tray");
        assertThat(run("gdbus", "call", "--session", "--dest", uniqueNameOf(item), "--object-path", objectPathOf(item), "--method",
                "org.freedesktop.DBus.Properties.Get", "org.kde.StatusNotifierItem", "Menu")).contains("/NO_DBUSMENU");
        String layout = run("gdbus", "call", "--session", "--dest", uniqueNameOf(item), "--object-path", "/MenuBar", "--method",
                "com.canonical.dbusmenu.GetLayout", "0", "int32 -1", "[]");
        assertThat(layout).contains("(0, {'children-display': <'submenu'>}, @av []))").doesNotContain("Late item");
    }

    @Test
    @Order(8)
    void aRestartedPanelGetsTheItemsAgain() throws Exception {
        panel.destroy();
        assertThat(panel.waitFor(10, TimeUnit.SECONDS)).isTrue();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (run("gdbus", "call", "--session", "--dest", "org.freedesktop.DBus", "--object-path", "/org/freedesktop/DBus",
                "--method", "org.freedesktop.DBus.NameHasOwner", "org.kde.StatusNotifierWatcher").contains("true")) {
            assertThat(System.nanoTime()).as("the watcher leaves the bus with the panel").isLessThan(deadline);
            Thread.sleep(200);
        }
        startPanel();
        awaitRegistered("main", "java-tray", "menu-tray", "later-tray");
        awaitColour("tray-restarted.png", 0x00ffff, true);
        awaitColour("tray-restarted.png", 0x0000ff, true);
    }

    /** Waits for a popup menu (an override-redirect window, mapped, wider than 60 and taller than 20 pixels), screenshots it; its top-left. */
    private static int[] awaitMenuShown(String shot) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int[] shown = popupVisible();
        while (shown == null && System.nanoTime() < deadline) {
            Thread.sleep(200);
            shown = popupVisible();
        }
        Thread.sleep(300); // let it draw
        Path file = home.resolve(shot);
        run("scrot", "-o", file.toString());
        Files.copy(file, Path.of("target", shot), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(shown).as("a menu opened (see target/%s)", shot).isNotNull();
        return shown;
    }

    private static int[] popupVisible() throws Exception {
        for (String line : run("xwininfo", "-root", "-children").split("\n")) {
            String t = line.trim();
            if (!t.startsWith("0x")) continue;
            String info = run("xwininfo", "-id", t.split(" ")[0]);
            if (info.contains("Override Redirect State: yes") && info.contains("Map State: IsViewable")
                    && number(info, "Height:") > 20 && number(info, "Width:") > 60) {
                return new int[] {number(info, "Absolute upper-left X:"), number(info, "Absolute upper-left Y:")};
            }
        }
        return null;
    }

    private static int number(String info, String key) {
        int at = info.indexOf(key);
        if (at < 0) return 0;
        String rest = info.substring(at + key.length()).trim();
        int end = 0;
        while (end < rest.length() && Character.isDigit(rest.charAt(end))) end++;
        return end == 0 ? 0 : Integer.parseInt(rest.substring(0, end));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> awaitList(String expression, int size) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<Object> list = List.of();
        while (list.size() < size && System.nanoTime() < deadline) {
            Thread.sleep(100);
            list = (List<Object>) js("return " + expression + ";").get("value");
        }
        return list;
    }

    /** The watcher's entry ({@code :1.5/org/tauri4j/tray/3}) of the item whose Id is {@code trayId}. */
    private static String itemPathOf(String trayId) throws Exception {
        String items = registeredItems();
        for (String part : items.split("'")) {
            if (!part.contains("/org/tauri4j/tray/")) continue;
            String id = run("gdbus", "call", "--session", "--dest", uniqueNameOf(part), "--object-path", objectPathOf(part),
                    "--method", "org.freedesktop.DBus.Properties.Get", "org.kde.StatusNotifierItem", "Id");
            if (id.contains("'" + trayId + "'")) return part;
        }
        throw new AssertionError("no registered item with Id " + trayId + " in " + items);
    }

    private static String objectPathOf(String registered) {
        return registered.substring(registered.indexOf('/'));
    }

    private static String uniqueNameOf(String registered) {
        return registered.substring(0, registered.indexOf('/'));
    }
}
