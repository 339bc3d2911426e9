package dev.tauri4j.examples.echo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.test.AppLauncher;
import dev.tauri4j.test.TauriDriver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The echo plugin in a real window ({@link EchoApp} under WebKitWebDriver), called through its JS API: what
 * {@code echo:default} grants answers, what it does not grant is denied naming the permission, the plugin's state
 * and settings reach its commands, its script ran at document start, and the scoped {@code welcome} (an
 * {@code @Command} method of the plugin class) greets only whom its scope allows, a capability's deny entry winning.
 */
class EchoPluginIT {

    private static TauriDriver app;

    @BeforeAll
    static void launch() {
        Path config = Path.of("target/test-classes/echo-e2e/tauri.conf.json").toAbsolutePath();
        app = TauriDriver.start(AppLauncher.mainClass(EchoApp.class).jvmArgs("-Dtauri.config=" + config));
        app.driver().get("tauri://localhost/index.html");
        new WebDriverWait(app.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("status"), "ready"));
    }

    @AfterAll
    static void close() {
        if (app != null) {
            System.out.println("---- app log ----\n" + app.appLog());
            app.close();
        }
    }

    /** Settles {@code call}, an expression over {@code echoApi} (the page's {@code window.echoApi}). */
    private static Map<String, Object> call(String call) {
        return app.settle("window." + call);
    }

    @Test
    void theDefaultSetGrantsEchoCountAndGreetWithStateAndSettings() {
        assertThat(call("echoApi.echo('hi there')")).containsEntry("ok", true).containsEntry("value", "hi there");
        long first = ((Number) call("echoApi.count()").get("value")).longValue();
        assertThat(((Number) call("echoApi.count()").get("value")).longValue()).isEqualTo(first + 1);
        assertThat(call("echoApi.greet('Ann')")).containsEntry("value", "Howdy, Ann");
    }

    @Test
    void aCommandOutsideTheGrantIsDeniedNamingThePermission() {
        Map<String, Object> r = call("echoApi.shout('hi')");
        assertThat(r).containsEntry("ok", false);
        assertThat((String) r.get("error")).contains("plugin:echo|shout").contains("\"echo:allow-shout\"");
    }

    @Test
    void aScopedCommandAnswersWithinItsScope() {
        // command scope: echo:default includes allow-welcome-friends, whose permission file allows ada and bob
        assertThat(call("echoApi.welcome('ada')")).containsEntry("ok", true).containsEntry("value", "Howdy, ada! Welcome.");
        // global scope: the scope-only echo:scope-guests allows carol for every scoped echo command
        assertThat(call("echoApi.welcome('carol')")).containsEntry("ok", true).containsEntry("value", "Howdy, carol! Welcome.");
    }

    @Test
    void aScopedCommandRefusesWhatItsScopeDoesNotAllow() {
        Map<String, Object> r = call("echoApi.welcome('mallory')");
        assertThat(r).containsEntry("ok", false);
        assertThat((String) r.get("error")).contains("echo will not welcome 'mallory': no allow entry of the welcome scope names it")
                .contains("Fix: grant {\"identifier\": \"echo:allow-welcome-friends\"");
    }

    @Test
    void aCapabilitysDenyEntryWinsOverThePermissionFilesAllow() {
        Map<String, Object> r = call("echoApi.welcome('bob')");
        assertThat(r).containsEntry("ok", false);
        assertThat((String) r.get("error")).contains("echo will not welcome 'bob': it is denied by capabilities/default.json permissions[3].deny[0]");
    }

    @Test
    void thePluginsScriptRanAtDocumentStartBeforeThePage() {
        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) app.executeAsync("return window.seenByFirstPageScript");
        assertThat(seen).containsEntry("greeting", "Howdy").containsEntry("readyState", "loading");
    }

    @Test
    void aCapabilityNamingAnUnknownEchoPermissionStopsTheStart(@TempDir Path dir) throws Exception {
        Path config = Files.copy(Path.of("target/test-classes/echo-e2e/tauri.conf.json"), dir.resolve("tauri.conf.json"));
        Files.createDirectories(dir.resolve("capabilities"));
        Files.writeString(dir.resolve("capabilities/default.json"),
                "{\"identifier\": \"default\", \"windows\": [\"main\"], \"permissions\": [\"echo:allow-nope\"]}");
        String out = startFails(AppLauncher.mainClass(EchoApp.class).jvmArgs("-Dtauri.config=" + config));
        assertThat(out).contains("capabilities/default.json: permissions[0] \"echo:allow-nope\" is not a permission tauri4j knows")
                .contains("plugin \"echo\" has").contains("echo:allow-shout").contains("echo:default");
    }

    // the check runs before the platform starts, so no display is needed for this one
    private static String startFails(AppLauncher launcher) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(launcher.command()).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the app stops by itself").isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isNotZero();
        return out;
    }
}
