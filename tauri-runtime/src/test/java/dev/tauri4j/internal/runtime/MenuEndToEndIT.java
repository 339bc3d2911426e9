package dev.tauri4j.internal.runtime;

import static dev.tauri4j.internal.runtime.WindowApiSession.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code @tauri-apps/api/menu} from the unchanged npm package in a real window under Xvfb: a menu bar built from JS
 * is drawn above the page (screenshots in target/menu-screenshots), opened and clicked with xdotool, and the click
 * reaches the item's JS action and the app's Java listener; an accelerator; run-time text, enabled and checked
 * changes; a context menu (with an icon item) popped up and clicked; a menu bar built with the Java API.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MenuEndToEndIT {

    private static final Path SHOTS = Path.of("target/menu-screenshots");
    private static WindowApiSession s;
    private static String xid;

    @BeforeAll
    static void launch() throws IOException {
        s = WindowApiSession.start(null, () -> "");
        xid = s.windowId("winapi main");
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void close() {
        if (s != null) s.close();
    }

    @SuppressWarnings("unchecked")
    private static List<String> jsClicks() {
        return (List<String>) s.js("return window.clicks || []");
    }

    private static List<Map<String, Object>> javaMenuEvents(String id) {
        return s.javaHeard("menu", id);
    }

    /** The menu bar's height: the window keeps its size, the page gets what the bar leaves. */
    private static int barHeight() {
        long inner = (Long) s.js("return window.innerHeight");
        return (int) (480 - inner);
    }

    private static void click(int x, int y) {
        s.x("xdotool", "mousemove", "--window", xid, String.valueOf(x), String.valueOf(y));
        s.x("xdotool", "click", "1");
    }

    private static BufferedImage screenshot(String name) throws IOException {
        Path file = SHOTS.resolve(name + ".png").toAbsolutePath();
        Files.deleteIfExists(file);
        s.x("scrot", "--overwrite", file.toString());
        return ImageIO.read(file.toFile());
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    @Order(1)
    void aMenuBarFromJsIsShownAboveThePageAndClickingAnItemReachesJsAndJava() throws IOException {
        Object r = s.js("""
                const { Menu, Submenu, MenuItem, CheckMenuItem } = window.api.menu;
                window.clicks = [];
                const push = (id) => window.clicks.push(id);
                const open = await MenuItem.new({ id: 'open', text: 'Open', accelerator: 'CmdOrCtrl+O', action: push });
                const wrap = await CheckMenuItem.new({ id: 'wrap', text: 'Wrap lines', checked: false, action: push });
                const file = await Submenu.new({ text: 'File', items: [open, wrap, { item: 'Separator' },
                    { id: 'nested', text: 'Nested item', action: push }, { item: 'Quit' }] });
                const menu = await Menu.new({ items: [file, { text: 'Edit', items: [{ item: 'Copy' }, { item: 'Paste' }] }] });
                const previous = await menu.setAsWindowMenu();
                window.menus = { open, wrap, file, menu };
                return { previous, items: (await menu.items()).map((i) => i.kind), fileText: await file.text() };""");
        assertThat(map(r)).containsEntry("previous", null).containsEntry("items", List.of("Submenu", "Submenu"))
                .containsEntry("fileText", "File");
        s.waitFor("the menu bar to take room from the page", () -> barHeight() > 10);
        int bar = barHeight();
        BufferedImage shot = screenshot("1-menu-bar");
        assertThat(shot.getWidth()).isGreaterThan(600);

        click(20, bar / 2); // opens File
        pause(400);
        screenshot("2-file-open");
        click(40, bar + 16); // the first item: Open
        s.waitFor("the click on Open to reach JS", () -> jsClicks().contains("open"));
        s.waitFor("the click on Open to reach Java", () -> !javaMenuEvents("open").isEmpty());
        assertThat(map(javaMenuEvents("open").getFirst().get("payload"))).containsEntry("id", "open").containsEntry("window", "main");
        assertThat(jsClicks()).containsExactly("open");
    }

    @Test
    @Order(2)
    void theAcceleratorClicksTheItem() {
        s.x("xdotool", "windowfocus", "--sync", xid);
        s.x("xdotool", "key", "--window", xid, "ctrl+o");
        s.waitFor("ctrl+o to click Open", () -> jsClicks().stream().filter("open"::equals).count() == 2);
    }

    @Test
    @Order(3)
    void aCheckItemToggledByAClickReportsItsNewStateAndSetCheckedShowsInTheMenu() {
        int bar = barHeight();
        click(20, bar / 2);
        pause(400);
        click(40, bar + 16 + 26); // the second item: Wrap lines
        s.waitFor("the click on Wrap lines to reach JS", () -> jsClicks().contains("wrap"));
        assertThat(s.js("return await window.menus.wrap.isChecked()")).isEqualTo(true);
        s.js("await window.menus.wrap.setChecked(false); return null");
        assertThat(s.js("return await window.menus.wrap.isChecked()")).isEqualTo(false);
    }

    @Test
    @Order(4)
    void setTextAndSetEnabledChangeTheShownMenuAndADisabledItemSendsNothing() throws IOException {
        int bar = barHeight();
        click(20, bar / 2);
        pause(400);
        BufferedImage before = screenshot("3-before-set-text");
        s.x("xdotool", "key", "Escape");
        pause(200);
        s.js("await window.menus.open.setText('Open a much longer name…'); await window.menus.open.setEnabled(false); return null");
        assertThat(s.js("return await window.menus.open.text()")).isEqualTo("Open a much longer name…");
        assertThat(s.js("return await window.menus.open.isEnabled()")).isEqualTo(false);
        click(20, bar / 2);
        pause(400);
        BufferedImage after = screenshot("4-after-set-text");
        assertThat(differingPixels(before, after, 0, bar, 260, bar + 30)).as("the Open row changed on screen").isGreaterThan(50);
        int clicksBefore = jsClicks().size();
        click(40, bar + 16);
        pause(500);
        s.x("xdotool", "key", "Escape");
        assertThat(jsClicks()).as("a disabled item is not clickable").hasSize(clicksBefore);
        s.js("await window.menus.open.setEnabled(true); return null");
    }

    @Test
    @Order(5)
    void aContextMenuPopsUpWhereAskedAndItsClickArrives() throws IOException {
        s.js("""
                const { Menu, IconMenuItem } = window.api.menu;
                const { LogicalPosition } = window.api.dpi;
                const red = new Uint8Array(16 * 16 * 4);
                for (let i = 0; i < red.length; i += 4) { red[i] = 255; red[i + 3] = 255; }
                const image = await window.api.image.Image.new(red, 16, 16);
                const first = await IconMenuItem.new({ id: 'ctx-first', text: 'Context first', icon: image,
                    action: (id) => window.clicks.push(id) });
                const ctx = await Menu.new({ items: [first,
                    { id: 'ctx-second', text: 'Context second', action: (id) => window.clicks.push(id) }] });
                await ctx.popup(new LogicalPosition(200, 150));
                return null;""");
        pause(500);
        BufferedImage shot = screenshot("5-context-menu");
        int red = 0;
        for (int y = 150; y < 150 + 30; y++) {
            for (int x = 200; x < 260; x++) if ((shot.getRGB(x, y) & 0xffffff) == 0xff0000) red++;
        }
        assertThat(red).as("the icon item's red 16 px icon is drawn in the popup").isGreaterThan(100);
        click(230, 150 + 16 + 26); // the second item
        s.waitFor("the context menu's click to reach JS", () -> jsClicks().contains("ctx-second"));
        s.waitFor("the context menu's click to reach Java", () -> !javaMenuEvents("ctx-second").isEmpty());
        assertThat(jsClicks()).doesNotContain("ctx-first");
    }

    @Test
    @Order(6)
    void aMenuBuiltInJavaReplacesTheBarAndItsActionAndListenerHearTheClick() throws IOException {
        String id = (String) s.invoke("javaMenu", Map.of("label", "main"));
        assertThat(id).isNotEmpty();
        pause(300);
        int bar = barHeight();
        click(20, bar / 2);
        pause(400);
        screenshot("6-java-menu");
        click(40, bar + 16);
        s.waitFor("the Java item's own action", () -> !s.javaHeard("action", "java-hello").isEmpty());
        s.waitFor("the app's Java listener", () -> !javaMenuEvents("java-hello").isEmpty());
        Object previous = s.js("return (await window.menus.menu.setAsWindowMenu())?.id ?? null");
        assertThat(previous).as("setAsWindowMenu answers the menu Java set").isEqualTo(id);
    }

    private static int differingPixels(BufferedImage a, BufferedImage b, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < Math.min(y1, Math.min(a.getHeight(), b.getHeight())); y++) {
            for (int x = x0; x < Math.min(x1, Math.min(a.getWidth(), b.getWidth())); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) n++;
            }
        }
        return n;
    }
}
