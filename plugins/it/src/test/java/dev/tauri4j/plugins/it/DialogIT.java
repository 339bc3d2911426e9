package dev.tauri4j.plugins.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.test.AppLauncher;
import dev.tauri4j.test.TauriDriver;
import dev.tauri4j.test.VirtualDisplay;
import dev.tauri4j.test.WindowManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dialog plugin's real GTK dialogs, opened by the unchanged {@code @tauri-apps/plugin-dialog} in a real window
 * (under openbox, so dialogs get focus as on a desktop) and answered as a user would, with xdotool key presses:
 * the file chooser by typing a path (ctrl+L, the path, Enter), the message dialog with Enter or Escape. Each
 * dialog must be transient for (parented to) the app's window, and the page must get what Tauri answers.
 * Screenshots of the dialogs land in {@code target/dialog-*.png}.
 */
class DialogIT {

    private static final Path CONFIG = Path.of("target/test-classes/plugins-dialog/tauri.conf.json").toAbsolutePath();
    private static VirtualDisplay display;
    private static WindowManager wm;
    private static TauriDriver app;
    private static Path files;

    @BeforeAll
    static void launch() throws IOException {
        files = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()), "dialog-files");
        display = VirtualDisplay.startXvfb();
        wm = WindowManager.openbox(display);
        app = TauriDriver.start(AppLauncher.mainClass(PluginsApp.class).jvmArgs("-Dtauri.config=" + CONFIG)
                .env("HOME", files.toString()), display);
        app.driver().get("tauri://localhost/dialog.html");
        new WebDriverWait(app.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("status"), "ready"));
    }

    @AfterAll
    static void close() {
        if (app != null) {
            System.out.println("---- app log ----\n" + app.appLog());
            app.close();
        }
        if (wm != null) wm.close();
        if (display != null) display.close();
    }

    @Test
    void openWithMultipleAndFiltersAnswersTheTypedPathAsAList() throws Exception {
        Path notes = Files.writeString(files.resolve("notes.txt"), "hello");
        start("window.dialogApi.open({title: 'Pick notes', multiple: true, filters: [{name: 'Text', extensions: ['txt', 'md']}]})");
        String dialog = parentedDialog("Pick notes", "dialog-open.png");
        x("xdotool", "key", "--clearmodifiers", "ctrl+l");
        Thread.sleep(300);
        x("xdotool", "type", "--delay", "20", notes.toString());
        Thread.sleep(300);
        x("xdotool", "key", "Return");
        assertThat(result()).containsEntry("ok", true).containsEntry("value", List.of(notes.toString()));
    }

    /**
     * A pick joins the fs and asset-protocol scopes for the app's run, as Tauri's dialog commands do: the fs scope of
     * this window allows no path, yet the picked file reads through {@code @tauri-apps/plugin-fs} and loads through
     * {@code convertFileSrc}; its sibling stays refused by both.
     */
    @Test
    void aPickedFileBecomesReadableThroughFsAndTheAssetProtocolButItsSiblingDoesNot() throws Exception {
        Path dir = Files.createDirectories(files.resolve("picks"));
        Path picked = Files.writeString(dir.resolve("picked.txt"), "picked by the user");
        Path sibling = Files.writeString(dir.resolve("sibling.txt"), "not picked");
        assertThat(read(picked)).as("before the pick").containsEntry("ok", false);
        assertThat(asset(picked)).as("before the pick").isEqualTo("403 ");

        start("window.dialogApi.open({title: 'Pick one'})");
        parentedDialog("Pick one", "dialog-open-grant.png");
        typePathAndEnter(picked);
        assertThat(result()).containsEntry("ok", true).containsEntry("value", picked.toString());

        assertThat(read(picked)).containsEntry("ok", true).containsEntry("value", "picked by the user");
        assertThat(asset(picked)).isEqualTo("200 picked by the user");
        Map<String, Object> refused = read(sibling);
        assertThat(refused).containsEntry("ok", false);
        assertThat((String) refused.get("error")).contains("forbidden path: " + sibling);
        assertThat(asset(sibling)).isEqualTo("403 ");
    }

    /** A directory picked with {@code recursive} opens everything below it to fs, except what a deny entry names. */
    @Test
    void aPickedDirectoryOpensWhatIsBelowItButNotADeniedFile() throws Exception {
        Path album = Files.createDirectories(files.resolve("album"));
        Path track = Files.writeString(Files.createDirectories(album.resolve("disc1")).resolve("track.txt"), "track one");
        Path denied = Files.writeString(album.resolve("disc1/denied-notes.txt"), "private");
        assertThat(read(track)).as("before the pick").containsEntry("ok", false);

        start("window.dialogApi.open({title: 'Pick a folder', directory: true, recursive: true, defaultPath: '" + album + "'})");
        parentedDialog("Pick a folder", "dialog-open-folder.png");
        // typing a folder's path would go into it (GTK also completes a lone subfolder): start in it and press Open
        x("xdotool", "key", "--clearmodifiers", "alt+o");
        assertThat(result()).containsEntry("ok", true).containsEntry("value", album.toString());

        assertThat(read(track)).containsEntry("ok", true).containsEntry("value", "track one");
        assertThat(read(denied)).as("fs:scope's deny entry wins over the pick").containsEntry("ok", false);
        assertThat(asset(track)).isEqualTo("200 track one");
        assertThat(asset(denied)).as("the asset scope's deny entry wins too").isEqualTo("403 ");
    }

    private static Map<String, Object> read(Path file) {
        return app.settle("window.fsApi.readTextFile('" + file + "')");
    }

    /** The status and body of a convertFileSrc URL. */
    private static String asset(Path file) {
        return (String) app.executeAsync("const r = await fetch(window.convertFileSrc(arguments[0])); return r.status + ' ' + await r.text();",
                file.toString());
    }

    private static void typePathAndEnter(Path path) throws InterruptedException {
        x("xdotool", "key", "--clearmodifiers", "ctrl+l");
        Thread.sleep(300);
        x("xdotool", "type", "--delay", "20", path.toString());
        Thread.sleep(300);
        x("xdotool", "key", "Return");
    }

    @Test
    void askIsTrueForEnterOnYesAndFalseForEscape() throws Exception {
        start("window.dialogApi.ask('Delete everything?', {title: 'Question', kind: 'warning'})");
        String dialog = parentedDialog("Question", "dialog-ask.png");
        // while the user thinks, the page and other commands go on: neither the UI thread nor the command's waits
        assertThat(app.settle("window.__TAURI_INTERNALS__.invoke('plugin:app|version')")).containsEntry("ok", true);
        x("xdotool", "key", "Return");
        assertThat(result()).containsEntry("ok", true).containsEntry("value", true);

        start("window.dialogApi.ask('Really?', 'Second question')");
        dialog = parentedDialog("Second question", "dialog-ask-escape.png");
        x("xdotool", "key", "Escape");
        assertThat(result()).containsEntry("ok", true).containsEntry("value", false);
    }

    @Test
    void theInitScriptsConfirmIsANativeOkCancelDialog() throws Exception {
        start("window.confirm('Proceed?')");
        String dialog = parentedDialog("plugins-dialog", "dialog-confirm.png"); // no title: the product name
        x("xdotool", "key", "Return");
        assertThat(result()).containsEntry("ok", true).containsEntry("value", true);
    }

    @Test
    void saveProposesTheDefaultPathsNameInItsFolderAndAnswersThePath() throws Exception {
        // a folder other than $HOME, where GTK would start by itself
        Path report = Files.createDirectories(files.resolve("reports")).resolve("report.txt");
        start("window.dialogApi.save({title: 'Save report', defaultPath: '" + report + "', filters: [{name: 'Text', extensions: ['txt']}]})");
        parentedDialog("Save report", "dialog-save.png");
        x("xdotool", "key", "Return"); // the proposed name, in the proposed folder
        assertThat(result()).containsEntry("ok", true).containsEntry("value", report.toString());
    }

    @Test
    void inAWindowWithoutDialogPermissionsEveryDialogIsDeniedNamingItsPermission() {
        PluginsIT.inBareWindow(app, () -> {
            Map<String, Object> open = app.settle("window.dialogApi.open()");
            assertThat(open).containsEntry("ok", false);
            assertThat((String) open.get("error")).contains("plugin:dialog|open").contains("\"dialog:allow-open\"");
            Map<String, Object> ask = app.settle("window.dialogApi.ask('Sure?')");
            assertThat((String) ask.get("error")).contains("plugin:dialog|message").contains("\"dialog:allow-message\"");
        });
    }

    /** Starts {@code expression} without waiting: its outcome lands in {@code window.dialogResult}. */
    private static void start(String expression) {
        app.executeAsync("""
                window.dialogResult = undefined;
                Promise.resolve().then(() => %s).then(value => { window.dialogResult = {ok: true, value: value}; },
                    e => { window.dialogResult = {ok: false, error: String(e)}; });
                return null;""".formatted(expression));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> result() {
        return (Map<String, Object>) new WebDriverWait(app.driver(), Duration.ofSeconds(20))
                .until(d -> app.executeAsync("return window.dialogResult || null"));
    }

    /** The dialog titled {@code title}, once it is mapped, after checking it is transient for the app's window. */
    private static String parentedDialog(String title, String screenshot) throws Exception {
        String dialog = waitForWindow(title);
        String main = waitForWindow("dialog plugin");
        String transientFor = x("xprop", "-id", dialog, "WM_TRANSIENT_FOR");
        assertThat(transientFor).as("the dialog's WM_TRANSIENT_FOR").endsWith("# 0x" + Long.toHexString(Long.parseLong(main)));
        x("xdotool", "windowactivate", "--sync", dialog);
        Thread.sleep(300); // let the dialog draw before the screenshot
        Path shot = Path.of("target").toAbsolutePath().resolve(screenshot);
        Files.deleteIfExists(shot);
        x("scrot", shot.toString()); // the whole X screen: WebDriver's screenshots show only the page
        return dialog;
    }

    private static String waitForWindow(String title) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < end) {
            String ids = x("xdotool", "search", "--onlyvisible", "--name", "^" + title + "$");
            if (!ids.isEmpty()) return ids.lines().reduce((a, b) -> b).orElseThrow();
            Thread.sleep(100);
        }
        throw new AssertionError("no visible X window titled '" + title + "' within 20 s; the page's call settled as "
                + app.executeAsync("return window.dialogResult || null") + "\n" + wm.describe() + "\n" + app.appLog());
    }

    private static String x(String... command) {
        return display.run(command);
    }
}
