package dev.tauri4j.plugins.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.plugins.os.Os;
import dev.tauri4j.test.AppLauncher;
import dev.tauri4j.test.TauriDriver;
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
 * The os, process and log plugins in a real window ({@link PluginsApp} under WebKitWebDriver), called through the
 * unchanged official npm packages: what the capability grants answers as Tauri's plugins answer, what it does not
 * grant is denied naming the permission, and the os plugin's synchronous getters read its init script.
 * {@code process.exit} ending the process: {@link ProcessExitIT}.
 */
class PluginsIT {

    static final Path CONFIG = Path.of("target/test-classes/plugins-e2e/tauri.conf.json").toAbsolutePath();
    private static Path dataHome;
    private static TauriDriver app;

    @BeforeAll
    static void launch() throws Exception {
        dataHome = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()), "xdg-data");
        // not LC_ALL: GTK and the JVM read it too, and this machine may lack the locale (GTK then warns, harmlessly)
        app = start(launcher(dataHome).env("LC_MESSAGES", "de_DE.UTF-8"));
    }

    /** The test app with the e2e config and its XDG_DATA_HOME (the log plugin's files) in {@code dataHome}. */
    static AppLauncher launcher(Path dataHome) {
        return AppLauncher.mainClass(PluginsApp.class).jvmArgs("-Dtauri.config=" + CONFIG).env("XDG_DATA_HOME", dataHome.toString());
    }

    /** Starts {@code launcher} and waits for the page to have imported the three npm packages. */
    static TauriDriver start(AppLauncher launcher) {
        return open(TauriDriver.start(launcher));
    }

    /** Loads the page into {@code driver}'s window and waits for it to have imported the npm packages. */
    static TauriDriver open(TauriDriver driver) {
        driver.driver().get("tauri://localhost/index.html");
        new WebDriverWait(driver.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("status"), "ready"));
        return driver;
    }

    @AfterAll
    static void close() {
        if (app != null) {
            System.out.println("---- app log ----\n" + app.appLog());
            app.close();
        }
    }

    private static Map<String, Object> call(String expression) {
        return app.settle(expression);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOsGettersReadTheInitScriptSynchronously() {
        Map<String, Object> seen = (Map<String, Object>) app.executeAsync("""
                const os = window.osApi;
                return {atStart: window.osInternalsAtStart, platform: os.platform(), type: os.type(), family: os.family(),
                        arch: os.arch(), version: os.version(), exeExtension: os.exeExtension(), eol: os.eol()};""");
        assertThat(seen).containsEntry("platform", "linux").containsEntry("type", "linux").containsEntry("family", "unix")
                .containsEntry("arch", Os.arch()).containsEntry("version", Os.version())
                .containsEntry("exeExtension", "").containsEntry("eol", "\n");
        assertThat((Map<String, Object>) seen.get("atStart")).containsEntry("os_type", "linux").containsEntry("platform", "linux")
                .containsKeys("eol", "family", "version", "arch", "exe_extension");
    }

    @Test
    void localeAnswersTheAppsEnvironmentAsABcp47Tag() {
        assertThat(call("window.osApi.locale()")).containsEntry("ok", true).containsEntry("value", "de-DE");
    }

    @Test
    void hostnameIsOutsideTheDefaultSetAndDeniedNamingItsPermission() {
        Map<String, Object> r = call("window.osApi.hostname()");
        assertThat(r).containsEntry("ok", false);
        assertThat((String) r.get("error")).contains("plugin:os|hostname").contains("\"os:allow-hostname\"");
    }

    @Test
    void relaunchIsNotGrantedAndDeniedNamingItsPermission() {
        Map<String, Object> r = call("window.processApi.relaunch()");
        assertThat(r).containsEntry("ok", false);
        assertThat((String) r.get("error")).contains("plugin:process|restart").contains("\"process:allow-restart\"");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPageLogReachesTheLogFileTheJdkLoggerAndThePagesLogger() throws Exception {
        Map<String, Object> r = call("""
                (async () => {
                  const seen = [];
                  const unlisten = await window.logApi.attachLogger(record => seen.push(record));
                  await window.logApi.trace('below the configured level');
                  await window.logApi.info('hello from the page', {keyValues: {user: 'ann'}});
                  for (let i = 0; i < 100 && !seen.some(x => x.message.includes('hello from the page')); i++) {
                    await new Promise(done => setTimeout(done, 50));
                  }
                  unlisten();
                  return seen;
                })()""");
        assertThat(r).containsEntry("ok", true);
        List<Map<String, Object>> seen = (List<Map<String, Object>>) r.get("value");
        assertThat(seen).anySatisfy(e -> {
            assertThat(((Number) e.get("level")).intValue()).isEqualTo(3);
            assertThat((String) e.get("message")).matches("\\[\\d{4}-\\d\\d-\\d\\d]\\[\\d\\d:\\d\\d:\\d\\d]\\[.+]\\[INFO] hello from the page");
        });
        assertThat(seen).noneSatisfy(e -> assertThat((String) e.get("message")).contains("below the configured level"));

        Path file = dataHome.resolve("dev.tauri4j.plugins.e2e/logs/plugins-e2e.log");
        assertThat(Files.readString(file)).contains("][INFO] hello from the page\n").doesNotContain("below the configured level");
        // the JDK's default console handler (stderr) shows INFO and up: the record went through System.Logger
        assertThat(app.appLog()).contains("hello from the page {user=ann}");
    }

    @Test
    void inAWindowWithoutThePluginsPermissionsLogLocaleAndFetchAreDenied() {
        inBareWindow(app, () -> {
            Map<String, Object> log = call("window.logApi.info('not allowed here')");
            assertThat(log).containsEntry("ok", false);
            assertThat((String) log.get("error")).contains("plugin:log|log").contains("\"log:allow-log\"");
            Map<String, Object> locale = call("window.osApi.locale()");
            assertThat((String) locale.get("error")).contains("plugin:os|locale").contains("\"os:allow-locale\"");
            Map<String, Object> fetch = call("window.httpApi.fetch('http://127.0.0.1:9/allowed/x')");
            assertThat((String) fetch.get("error")).contains("plugin:http|fetch").contains("\"http:allow-fetch\"");
        });
    }

    /** Runs {@code checks} in the window "bare" (core permissions only), once its page has loaded the packages. */
    static void inBareWindow(TauriDriver app, Runnable checks) {
        String main = app.driver().getWindowHandle();
        new WebDriverWait(app.driver(), Duration.ofSeconds(10)).until(d -> d.getWindowHandles().size() >= 2);
        String bare = app.driver().getWindowHandles().stream().filter(h -> !h.equals(main)).findFirst().orElseThrow();
        try {
            app.driver().switchTo().window(bare);
            new WebDriverWait(app.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("status"), "ready"));
            checks.run();
        } finally {
            app.driver().switchTo().window(main);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void attachConsoleShowsAWarnInTheConsoleAsAWarning() {
        Map<String, Object> r = call("""
                (async () => {
                  const warned = [];
                  const original = console.warn;
                  console.warn = message => warned.push(message);
                  try {
                    const unlisten = await window.logApi.attachConsole();
                    await window.logApi.warn('careful, from the page');
                    for (let i = 0; i < 100 && !warned.some(m => m.includes('careful, from the page')); i++) {
                      await new Promise(done => setTimeout(done, 50));
                    }
                    unlisten();
                  } finally {
                    console.warn = original;
                  }
                  return warned;
                })()""");
        assertThat(r).containsEntry("ok", true);
        assertThat((List<String>) r.get("value")).anySatisfy(m -> assertThat(m).endsWith("[WARN] careful, from the page"));
    }

    @Test
    void aLevelOutsideTaurisNumbersIsRejected() {
        Map<String, Object> r = call("window.__TAURI_INTERNALS__.invoke('plugin:log|log', {level: 9, message: 'x'})");
        assertThat(r).containsEntry("ok", false);
        assertThat((String) r.get("error")).contains("invalid log level 9");
    }
}
