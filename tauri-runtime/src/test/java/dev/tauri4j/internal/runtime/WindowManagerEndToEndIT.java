package dev.tauri4j.internal.runtime;

import static dev.tauri4j.internal.runtime.WindowApiSession.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.test.VirtualDisplay;
import dev.tauri4j.test.WindowManager;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What only a window manager grants (maximize, minimize, fullscreen, frames, WM hints, the WM's close, pointer
 * drags), against {@link WindowApiApp} under openbox. Each test owns its Xvfb, its openbox (started before the app,
 * with a configuration of its own) and its app, so no test sees another's windows, focus or stacking: they run in a
 * random order to keep it that way.
 */
@TestMethodOrder(MethodOrderer.Random.class)
class WindowManagerEndToEndIT {

    private VirtualDisplay display;
    private WindowManager windowManager;
    private WindowApiSession s;

    @BeforeEach
    void launch() throws IOException {
        display = VirtualDisplay.startXvfb();
        windowManager = WindowManager.openbox(display);
        s = WindowApiSession.start(display, windowManager::describe);
        s.waitFor("openbox to frame main", () -> {
            Map<String, Object> r = map(s.js("const w = window.api.win.getCurrentWindow(); return { o: await w.outerSize(), i: await w.innerSize() }"));
            return (Long) map(r.get("o")).get("height") > (Long) map(r.get("i")).get("height");
        });
        s.invoke("openWindow", Map.of("label", "second"));
        s.waitFor("second to be mapped", () -> !s.x("xdotool", "search", "--onlyvisible", "--name", "^winapi second$").isEmpty());
    }

    @AfterEach
    void close() {
        try {
            // a window manager that died or let go of the screen during a test would fail the next test's waits
            // with no word of why; say it here, where it happened
            assertThat(windowManager.managing()).as("openbox still manages the screen after the test: %s",
                    windowManager.describe()).isTrue();
        } finally {
            closeAll();
        }
    }

    private void closeAll() {
        try {
            if (s != null) s.close();
        } finally {
            try {
                if (windowManager != null) windowManager.close();
            } finally {
                if (display != null) display.close();
            }
        }
    }

    private Object second(String call) {
        return s.js("const w = await window.api.win.Window.getByLabel('second'); return " + call);
    }

    @Test
    void maximizeUnmaximizeAndToggleMaximize() {
        second("w.maximize()");
        s.waitFor("second to be maximized", () -> (Boolean) second("w.isMaximized()"));
        assertThat((Long) map(second("w.innerSize()")).get("width")).isGreaterThan(1000);
        s.waitFor("Java to hear second's resize to the screen width", () -> s.javaHeard("second", "tauri://resize").stream()
                .anyMatch(e -> ((Number) map(e.get("payload")).get("width")).intValue() > 1000));
        second("w.unmaximize()");
        s.waitFor("second to be restored", () -> !(Boolean) second("w.isMaximized()"));
        second("w.toggleMaximize()");
        s.waitFor("toggleMaximize to maximize", () -> (Boolean) second("w.isMaximized()"));
        second("w.toggleMaximize()");
        s.waitFor("toggleMaximize to restore", () -> !(Boolean) second("w.isMaximized()"));
    }

    @Test
    void minimizeAndUnminimize() {
        String id = s.windowId("winapi second");
        second("w.minimize()");
        s.waitFor("second to be minimized", () -> (Boolean) second("w.isMinimized()"));
        s.waitForX("_NET_WM_STATE_HIDDEN", "xprop", "-id", id, "_NET_WM_STATE");
        second("w.unminimize()");
        s.waitFor("second to be restored", () -> !(Boolean) second("w.isMinimized()"));
        s.waitFor("_NET_WM_STATE_HIDDEN to go", () -> !s.x("xprop", "-id", id, "_NET_WM_STATE").contains("_NET_WM_STATE_HIDDEN"));
    }

    @Test
    void fullscreenCoversTheScreen() {
        second("w.setFullscreen(true)");
        s.waitFor("second to be fullscreen", () -> (Boolean) second("w.isFullscreen()"));
        s.waitFor("second to cover the 1280x1024 screen", () -> map(second("w.innerSize()")).equals(Map.of("width", 1280L, "height", 1024L)));
        second("w.setFullscreen(false)");
        s.waitFor("second to leave fullscreen", () -> !(Boolean) second("w.isFullscreen()"));
        s.waitFor("second to be smaller again", () -> (Long) map(second("w.innerSize()")).get("width") < 1280);
    }

    @Test
    void withoutDecorationsTheFrameGoes() {
        s.waitFor("second to have a frame", () -> (Long) map(second("w.outerSize()")).get("height") > (Long) map(second("w.innerSize()")).get("height"));
        second("w.setDecorations(false)");
        s.waitFor("the frame to go", () -> map(second("w.outerSize()")).equals(map(second("w.innerSize()"))));
        assertThat(second("w.isDecorated()")).isEqualTo(false);
        second("w.setDecorations(true)");
        s.waitFor("the frame to come back", () -> (Long) map(second("w.outerSize()")).get("height") > (Long) map(second("w.innerSize()")).get("height"));
    }

    @Test
    void theWindowManagersCloseGoesThroughCloseRequested() {
        s.invoke("openWindow", Map.of("label", "doomed"));
        s.waitFor("doomed to be mapped", () -> !s.x("xdotool", "search", "--onlyvisible", "--name", "^winapi doomed$").isEmpty());
        String id = s.windowId("winapi doomed");
        // wmctrl asks the window manager to close the window (_NET_CLOSE_WINDOW); openbox then sends WM_DELETE_WINDOW, as
        // its title bar's close button and Alt+F4 do, without depending on which window has the keyboard
        s.x("wmctrl", "-i", "-c", id);
        s.waitFor("doomed to be gone", () -> !((List<?>) s.invoke("plugin:window|get_all_windows")).contains("doomed"));
        assertThat(s.javaHeard("doomed", "tauri://close-requested")).isNotEmpty();
        assertThat(s.javaHeard("doomed", "tauri://destroyed")).isNotEmpty();
    }

    @Test
    void windowManagerHintsReachTheXWindow() {
        String id = s.windowId("winapi second");
        // openbox puts a window on every desktop by setting its desktop to 0xFFFFFFFF. The setters are asked again while
        // waiting: on a loaded machine openbox can still be busy with the previous test's frame changes.
        s.waitFor("openbox to apply above, skip-taskbar and all desktops", () -> {
            second("Promise.all([w.setAlwaysOnTop(true), w.setSkipTaskbar(true), w.setVisibleOnAllWorkspaces(true)])");
            String state = s.x("xprop", "-id", id, "_NET_WM_STATE");
            return state.contains("_NET_WM_STATE_ABOVE") && state.contains("_NET_WM_STATE_SKIP_TASKBAR")
                    && s.x("xprop", "-id", id, "_NET_WM_DESKTOP").endsWith("= 4294967295");
        });
        s.waitFor("below instead of above", () -> {
            second("Promise.all([w.setAlwaysOnTop(false), w.setAlwaysOnBottom(true), w.setSkipTaskbar(false)])");
            String state = s.x("xprop", "-id", id, "_NET_WM_STATE");
            return state.contains("_NET_WM_STATE_BELOW") && !state.contains("_NET_WM_STATE_ABOVE") && !state.contains("SKIP_TASKBAR");
        });
        second("Promise.all([w.setAlwaysOnBottom(false), w.setVisibleOnAllWorkspaces(false)])");
        s.waitFor("one desktop again", () -> !s.x("xprop", "-id", id, "_NET_WM_DESKTOP").endsWith("= 4294967295"));
        second("w.requestUserAttention(window.api.win.UserAttentionType.Critical)");
        s.waitFor("the urgency hint", () -> s.x("xprop", "-id", id, "WM_HINTS").toLowerCase().contains("urgen"));
        second("w.requestUserAttention(null)");
        s.waitFor("the urgency hint to clear", () -> !s.x("xprop", "-id", id, "WM_HINTS").toLowerCase().contains("urgen"));
        Map<String, Object> r = map(second("""
                (async () => {
                  const out = { closable: await w.isClosable(), enabled: await w.isEnabled() };
                  await w.setClosable(false); out.closableAfter = await w.isClosable(); await w.setClosable(true);
                  await w.setEnabled(false); out.enabledAfter = await w.isEnabled(); await w.setEnabled(true);
                  return out;
                })()"""));
        assertThat(r).containsEntry("closable", true).containsEntry("closableAfter", false)
                .containsEntry("enabled", true).containsEntry("enabledAfter", false);
    }

    @Test
    void pressingADragRegionMovesTheWindowAndADoubleClickMaximizesIt() {
        s.js("const w = window.api.win.getCurrentWindow(); await w.setPosition(new window.api.dpi.LogicalPosition(200, 150)); await w.setFocus();");
        String id = s.windowId("winapi main");
        s.waitFor("main at 200,150", () -> map(s.js("return window.api.win.getCurrentWindow().innerPosition()")).get("x").equals(200L + innerOffsetX()));
        // a real pointer gesture: the page asks for the move over IPC after the press, so on a busy machine the move can
        // start after the pointer went; then the gesture is tried again from where the window is (at most 3 times)
        dragged("main to follow the pointer by 120,100", () -> {
            Map<String, Object> inner = map(s.js("return window.api.win.getCurrentWindow().innerPosition()"));
            long x0 = (Long) inner.get("x");
            long y0 = (Long) inner.get("y");
            // press on the drag region (the blue bar at the top of the page), move the pointer, release
            s.x("xdotool", "mousemove", String.valueOf(x0 + 100), String.valueOf(y0 + 30), "mousedown", "1");
            s.js("await new Promise(r => setTimeout(r, 1000))");
            s.x("xdotool", "mousemove", String.valueOf(x0 + 180), String.valueOf(y0 + 90));
            s.js("await new Promise(r => setTimeout(r, 300))");
            s.x("xdotool", "mousemove", String.valueOf(x0 + 220), String.valueOf(y0 + 130), "mouseup", "1");
            return () -> {
                Map<String, Object> now = map(s.js("return window.api.win.getCurrentWindow().innerPosition()"));
                return now.get("x").equals(x0 + 120) && now.get("y").equals(y0 + 100);
            };
        });
        // a double click: the first press already starts a move, and the window manager may take the second press
        // (xdotool's clicks race the IPC round trip), so the page's side is checked with a synthetic second press
        s.js("document.getElementById('drag').dispatchEvent(new MouseEvent('mousedown', { bubbles: true, button: 0, detail: 2 }))");
        s.waitFor("a double click on the drag region to maximize main", () -> (Boolean) s.js("return window.api.win.getCurrentWindow().isMaximized()"));
        s.js("await window.api.win.getCurrentWindow().unmaximize()");
        s.waitFor("main restored", () -> !(Boolean) s.js("return window.api.win.getCurrentWindow().isMaximized()"));
        s.js("await window.api.win.getCurrentWindow().setResizable(false)");
        s.js("document.getElementById('drag').dispatchEvent(new MouseEvent('mousedown', { bubbles: true, button: 0, detail: 2 }))");
        s.js("await new Promise(r => setTimeout(r, 500))");
        assertThat(s.js("return window.api.win.getCurrentWindow().isMaximized()")).as("a window that cannot be resized stays as it is").isEqualTo(false);
        s.js("await window.api.win.getCurrentWindow().setResizable(true)");
        assertThat(s.x("xdotool", "getwindowname", id)).isEqualTo("winapi main");
    }

    /** Makes a pointer gesture and waits for its effect; a gesture the window manager missed is made again, up to 3 times. */
    private void dragged(String what, java.util.function.Supplier<BooleanSupplier> gesture) {
        for (int attempt = 1; ; attempt++) {
            BooleanSupplier done = gesture.get();
            try {
                s.waitFor(what, Duration.ofSeconds(attempt < 3 ? 8 : 30), done);
                return;
            } catch (AssertionError missed) {
                if (attempt == 3) throw missed;
                s.x("xdotool", "mouseup", "1"); // let go, whatever state the missed gesture left
            }
        }
    }

    /** How far the inner area sits right of the frame's left edge (openbox's border). */
    private long innerOffsetX() {
        Map<String, Object> r = map(s.js("const w = window.api.win.getCurrentWindow(); return { i: await w.innerPosition(), o: await w.outerPosition() }"));
        return (Long) map(r.get("i")).get("x") - (Long) map(r.get("o")).get("x");
    }

    @Test
    void startResizeDraggingFollowsThePointerFromACorner() {
        s.js("""
                const w = window.api.win.getCurrentWindow();
                await w.setSize(new window.api.dpi.LogicalSize(500, 400));
                await w.setPosition(new window.api.dpi.LogicalPosition(100, 100));
                await w.setFocus();
                window.resizeFrom = (e) => { if (e.button === 0) w.startResizeDragging('SouthEast'); };
                document.getElementById('drag').removeAttribute('data-tauri-drag-region');
                document.getElementById('drag').addEventListener('mousedown', window.resizeFrom);""");
        s.waitFor("main at 500x400", () -> map(s.js("return window.api.win.getCurrentWindow().innerSize()")).equals(Map.of("width", 500L, "height", 400L)));
        dragged("main to grow by the pointer's way, 80x60", () -> {
            Map<String, Object> size = map(s.js("return window.api.win.getCurrentWindow().innerSize()"));
            Map<String, Object> inner = map(s.js("return window.api.win.getCurrentWindow().innerPosition()"));
            long x0 = (Long) inner.get("x") + 100;
            long y0 = (Long) inner.get("y") + 30;
            s.x("xdotool", "mousemove", String.valueOf(x0), String.valueOf(y0), "mousedown", "1");
            s.js("await new Promise(r => setTimeout(r, 1000))");
            s.x("xdotool", "mousemove", String.valueOf(x0 + 40), String.valueOf(y0 + 30));
            s.js("await new Promise(r => setTimeout(r, 300))");
            s.x("xdotool", "mousemove", String.valueOf(x0 + 80), String.valueOf(y0 + 60), "mouseup", "1");
            Map<String, Object> grown = Map.of("width", (Long) size.get("width") + 80, "height", (Long) size.get("height") + 60);
            return () -> map(s.js("return window.api.win.getCurrentWindow().innerSize()")).equals(grown);
        });
        assertThat(s.js("""
                try { await window.api.win.getCurrentWindow().startResizeDragging('Up'); return 'accepted'; }
                catch (e) { return String(e); }""")).asString().contains("resize direction must be one of");
        s.js("document.getElementById('drag').removeEventListener('mousedown', window.resizeFrom); document.getElementById('drag').setAttribute('data-tauri-drag-region', '')");
    }
}
