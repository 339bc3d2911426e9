package dev.tauri4j.plugins.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.test.TauriDriver;
import dev.tauri4j.test.VirtualDisplay;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The global-shortcut plugin through the unchanged {@code @tauri-apps/plugin-global-shortcut} on a real X display:
 * while another X client (xmessage) has the keyboard focus, xdotool types the shortcut the page registered, and the
 * page's handler gets Tauri's {@code {shortcut, id, state}} for the press and the release; a Java listener
 * ({@code GlobalShortcut.of(app).register}) gets its own shortcut's; after {@code unregister} nothing arrives.
 */
class GlobalShortcutIT {

    private static VirtualDisplay display;
    private static TauriDriver app;
    private static Process focusHolder;

    @BeforeAll
    static void launch() throws Exception {
        Path dataHome = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()), "xdg-shortcut");
        display = VirtualDisplay.startXvfb();
        app = TauriDriver.start(PluginsIT.launcher(dataHome).jvmArgs("-Dshortcut.java=Alt+Shift+J"), display);
        PluginsIT.open(app);
    }

    @AfterAll
    static void close() {
        if (focusHolder != null) focusHolder.destroy();
        if (app != null) {
            System.out.println("---- app log ----\n" + app.appLog());
            app.close();
        }
        if (display != null) display.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theShortcutFiresWhileAnotherWindowHasTheFocusUntilUnregistered() throws Exception {
        assertThat(app.settle("""
                (async () => {
                  window.shortcutEvents = []; window.sentinelEvents = [];
                  await window.globalShortcutApi.register('CommandOrControl+Shift+K', e => window.shortcutEvents.push(e));
                  await window.globalShortcutApi.register(['Alt+F9'], e => window.sentinelEvents.push(e));
                  return await window.globalShortcutApi.isRegistered('ctrl+shift+KeyK');
                })()""")).containsEntry("value", true);

        focusOnAnotherClient();
        xdotool("key", "ctrl+shift+k");
        List<Map<String, Object>> events = (List<Map<String, Object>>) awaitEvents("shortcutEvents", 2);
        long id = ((0x200L | 0x08L) << 16) | 29; // Tauri's id: SHIFT|CONTROL flags above KeyK's number
        assertThat(events).containsExactly(
                Map.of("shortcut", "shift+control+KeyK", "id", id, "state", "Pressed"),
                Map.of("shortcut", "shift+control+KeyK", "id", id, "state", "Released"));

        xdotool("key", "alt+shift+j");
        new WebDriverWait(app.driver(), Duration.ofSeconds(10)).until(d -> app.appLog().contains("java-shortcut: Released"));
        assertThat(app.appLog()).contains("java-shortcut: Pressed shift+alt+KeyJ " + (((0x200 | 0x01) << 16) | 28),
                "java-shortcut: Released shift+alt+KeyJ");

        assertThat(app.settle("window.globalShortcutApi.unregister('CmdOrCtrl+Shift+K')")).containsEntry("ok", true);
        assertThat(app.settle("window.globalShortcutApi.isRegistered('CmdOrCtrl+Shift+K')")).containsEntry("value", false);
        xdotool("key", "ctrl+shift+k", "alt+F9");
        // the sentinel's press comes after where a press of the unregistered shortcut would have
        awaitEvents("sentinelEvents", 2);
        assertThat(app.settle("window.shortcutEvents.length")).containsEntry("value", 2L);

        // as Tauri's, unregisterAll unregisters every shortcut of the app, the Java listener's too
        assertThat(app.settle("window.globalShortcutApi.unregisterAll()")).containsEntry("ok", true);
        assertThat(app.settle("window.globalShortcutApi.isRegistered('Alt+F9')")).containsEntry("value", false);
        assertThat(app.settle("window.globalShortcutApi.isRegistered('Alt+Shift+J')")).containsEntry("value", false);
    }

    @Test
    void errorsAreTaurisAndTheBareWindowIsDenied() {
        assertThat(app.settle("window.globalShortcutApi.register('Alt+Shift+F11', () => {})")).containsEntry("ok", true);
        assertThat(app.settle("window.globalShortcutApi.register('shift+alt+F11', () => {})").get("error").toString())
                .contains("HotKey already registered: HotKey { mods: Modifiers(ALT | SHIFT), key: F11");
        assertThat(app.settle("window.globalShortcutApi.unregister(['Alt+Shift+F11'])")).containsEntry("ok", true);
        assertThat(app.settle("window.globalShortcutApi.register('Ctrl+Nope', () => {})").get("error").toString())
                .contains("Couldn't recognize \"Nope\" as a valid key for hotkey");
        assertThat(app.settle("window.globalShortcutApi.isRegistered('Shift+Ctrl')").get("error").toString())
                .contains("Invalid hotkey format: \"Shift+Ctrl\"");
        PluginsIT.inBareWindow(app, () -> {
            Map<String, Object> r = app.settle("window.globalShortcutApi.register('Alt+F10', () => {})");
            assertThat(r).containsEntry("ok", false);
            assertThat((String) r.get("error")).contains("plugin:global-shortcut|register").contains("\"global-shortcut:allow-register\"");
        });
    }

    private static Object awaitEvents(String array, int count) {
        Map<String, Object> r = app.settle("""
                (async () => {
                  for (let i = 0; i < 200 && window.%s.length < %d; i++) await new Promise(done => setTimeout(done, 50));
                  return window.%s;
                })()""".formatted(array, count, array));
        assertThat(r).containsEntry("ok", true);
        assertThat((List<?>) r.get("value")).as(array).hasSize(count);
        return r.get("value");
    }

    /** Starts xmessage and gives it the keyboard focus, so that the app's window does not have it. */
    private static void focusOnAnotherClient() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("xmessage", "-title", "focus-holder", "the keyboard focus is here");
        pb.environment().put("DISPLAY", display.name());
        focusHolder = pb.start();
        xdotool("search", "--sync", "--name", "^focus-holder$", "windowfocus", "--sync");
        assertThat(xdotool("getwindowfocus", "getwindowname").strip()).isEqualTo("focus-holder");
    }

    private static String xdotool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("DISPLAY", display.name());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
        return out;
    }
}
