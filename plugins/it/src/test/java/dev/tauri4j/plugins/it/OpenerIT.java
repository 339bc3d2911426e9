package dev.tauri4j.plugins.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.test.AppLauncher;
import dev.tauri4j.test.TauriDriver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The opener plugin in a real window through the unchanged {@code @tauri-apps/plugin-opener}, with create-tauri-app's
 * capability ({@code core:default} + {@code opener:default}) and one more for paths and a named program. The app's
 * {@code PATH} starts with stand-ins that write down their arguments: {@code xdg-open}, {@code gdbus} (FileManager1)
 * and {@code fake-browser}; so the test sees what the desktop was asked to open, and that a refused URL never got there.
 */
class OpenerIT {

    private static final Path CONFIG = Path.of("target/test-classes/plugins-opener/tauri.conf.json").toAbsolutePath();
    private static Path dir;
    private static Path temp;
    private static TauriDriver app;

    @BeforeAll
    static void launch() throws Exception {
        dir = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()), "opener-it");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        temp = Files.createDirectories(dir.resolve("tmp"));
        recorder(bin.resolve("xdg-open"), "xdg-open", "");
        // gdbus fails while the file "gdbus-fails" exists, as it does where no file manager owns the bus name
        recorder(bin.resolve("gdbus"), "gdbus", "[ -e '" + dir.resolve("gdbus-fails") + "' ] && exit 1\n");
        recorder(bin.resolve("fake-browser"), "fake-browser", "");
        app = PluginsIT.start(AppLauncher.mainClass(PluginsApp.class).jvmArgs("-Dtauri.config=" + CONFIG)
                .env("PATH", bin + ":" + System.getenv("PATH")).env("TMPDIR", temp.toString()));
    }

    /** A script that appends "name arg1|arg2|..." to calls.txt, after {@code before}. */
    private static void recorder(Path script, String name, String before) throws IOException {
        Files.writeString(script, "#!/bin/sh\n" + before + "{ printf '%s' '" + name + "'; sep=' '; for a in \"$@\"; do printf '%s%s' \"$sep\" \"$a\"; sep='|'; done; echo; } >> '"
                + dir.resolve("calls.txt") + "'\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @AfterAll
    static void close() {
        if (app != null) {
            System.out.println("---- app log ----\n" + app.appLog());
            app.close();
        }
    }

    private static List<String> calls() {
        try {
            Path file = dir.resolve("calls.txt");
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitCall(String line) {
        new WebDriverWait(app.driver(), Duration.ofSeconds(10)).until(d -> calls().contains(line));
    }

    @Test
    void openUrlHandsAnHttpsUrlToXdgOpen() {
        assertThat(app.settle("window.openerApi.openUrl('https://example.com')")).containsEntry("ok", true);
        awaitCall("xdg-open https://example.com");
        assertThat(app.settle("window.openerApi.openUrl('mailto:ann@example.com')")).containsEntry("ok", true);
        awaitCall("xdg-open mailto:ann@example.com");
    }

    @Test
    void urlsOutsideTheDefaultUrlsAreRefusedBeforeAnythingStarts() throws Exception {
        for (String url : List.of("file:///etc/passwd", "javascript:alert(1)")) {
            Map<String, Object> r = app.settle("window.openerApi.openUrl(" + quote(url) + ")");
            assertThat(r).containsEntry("ok", false);
            assertThat((String) r.get("error")).contains("Not allowed to open url " + url).contains("opener:allow-open-url");
        }
        // a granted URL afterwards: once it is written down, the refused ones would have been too
        assertThat(app.settle("window.openerApi.openUrl('https://example.com/after-refusals')")).containsEntry("ok", true);
        awaitCall("xdg-open https://example.com/after-refusals");
        assertThat(calls()).noneMatch(c -> c.contains("/etc/passwd") || c.contains("javascript:"));
    }

    @Test
    void withRunsTheNamedProgramOnlyWhereAScopeEntryNamesIt() {
        assertThat(app.settle("window.openerApi.openUrl('https://example.org/page', 'fake-browser')")).containsEntry("ok", true);
        awaitCall("fake-browser https://example.org/page");
        Map<String, Object> r = app.settle("window.openerApi.openUrl('https://example.com/x', 'fake-browser')");
        assertThat(r).containsEntry("ok", false);
        assertThat((String) r.get("error")).contains("Not allowed to open url https://example.com/x with fake-browser");
    }

    @Test
    void openPathOpensAFileInsideThePathScopeAndRefusesOthers() throws Exception {
        Path allowed = Files.writeString(Files.createDirectories(temp.resolve("allowed")).resolve("notes.txt"), "x");
        Path secret = Files.writeString(Files.createDirectories(temp.resolve("allowed/private")).resolve("key.txt"), "x");
        assertThat(app.settle("window.openerApi.openPath(" + quote(allowed.toString()) + ")")).containsEntry("ok", true);
        awaitCall("xdg-open " + allowed);
        for (String path : List.of("/etc/passwd", secret.toString(), temp.resolve("allowed/../outside.txt").toString())) {
            Map<String, Object> r = app.settle("window.openerApi.openPath(" + quote(path) + ")");
            assertThat(r).as(path).containsEntry("ok", false);
            assertThat((String) r.get("error")).contains("Not allowed to open path " + path).contains("opener:allow-open-path");
        }
        Map<String, Object> missing = app.settle("window.openerApi.openPath(" + quote(temp.resolve("allowed/missing.txt").toString()) + ")");
        assertThat(missing).containsEntry("ok", false);
        assertThat((String) missing.get("error")).contains("No such file or directory: " + temp.resolve("allowed/missing.txt"));
        assertThat(calls()).noneMatch(c -> c.contains("missing.txt"));
    }

    @Test
    void revealItemInDirAsksTheFileManagerAndOpensTheFolderWhereNoneAnswers() throws Exception {
        Path a = Files.writeString(temp.resolve("reveal a.txt"), "a");
        Path b = Files.writeString(temp.resolve("reveal-b.txt"), "b");
        assertThat(app.settle("window.openerApi.revealItemInDir([" + quote(a.toString()) + ", " + quote(b.toString()) + "])"))
                .containsEntry("ok", true);
        assertThat(calls()).contains("gdbus call|--session|--dest|org.freedesktop.FileManager1|--object-path|/org/freedesktop/FileManager1"
                + "|--timeout|5|--method|org.freedesktop.FileManager1.ShowItems|['" + a.toUri() + "', '" + b.toUri() + "']|");
        Files.writeString(dir.resolve("gdbus-fails"), "");
        try {
            Path c = Files.writeString(Files.createDirectories(temp.resolve("folder")).resolve("c.txt"), "c");
            assertThat(app.settle("window.openerApi.revealItemInDir(" + quote(c.toString()) + ")")).containsEntry("ok", true);
            awaitCall("xdg-open " + temp.resolve("folder"));
        } finally {
            Files.delete(dir.resolve("gdbus-fails"));
        }
        Map<String, Object> missing = app.settle("window.openerApi.revealItemInDir('/no/such/file')");
        assertThat(missing).containsEntry("ok", false);
        assertThat((String) missing.get("error")).contains("No such file or directory: /no/such/file");
    }

    @Test
    void theInitScriptSendsABlankTargetLinkToTheOpener() {
        app.executeAsync("""
                const a = document.createElement('a'); a.href = 'https://example.com/from-a-link'; a.target = '_blank';
                a.textContent = 'link'; document.body.appendChild(a); a.click(); a.remove(); return null;""");
        awaitCall("xdg-open https://example.com/from-a-link");
        assertThat(app.driver().getCurrentUrl()).isEqualTo("tauri://localhost/index.html");
    }

    @Test
    void inAWindowWithoutTheOpenersPermissionsOpenUrlIsDenied() {
        PluginsIT.inBareWindow(app, () -> {
            Map<String, Object> r = app.settle("window.openerApi.openUrl('https://example.com/from-bare')");
            assertThat(r).containsEntry("ok", false);
            assertThat((String) r.get("error")).contains("plugin:opener|open_url").contains("\"opener:allow-open-url\"");
        });
        assertThat(calls()).noneMatch(c -> c.contains("from-bare"));
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
