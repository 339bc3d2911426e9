package dev.tauri4j.plugins.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.test.TauriDriver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fs plugin in a real window through the unchanged {@code @tauri-apps/plugin-fs}: the capability
 * ({@code capabilities/fs.json}) grants {@code fs:allow-appdata-write-recursive} and
 * {@code fs:allow-appdata-read-recursive} to the main window only, so $APPDATA reads and writes, a path outside it is
 * refused with Tauri's {@code forbidden path}, and the bare window is denied naming the permission.
 */
class FsIT {

    private static Path dataHome;
    private static TauriDriver app;

    @BeforeAll
    static void launch() throws Exception {
        dataHome = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()), "xdg-data-fs");
        app = PluginsIT.start(PluginsIT.launcher(dataHome));
    }

    @AfterAll
    static void close() {
        if (app != null) {
            System.out.println("---- app log ----\n" + app.appLog());
            app.close();
        }
    }

    private static Path appData() {
        return dataHome.resolve("dev.tauri4j.plugins.e2e");
    }

    @Test
    @SuppressWarnings("unchecked")
    void writesAndReadsTextInAppData() throws Exception {
        Map<String, Object> r = app.settle("""
                (async () => {
                  const fs = window.fsApi, o = {baseDir: fs.BaseDirectory.AppData};
                  await fs.mkdir('', {...o, recursive: true});
                  await fs.mkdir('notes', o);
                  await fs.writeTextFile('notes/hello.txt', 'grüß dich', o);
                  await fs.writeTextFile('notes/hello.txt', '!\\nsecond line', {...o, append: true});
                  const lines = [];
                  for await (const line of await fs.readTextFileLines('notes/hello.txt', o)) lines.push(line);
                  const info = await fs.stat('notes/hello.txt', o);
                  return {text: await fs.readTextFile('notes/hello.txt', o), lines,
                          exists: await fs.exists('notes/hello.txt', o), missing: await fs.exists('notes/nope', o),
                          names: (await fs.readDir('notes', o)).map(e => e.name + ':' + e.isFile),
                          isFile: info.isFile, size: info.size, mtime: info.mtime instanceof Date};
                })()""");
        assertThat(r).containsEntry("ok", true);
        assertThat((Map<String, Object>) r.get("value")).containsEntry("text", "grüß dich!\nsecond line")
                .containsEntry("exists", true).containsEntry("missing", false).containsEntry("isFile", true)
                .containsEntry("mtime", true).containsEntry("size", 24L)
                .containsEntry("lines", java.util.List.of("grüß dich!", "second line"))
                .containsEntry("names", java.util.List.of("hello.txt:true"));
        assertThat(appData().resolve("notes/hello.txt")).hasContent("grüß dich!\nsecond line");
    }

    @Test
    void aReadOutsideTheScopeIsRefused() throws Exception {
        Path secret = Files.writeString(dataHome.resolve("outside.txt"), "secret");
        Map<String, Object> r = app.settle("window.fsApi.readTextFile(" + quote(secret.toString()) + ")");
        assertThat(r).containsEntry("ok", false).containsEntry("error", "forbidden path: " + secret);
        Map<String, Object> escape = app.settle("window.fsApi.readTextFile('../outside.txt', {baseDir: window.fsApi.BaseDirectory.AppData})");
        assertThat(escape).containsEntry("ok", false);
        assertThat((String) escape.get("error")).startsWith("forbidden path: ");
        Map<String, Object> write = app.settle("window.fsApi.writeTextFile(" + quote(dataHome.resolve("new.txt").toString()) + ", 'x')");
        assertThat(write).containsEntry("ok", false).containsEntry("error", "forbidden path: " + dataHome.resolve("new.txt"));
        assertThat(dataHome.resolve("new.txt")).doesNotExist();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFewMegabytesRoundTripAsBinary() {
        Map<String, Object> r = app.settle("""
                (async () => {
                  const fs = window.fsApi, o = {baseDir: fs.BaseDirectory.AppData};
                  await fs.mkdir('', {...o, recursive: true});
                  const data = new Uint8Array(4 * 1024 * 1024);
                  for (let i = 0; i < data.length; i++) data[i] = (i * 2654435761) >>> 24;
                  await fs.writeFile('big.bin', data, o);
                  const back = await fs.readFile('big.bin', o);
                  let same = back.length === data.length;
                  for (let i = 0; same && i < data.length; i++) same = back[i] === data[i];
                  const f = await fs.open('big.bin', {...o, read: true, write: true});
                  await f.seek(1024, fs.SeekMode.Start);
                  const buf = new Uint8Array(16);
                  const n = await f.read(buf);
                  await f.write(new Uint8Array([1, 2, 3]));
                  const size = (await f.stat()).size;
                  await f.close();
                  return {same, length: back.length, n, chunk: Array.from(buf).join(',') === Array.from(data.slice(1024, 1040)).join(','), size};
                })()""");
        assertThat(r).containsEntry("ok", true);
        assertThat((Map<String, Object>) r.get("value")).containsEntry("same", true).containsEntry("length", 4L * 1024 * 1024)
                .containsEntry("n", 16L).containsEntry("chunk", true).containsEntry("size", 4L * 1024 * 1024);
    }

    @Test
    void watchImmediateReportsAFileCreatedInAppData() {
        Map<String, Object> r = app.settle("""
                (async () => {
                  const fs = window.fsApi, o = {baseDir: fs.BaseDirectory.AppData};
                  await fs.mkdir('watched', {...o, recursive: true});
                  const seen = [];
                  const stop = await fs.watchImmediate('watched', e => seen.push(e), o);
                  await fs.writeTextFile('watched/new.txt', 'x', o);
                  for (let i = 0; i < 100 && !seen.some(e => e.type.create); i++) await new Promise(r => setTimeout(r, 100));
                  stop();
                  const created = seen.find(e => e.type.create);
                  return created ? {kind: created.type.create.kind, path: created.paths[0]} : {seen: JSON.stringify(seen)};
                })()""");
        assertThat(r).containsEntry("ok", true);
        assertThat(r.get("value")).isEqualTo(Map.of("kind", "file", "path", appData().resolve("watched/new.txt").toString()));
    }

    @Test
    void theBareWindowIsDeniedNamingThePermission() {
        PluginsIT.inBareWindow(app, () -> {
            Map<String, Object> r = app.settle("window.fsApi.readTextFile('x', {baseDir: window.fsApi.BaseDirectory.AppData})");
            assertThat(r).containsEntry("ok", false);
            assertThat((String) r.get("error")).contains("plugin:fs|read_text_file").contains("\"fs:allow-read-text-file\"");
            Map<String, Object> w = app.settle("window.fsApi.writeFile('/tmp/x', new Uint8Array([1]))");
            assertThat((String) w.get("error")).contains("plugin:fs|write_file").contains("\"fs:allow-write-file\"");
        });
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
