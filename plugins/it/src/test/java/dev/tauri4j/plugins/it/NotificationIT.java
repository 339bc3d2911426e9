package dev.tauri4j.plugins.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tauri4j.test.AppLauncher;
import dev.tauri4j.test.TauriDriver;
import dev.tauri4j.test.VirtualDisplay;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The notification plugin in a real window through the unchanged {@code @tauri-apps/plugin-notification}, on a
 * session bus of the test's own with a real notification server, dunst: what the page sends must arrive at dunst,
 * read back from {@code dunstctl history} (summary, body, icon, app name). Without a server, the page gets an error
 * that says so.
 */
class NotificationIT {

    private static final Path CONFIG = Path.of("target/test-classes/plugins-notification/tauri.conf.json").toAbsolutePath();
    private static VirtualDisplay display;
    private static DesktopSession session;
    private static Process dunst;
    private static TauriDriver app;
    private static Path icon;

    @BeforeAll
    static void launch() throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()), "notification-it");
        icon = dir.resolve("bell.png");
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(16, 16, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 16; y++) for (int x = 0; x < 16; x++) image.setRGB(x, y, 0xffd03030);
        javax.imageio.ImageIO.write(image, "png", icon.toFile());
        display = VirtualDisplay.startXvfb();
        session = DesktopSession.start();
        Path config = Files.writeString(dir.resolve("dunstrc"), "[global]\n    history_length = 50\n");
        dunst = session.daemon(display.name(), dir.resolve("dunst.log"), "dunst", "-config", config.toString());
        session.awaitName(display.name(), "org.freedesktop.Notifications");
        app = TauriDriver.start(AppLauncher.mainClass(PluginsApp.class).jvmArgs("-Dtauri.config=" + CONFIG)
                .env("DBUS_SESSION_BUS_ADDRESS", session.address()), display);
        app.driver().get("tauri://localhost/notification.html");
        new WebDriverWait(app.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("status"), "ready"));
    }

    @AfterAll
    static void close() {
        if (app != null) {
            System.out.println("---- app log ----\n" + app.appLog());
            app.close();
        }
        if (session != null) session.close();
        if (display != null) display.close();
    }

    /** dunst's history after closing what it shows (a shown notification enters the history when it closes). */
    private static List<Map<String, String>> history() throws Exception {
        session.run(display.name(), "dunstctl", "close-all");
        Thread.sleep(200);
        JsonNode json = new ObjectMapper().readTree(session.run(display.name(), "dunstctl", "history"));
        List<Map<String, String>> out = new ArrayList<>();
        for (JsonNode n : json.path("data").path(0)) {
            out.add(Map.of("summary", n.path("summary").path("data").asText(), "body", n.path("body").path("data").asText(),
                    "appname", n.path("appname").path("data").asText(), "icon", n.path("icon_path").path("data").asText()));
        }
        return out;
    }

    private static Map<String, String> awaitNotification(String summary) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            for (Map<String, String> n : history()) if (n.get("summary").equals(summary)) return n;
            Thread.sleep(200);
        }
        throw new AssertionError("dunst never got a notification titled " + summary + "; history: " + history());
    }

    @Test
    void theInitScriptReplacesWindowNotificationBeforeThePageRuns() {
        assertThat(app.settle("Promise.resolve(window.notificationAtStart)")).containsEntry("ok", true)
                .extractingByKey("value").isNotNull();
        assertThat(app.settle("Promise.resolve(window.Notification.permission)")).containsEntry("value", "granted");
        Map<String, Object> write = app.settle("(async () => { window.Notification.permission = 'denied'; })()");
        assertThat(write).containsEntry("ok", false);
        assertThat((String) write.get("error")).contains("Readonly property");
    }

    @Test
    void permissionIsGrantedAsOnTauriDesktop() {
        assertThat(app.settle("window.notificationApi.isPermissionGranted()")).containsEntry("value", true);
        assertThat(app.settle("window.notificationApi.requestPermission()")).containsEntry("value", "granted");
    }

    @Test
    void sendNotificationReachesTheNotificationServer() throws Exception {
        app.settle("Promise.resolve(window.notificationApi.sendNotification({title: 'Build done', body: 'tauri4j: 3 tests\\nall green', icon: "
                + "'" + icon + "'}))");
        Map<String, String> n = awaitNotification("Build done");
        assertThat(n).containsEntry("body", "tauri4j: 3 tests\nall green").containsEntry("appname", "plugins-notification")
                .containsEntry("icon", icon.toString());

        app.settle("Promise.resolve(window.notificationApi.sendNotification(\"Just a title, it's 'quoted'\"))");
        assertThat(awaitNotification("Just a title, it's 'quoted'")).containsEntry("body", "");

        app.settle("Promise.resolve(new window.Notification('From the Web API', {body: 'new Notification(...)'}))");
        assertThat(awaitNotification("From the Web API")).containsEntry("body", "new Notification(...)");
    }

    @Test
    void aWindowWithoutThePermissionIsRefused() {
        PluginsIT.inBareWindow(app, () -> {
            Map<String, Object> r = app.settle("window.__TAURI_INTERNALS__.invoke('plugin:notification|notify', {options: {title: 'bare'}})");
            assertThat(r).containsEntry("ok", false);
            assertThat((String) r.get("error")).contains("notification:allow-notify");
        });
    }

    @Test
    void withoutANotificationServerThePageGetsAnErrorThatSaysSo() throws Exception {
        dunst.destroy();
        dunst.waitFor();
        try {
            Map<String, Object> r = app.settle("window.__TAURI_INTERNALS__.invoke('plugin:notification|notify', {options: {title: 'nobody'}})");
            assertThat(r).containsEntry("ok", false);
            assertThat((String) r.get("error")).contains("no notification server is running").contains("org.freedesktop.Notifications");
        } finally {
            dunst = session.daemon(display.name(), Files.createTempFile(Path.of("target").toAbsolutePath(), "dunst", ".log"),
                    "dunst");
            session.awaitName(display.name(), "org.freedesktop.Notifications");
        }
    }
}
