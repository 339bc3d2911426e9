package dev.tauri4j.plugins.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.test.TauriDriver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The store plugin through the unchanged {@code @tauri-apps/plugin-store}: values set from the page survive a page
 * reload and a restart of the app, the file in {@code $APPDATA} is the pretty JSON Tauri writes, changes arrive on
 * {@code onChange}, and a window whose capability lacks {@code store:default} is denied naming the permission.
 */
class StoreIT {

    @Test
    @SuppressWarnings("unchecked")
    void aValueSurvivesReloadAndRestartAndTheFileIsTaurisJson() throws Exception {
        Path dataHome = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()), "xdg-store");
        Path file = dataHome.resolve("dev.tauri4j.plugins.e2e/settings.json");
        try (TauriDriver app = PluginsIT.start(PluginsIT.launcher(dataHome))) {
            try {
                Map<String, Object> r = app.settle("""
                        (async () => {
                          const store = await window.storeApi.load('settings.json', { autoSave: false, defaults: { volume: 5 } });
                          const seen = [];
                          const unlisten = await store.onChange((key, value) => seen.push([key, value === undefined ? 'gone' : value]));
                          await store.set('theme', { dark: true, accent: 'teal' });
                          await store.set('tmp', 1);
                          const deleted = await store.delete('tmp');
                          await store.save();
                          for (let i = 0; i < 100 && seen.length < 2; i++) await new Promise(d => setTimeout(d, 20));
                          unlisten();
                          return { seen, deleted, has: await store.has('theme'), keys: await store.keys(), length: await store.length(),
                                   entries: await store.entries(), missing: (await store.get('nope')) === undefined,
                                   again: (await window.storeApi.getStore('settings.json')).rid === store.rid };
                        })()""");
                assertThat(r).containsEntry("ok", true);
                Map<String, Object> v = (Map<String, Object>) r.get("value");
                assertThat(v).containsEntry("deleted", true).containsEntry("has", true).containsEntry("length", 2L)
                        .containsEntry("missing", true).containsEntry("again", true)
                        .containsEntry("keys", List.of("volume", "theme"));
                assertThat((List<Object>) v.get("seen")).containsExactly(
                        List.of("theme", Map.of("dark", true, "accent", "teal")), List.of("tmp", 1L), List.of("tmp", "gone"));
                assertThat(Files.readString(file)).isEqualTo("{\n  \"volume\": 5,\n  \"theme\": {\n    \"dark\": true,\n    \"accent\": \"teal\"\n  }\n}");

                app.driver().navigate().refresh();
                new WebDriverWait(app.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("status"), "ready"));
                assertThat(app.settle("(async () => (await (await window.storeApi.load('settings.json')).get('theme')).accent)()"))
                        .containsEntry("value", "teal");
            } finally {
                System.out.println("---- app log ----\n" + app.appLog());
            }
        }
        Files.writeString(file, Files.readString(file).replace("teal", "plum")); // the next run reads the disk, not memory
        try (TauriDriver app = PluginsIT.start(PluginsIT.launcher(dataHome))) {
            assertThat(app.settle("""
                    (async () => { const s = await window.storeApi.load('settings.json');
                      const accent = (await s.get('theme')).accent;
                      await s.reset();
                      return [accent, await s.keys()]; })()""")).containsEntry("value", List.of("plum", List.of()));
            Map<String, Object> missing = app.settle("(async () => { const s = await window.storeApi.load('other.json'); "
                    + "return await s.reload(); })()");
            assertThat(missing).containsEntry("ok", false);
            assertThat((String) missing.get("error")).contains("No such file or directory");
        }
    }

    @Test
    void withoutStoreDefaultTheWindowIsDeniedNamingThePermission() throws Exception {
        Path dataHome = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()), "xdg-store");
        try (TauriDriver app = PluginsIT.start(PluginsIT.launcher(dataHome))) {
            String main = app.driver().getWindowHandle();
            new WebDriverWait(app.driver(), Duration.ofSeconds(10)).until(d -> d.getWindowHandles().size() >= 2);
            String bare = app.driver().getWindowHandles().stream().filter(h -> !h.equals(main)).findFirst().orElseThrow();
            app.driver().switchTo().window(bare);
            new WebDriverWait(app.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("status"), "ready"));
            Map<String, Object> r = app.settle("window.storeApi.load('settings.json')");
            assertThat(r).containsEntry("ok", false);
            assertThat((String) r.get("error")).contains("plugin:store|load").contains("\"store:allow-load\"");
        }
    }
}
