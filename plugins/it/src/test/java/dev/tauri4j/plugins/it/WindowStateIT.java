package dev.tauri4j.plugins.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tauri4j.test.AppLauncher;
import dev.tauri4j.test.TauriDriver;
import dev.tauri4j.test.VirtualDisplay;
import dev.tauri4j.test.WindowManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The window-state plugin across real launches of {@link PluginsApp} under Xvfb and openbox, driven through the
 * unchanged {@code @tauri-apps/plugin-window-state} and {@code @tauri-apps/api/window}: a window resized, moved and
 * maximized, then closed, is written to {@code .window-state.json} in the app's config folder as Tauri writes it; the
 * next launch opens it maximized and unmaximizing gives the same size and position (as X sees it too); a state saved
 * off-screen is restored on-screen. Screenshots land in {@code target/window-state-*.png}.
 */
class WindowStateIT {

    private static final Path CONFIG = Path.of("target/test-classes/plugins-window-state/tauri.conf.json").toAbsolutePath();
    private static final String TITLE = "window state";
    private static VirtualDisplay display;
    private static WindowManager wm;

    @BeforeAll
    static void desktop() {
        display = VirtualDisplay.startXvfb(); // 1280x1024
        wm = WindowManager.openbox(display);
    }

    @AfterAll
    static void close() {
        if (wm != null) wm.close();
        if (display != null) display.close();
    }

    /** The app with the window-state plugin, its XDG_CONFIG_HOME in {@code home}, its java recording its exit status. */
    private static AppLauncher launcher(Path home) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path wrapper = home.resolve("java");
        Files.writeString(wrapper, "#!/bin/sh\n'" + java + "' \"$@\"\necho $? > '" + home.resolve("exit-status") + "'\n");
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwx------"));
        Files.deleteIfExists(home.resolve("exit-status"));
        return AppLauncher.mainClass(PluginsApp.class).java(wrapper)
                .jvmArgs("-Dtauri.config=" + CONFIG, "-Dwindow.state=true")
                .env("XDG_CONFIG_HOME", home.resolve("config").toString()).env("XDG_DATA_HOME", home.resolve("data").toString());
    }

    private static TauriDriver start(Path home) throws IOException {
        return PluginsIT.open(TauriDriver.start(launcher(home), display));
    }

    @Test
    void aResizedMovedMaximizedWindowComesBackTheSameAndNeverOffScreen() throws Exception {
        Path home = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()), "window-state");
        Path file = home.resolve("config/dev.tauri4j.plugins.windowstate/.window-state.json");

        // launch 1: the user resizes, moves and maximizes the window, then closes it (the app ends with its last window)
        TauriDriver first = start(home);
        try {
            Map<String, Object> normal = value(first, """
                    (async () => { const w = window.windowApi.getCurrentWindow(), dpi = window.dpiApi;
                      const seen = [];
                      await w.onMoved(e => seen.push('move ' + e.payload.x + ',' + e.payload.y));
                      await w.onResized(e => seen.push('resize ' + e.payload.width + 'x' + e.payload.height));
                      await w.setSize(new dpi.PhysicalSize(700, 500));
                      await w.setPosition(new dpi.PhysicalPosition(150, 120));
                      for (let i = 0; i < 100; i++) {
                        const s = await w.innerSize(), p = await w.outerPosition();
                        if (s.width === 700 && s.height === 500 && p.x === 150 && p.y === 120) break;
                        await new Promise(d => setTimeout(d, 50));
                      }
                      await w.maximize();
                      for (let i = 0; i < 100 && !(await w.isMaximized()); i++) await new Promise(d => setTimeout(d, 50));
                      await new Promise(d => setTimeout(d, 300)); // the window manager's move and resize of the maximize
                      const s = await w.innerSize();
                      const p = await w.outerPosition();
                      return { maximized: await w.isMaximized(), width: s.width, name: await window.windowStateApi.filename(),
                               seen, outer: [p.x, p.y] }; })()""");
            System.out.println("launch 1 window events: " + normal.get("seen") + ", maximized at " + normal.get("outer"));
            assertThat(normal).containsEntry("maximized", true).containsEntry("name", ".window-state.json");
            assertThat(((Number) normal.get("width")).intValue()).as("maximized width").isGreaterThan(700);
            screenshot("window-state-1-maximized.png");
            first.executeAsync("setTimeout(() => window.windowApi.getCurrentWindow().close(), 100); return null;");
            for (int i = 0; i < 300 && !Files.exists(home.resolve("exit-status")); i++) Thread.sleep(100);
            assertThat(home.resolve("exit-status")).as("the app ended with its last window").exists();
        } finally {
            first.close();
            System.out.println("---- app log 1 ----\n" + first.appLog());
        }
        assertThat(first.appLog()).contains("witness: onExit(0)");
        JsonNode main = new ObjectMapper().readTree(file.toFile()).get("main");
        assertThat(Files.readString(file)).startsWith("{\n  \"main\": {\n    \"width\": 700,\n    \"height\": 500,\n");
        assertThat(main.get("maximized").asBoolean()).isTrue();
        assertThat(main.get("prev_x").asInt()).as("the position before maximizing").isEqualTo(150);
        assertThat(main.get("prev_y").asInt()).isEqualTo(120);
        assertThat(main.get("visible").asBoolean()).isTrue();
        assertThat(main.get("decorated").asBoolean()).isTrue();
        assertThat(main.get("fullscreen").asBoolean()).isFalse();

        // launch 2: it opens maximized; unmaximized it has the size and position it had
        TauriDriver second = start(home);
        try {
            Map<String, Object> restored = value(second, """
                    (async () => { const w = window.windowApi.getCurrentWindow();
                      for (let i = 0; i < 100 && !(await w.isMaximized()); i++) await new Promise(d => setTimeout(d, 50));
                      return { maximized: await w.isMaximized() }; })()""");
            assertThat(restored).containsEntry("maximized", true);
            assertThat(x("xprop", "-id", windowId(), "_NET_WM_STATE"))
                    .contains("_NET_WM_STATE_MAXIMIZED_VERT", "_NET_WM_STATE_MAXIMIZED_HORZ");
            screenshot("window-state-2-restored.png");
            Map<String, Object> unmaximized = value(second, """
                    (async () => { const w = window.windowApi.getCurrentWindow();
                      await w.unmaximize();
                      for (let i = 0; i < 100; i++) {
                        const s = await w.innerSize();
                        if (!(await w.isMaximized()) && s.width === 700) break;
                        await new Promise(d => setTimeout(d, 50));
                      }
                      await new Promise(d => setTimeout(d, 300));
                      const s = await w.innerSize(), p = await w.outerPosition(), i = await w.innerPosition();
                      return { maximized: await w.isMaximized(), size: [s.width, s.height], outer: [p.x, p.y], inner: [i.x, i.y] }; })()""");
            assertThat(unmaximized).containsEntry("maximized", false).containsEntry("size", List.of(700L, 500L))
                    .containsEntry("outer", List.of(150L, 120L));
            @SuppressWarnings("unchecked")
            List<Number> inner = (List<Number>) unmaximized.get("inner");
            assertThat(xwininfo(windowId())).as("xwininfo of the window: x, y, width, height")
                    .containsExactly(inner.get(0).intValue(), inner.get(1).intValue(), 700, 500);
            screenshot("window-state-2-unmaximized.png");

            // the commands from the npm package, and Tauri's errors
            assertThat(error(second, "window.windowStateApi.saveWindowState(64)")).isEqualTo("Invalid state flags bits: 64");
            assertThat(error(second, "window.windowStateApi.restoreState('nope', window.windowStateApi.StateFlags.ALL)"))
                    .isEqualTo("Couldn't find window with label: nope");
            assertThat(second.settle("window.windowStateApi.restoreStateCurrent(window.windowStateApi.StateFlags.ALL)"))
                    .containsEntry("ok", true);
            assertThat(second.settle("window.windowStateApi.saveWindowState(window.windowStateApi.StateFlags.ALL)"))
                    .containsEntry("ok", true);
            JsonNode saved = new ObjectMapper().readTree(file.toFile()).get("main");
            assertThat(saved.get("maximized").asBoolean()).isFalse();
            assertThat(List.of(saved.get("x").asInt(), saved.get("y").asInt(), saved.get("width").asInt(), saved.get("height").asInt()))
                    .containsExactly(150, 120, 700, 500);
        } finally {
            second.close();
            System.out.println("---- app log 2 ----\n" + second.appLog());
        }

        // launch 3: a state saved on a monitor that is gone is not restored off-screen; its size is
        Files.writeString(file, """
                {"main": {"width": 400, "height": 300, "x": 5000, "y": 5000, "prev_x": 5000, "prev_y": 5000,
                  "maximized": false, "visible": true, "decorated": true, "fullscreen": false}}""");
        TauriDriver third = start(home);
        try {
            Map<String, Object> r = value(third, """
                    (async () => { const w = window.windowApi.getCurrentWindow();
                      for (let i = 0; i < 100 && (await w.innerSize()).width !== 400; i++) await new Promise(d => setTimeout(d, 50));
                      await new Promise(d => setTimeout(d, 300));
                      const s = await w.innerSize(), p = await w.outerPosition();
                      return { size: [s.width, s.height], outer: [p.x, p.y] }; })()""");
            assertThat(r).containsEntry("size", List.of(400L, 300L));
            @SuppressWarnings("unchecked")
            List<Number> outer = (List<Number>) r.get("outer");
            assertThat(outer.get(0).intValue()).as("x").isBetween(0, 1279);
            assertThat(outer.get(1).intValue()).as("y").isBetween(0, 1023);
            List<Integer> seen = xwininfo(windowId());
            assertThat(seen.get(0)).as("X's x").isBetween(0, 1279);
            assertThat(seen.get(1)).as("X's y").isBetween(0, 1023);
            assertThat(seen.subList(2, 4)).containsExactly(400, 300);
            screenshot("window-state-3-on-screen.png");
        } finally {
            third.close();
            System.out.println("---- app log 3 ----\n" + third.appLog());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> value(TauriDriver app, String expression) {
        Map<String, Object> r = app.settle(expression);
        assertThat(r).as("%s", r).containsEntry("ok", true);
        return (Map<String, Object>) r.get("value");
    }

    private static String error(TauriDriver app, String expression) {
        Map<String, Object> r = app.settle(expression);
        assertThat(r).containsEntry("ok", false);
        return (String) r.get("error");
    }

    private static String windowId() throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            String ids = x("xdotool", "search", "--onlyvisible", "--name", "^" + TITLE + "$");
            if (!ids.isEmpty()) return ids.lines().reduce((a, b) -> b).orElseThrow();
            Thread.sleep(100);
        }
        throw new AssertionError("no visible X window titled '" + TITLE + "'\n" + wm.describe());
    }

    /** The X window's absolute x and y, width and height, as xwininfo reports them. */
    private static List<Integer> xwininfo(String id) {
        String info = x("xwininfo", "-id", id);
        return List.of(field(info, "Absolute upper-left X"), field(info, "Absolute upper-left Y"), field(info, "Width"), field(info, "Height"));
    }

    private static int field(String info, String name) {
        Matcher m = Pattern.compile("^\\s*" + name + ":\\s+(-?\\d+)", Pattern.MULTILINE).matcher(info);
        assertThat(m.find()).as("%s in xwininfo's\n%s", name, info).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static void screenshot(String name) throws IOException {
        Path shot = Path.of("target").toAbsolutePath().resolve(name);
        Files.deleteIfExists(shot);
        x("scrot", shot.toString()); // the whole X screen, with the window manager's frame
    }

    private static String x(String... command) {
        return display.run(command);
    }
}
