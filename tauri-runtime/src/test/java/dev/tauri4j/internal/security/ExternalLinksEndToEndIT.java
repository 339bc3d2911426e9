package dev.tauri4j.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.test.AppLauncher;
import dev.tauri4j.test.TauriDriver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An app that opted in with {@code openExternalLinksInBrowser(true)}: external links go to the system browser
 * (here a stand-in {@code xdg-open} on the PATH that writes down what it was given), never into the app.
 */
class ExternalLinksEndToEndIT {

    @Test
    void externalLinksGoToTheSystemBrowserAndNeverIntoTheApp(@TempDir Path dir) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path opened = dir.resolve("opened.txt");
        Path opener = Files.writeString(bin.resolve("xdg-open"), "#!/bin/sh\nprintf '%s\\n' \"$1\" >> '" + opened + "'\n");
        Files.setPosixFilePermissions(opener, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(dir.resolve("tauri.conf.json"), "{\"identifier\": \"dev.tauri4j.links\", \"app\": {\"security\": "
                + "{\"capabilities\": [{\"identifier\": \"none\", \"windows\": [\"main\"], \"permissions\": []}]}}}");
        try (AttackServer site = new AttackServer();
                TauriDriver app = TauriDriver.start(AppLauncher.mainClass(AttackApp.class)
                        .jvmArgs("-Dtauri.config=" + dir.resolve("tauri.conf.json"), "-Dattack.openLinks=true")
                        .env("PATH", bin + ":" + System.getenv("PATH")))) {
            app.driver().get("tauri://localhost/index.html");
            int handles = app.driver().getWindowHandles().size();
            Map<String, Object> r = Attempts.map(app.executeAsync("""
                    const url = arguments[0];
                    const w = window.open(url + '/popup');
                    const a = document.createElement('a'); a.href = url + '/blank'; a.target = '_blank';
                    document.body.appendChild(a); a.click(); a.remove();
                    window.open('file:///etc/passwd');
                    location.href = url + '/away';
                    await new Promise(r => setTimeout(r, 800));
                    return { opened: w === null ? 'null' : 'window', href: location.href };""", site.origin()));
            try {
                new WebDriverWait(app.driver(), Duration.ofSeconds(10)).until(d -> lines(opened).size() >= 3);
            } finally {
                System.out.println("---- app log ----\n" + app.appLog());
            }
            assertThat(lines(opened)).containsExactlyInAnyOrder(site.origin() + "/popup", site.origin() + "/blank", site.origin() + "/away");
            assertThat(r).containsEntry("opened", "null").containsEntry("href", "tauri://localhost/index.html");
            assertThat(app.driver().getWindowHandles()).hasSize(handles);
            assertThat(site.requests).isEmpty();
            System.out.println(CapabilityAttackIT.rowText("opted in (`openExternalLinksInBrowser(true)`): `window.open`, `_blank`, `location.href` to http; `window.open` of file:///etc/passwd",
                    4, "the 3 http URLs handed to xdg-open, file: refused; no window, the app stays, the site saw no request from the app"));
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
