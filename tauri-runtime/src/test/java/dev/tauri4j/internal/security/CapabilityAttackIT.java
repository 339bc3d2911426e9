package dev.tauri4j.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.test.AppLauncher;
import dev.tauri4j.test.TauriDriver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Capabilities and origins attacked in a real window ({@link AttackApp} under WebKitWebDriver): each test tries
 * something a hostile page would, many times, and checks from Java's side that nothing ran. The rows printed at the
 * end are the attack table of docs/SECURITY-capabilities.md.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CapabilityAttackIT {

    static final int TIMES = 25;
    private static final List<String> TABLE = new ArrayList<>();

    @TempDir
    static Path dir;
    private static AttackServer site;
    private static AttackServer elsewhere;
    private static TauriDriver app;

    @BeforeAll
    static void launch() throws IOException {
        site = new AttackServer();
        elsewhere = new AttackServer();
        Path config = AttackConfig.write(dir, site.origin());
        // the window starts on the remote site, so every page of that origin may be navigated to; only /trusted/* has IPC
        app = TauriDriver.start(AppLauncher.mainClass(AttackApp.class).jvmArgs("-Dtauri.config=" + config));
    }

    @AfterAll
    static void close() {
        System.out.println("---- attack table ----\n" + String.join("\n", TABLE));
        if (app != null) {
            System.out.println("---- app log ----\n" + app.appLog());
            app.close();
        }
        if (site != null) site.close();
        if (elsewhere != null) elsewhere.close();
    }

    static void row(String attack, int times, String outcome) {
        TABLE.add(rowText(attack, times, outcome));
    }

    static String rowText(String attack, int times, String outcome) {
        return "| " + attack + " | " + times + " | " + outcome + " |";
    }

    private static void open(String url) {
        app.driver().get(url);
        assertThat(app.driver().getCurrentUrl()).isEqualTo(url);
    }

    /** Java's counters, read from the app page (the only page allowed to call "runs"). */
    private static Map<String, Object> runs() {
        String back = app.driver().getCurrentUrl();
        open("tauri://localhost/index.html");
        Map<String, Object> runs = Attempts.map(app.executeAsync("return window.__TAURI_INTERNALS__.invoke('runs')"));
        if (!back.equals("tauri://localhost/index.html")) app.driver().get(back);
        return runs;
    }

    @Test
    @Order(1)
    void theAppPageCallsWhatItsCapabilityGrants() {
        open("tauri://localhost/index.html");
        Attempts greet = Attempts.run(app, "greet", "{name: 'app'}", TIMES);
        assertThat(greet.ok()).isEqualTo(TIMES);
        Attempts listen = Attempts.run(app, "plugin:event|listen", "{event: 'x', target: {kind: 'Any'}, handler: 1}", 1);
        assertThat(listen.ok()).isEqualTo(1);
        row("app page calls a granted command (`allow-greet`) and `core:event:default`", TIMES + 1, "all answered");
    }

    @Test
    @Order(2)
    void aCommandNoCapabilityGrantsIsDeniedAndNeverRuns() {
        open("tauri://localhost/index.html");
        Attempts wipe = Attempts.run(app, "wipe", "{}", TIMES);
        assertThat(wipe.codes()).containsEntry("COMMAND_DENIED", (long) TIMES);
        assertThat(wipe.message()).isEqualTo("command 'wipe' is not allowed in window 'main': no capability grants it. Fix: add "
                + "\"allow-wipe\" to the permissions of a capability whose windows include \"main\" (capability \"app\" in capabilities/app.json)");
        Attempts setTitle = Attempts.run(app, "plugin:window|set_title", "{value: 'x'}", TIMES);
        assertThat(setTitle.ok()).isZero();
        assertThat(setTitle.codes()).containsEntry("COMMAND_DENIED", (long) TIMES);
        assertThat(runs()).containsEntry("wipes", 0L);
        row("app page calls a registered command no capability grants (`wipe`)", TIMES, "COMMAND_DENIED every time, naming `allow-wipe` and capabilities/app.json; Java counter 0");
        row("app page calls `plugin:window|set_title` (not in `core:window:default`)", TIMES, "never answered ok: COMMAND_DENIED");
    }

    @Test
    @Order(3)
    void aDenyWinsOverAnAllowFromAnotherCapability() {
        open("tauri://localhost/index.html");
        Attempts secret = Attempts.run(app, "secret", "{}", TIMES);
        assertThat(secret.codes()).containsEntry("COMMAND_DENIED", (long) TIMES);
        assertThat(secret.message()).contains("denied in window 'main' by \"deny-secret\" in capability \"locked\" (capabilities/locked.json)");
        assertThat(runs()).containsEntry("secrets", 0L);
        row("`secret`: allowed by capability app, denied by capability locked", TIMES, "COMMAND_DENIED every time (deny wins); Java counter 0");
    }

    @Test
    @Order(4)
    void aRemotePageMatchingRemoteUrlsGetsOnlyItsCapability() {
        long before = (Long) runs().get("increments");
        open(site.origin() + "/trusted/page.html");
        assertThat(Attempts.run(app, "increment", "{}", TIMES).ok()).isEqualTo(TIMES);
        Attempts wipe = Attempts.run(app, "wipe", "{}", TIMES);
        Attempts runs = Attempts.run(app, "runs", "{}", TIMES);
        Attempts bytes = Attempts.binary(app, "echoBytes", TIMES);
        assertThat(wipe.codes()).containsEntry("COMMAND_DENIED", (long) TIMES);
        assertThat(wipe.message()).contains("for the remote page " + site.origin() + "/trusted/page.html");
        assertThat(runs.codes()).containsEntry("COMMAND_DENIED", (long) TIMES);
        assertThat(bytes.codes()).containsEntry("COMMAND_DENIED", (long) TIMES);
        Map<String, Object> after = runs();
        assertThat(after).containsEntry("increments", before + TIMES).containsEntry("wipes", 0L);
        row("remote page matching `remote.urls` calls its granted `increment`", TIMES, "all ran (Java counter +" + TIMES + ")");
        row("same page calls `wipe`, `runs` (granted to app pages only), binary `echoBytes` over ipc://", 3 * TIMES, "COMMAND_DENIED every time");
    }

    @Test
    @Order(5)
    void aRemotePageNoCapabilityNamesGetsNothing() {
        long before = (Long) runs().get("increments");
        open(site.origin() + "/untrusted/page.html");
        Attempts inc = Attempts.run(app, "increment", "{}", TIMES);
        Attempts unknown = Attempts.run(app, "noSuchCommand", "{}", TIMES);
        Attempts listen = Attempts.run(app, "plugin:event|listen", "{event: 'x', target: {kind: 'Any'}, handler: 1}", TIMES);
        Attempts bytes = Attempts.binary(app, "echoBytes", TIMES);
        assertThat(inc.codes()).containsEntry("COMMAND_DENIED", (long) TIMES);
        assertThat(unknown.codes()).containsEntry("COMMAND_DENIED", (long) TIMES);
        assertThat(listen.codes()).containsEntry("COMMAND_DENIED", (long) TIMES);
        assertThat(bytes.ok()).isZero();
        assertThat(bytes.codes()).containsEntry("FORBIDDEN", (long) TIMES);
        assertThat(runs()).containsEntry("increments", before);
        row("remote page of the same site outside `remote.urls` calls `increment`, an unknown command, `plugin:event|listen`", 3 * TIMES,
                "COMMAND_DENIED every time (unknown commands too: no probing); Java counter unchanged");
        row("same page POSTs binary `echoBytes` to ipc://", TIMES, "403 FORBIDDEN before the body is read");
    }

    @Test
    @Order(6)
    void aPageReachedByARedirectIsJudgedByWhereItEndedUp() {
        long before = (Long) runs().get("increments");
        app.driver().get(site.origin() + "/trusted/go-out");
        assertThat(app.driver().getCurrentUrl()).isEqualTo(site.origin() + "/untrusted/page.html");
        assertThat(Attempts.run(app, "increment", "{}", TIMES).codes()).containsEntry("COMMAND_DENIED", (long) TIMES);
        assertThat(runs()).containsEntry("increments", before);
        app.driver().get(site.origin() + "/untrusted/go-in");
        assertThat(app.driver().getCurrentUrl()).isEqualTo(site.origin() + "/trusted/page.html");
        assertThat(Attempts.run(app, "increment", "{}", TIMES).ok()).isEqualTo(TIMES);
        row("page reached from /trusted/go-out by a 302 to /untrusted/page.html calls `increment`", TIMES, "COMMAND_DENIED every time");
        row("page reached from /untrusted/go-in by a 302 to /trusted/page.html calls `increment`", TIMES, "all ran: the final URL counts");

        site.awayUrl = elsewhere.origin() + "/landed.html";
        Object href = app.executeAsync("""
                location.href = '/trusted/go-away';
                await new Promise(r => setTimeout(r, 1500));
                return location.href;""");
        assertThat(href).isEqualTo(site.origin() + "/trusted/page.html");
        assertThat(site.requestsFor("/trusted/go-away")).isEqualTo(1);
        assertThat(elsewhere.requestsFor("/landed.html")).isZero();
        row("trusted page follows /trusted/go-away, a 302 to another site", 1, "the redirect is refused: the other site saw no request, the page stays");
    }

    @Test
    @Order(7)
    void anIframeOfAnotherOriginGetsNoIpc() {
        long before = (Long) runs().get("increments");
        open("tauri://localhost/index.html");
        Map<String, Object> frame = FrameAttack.run(app, site.origin() + "/trusted/frame.html", TIMES);
        assertThat(frame).containsEntry("loaded", true).containsEntry("internals", "undefined").containsEntry("parentAccess", "SecurityError");
        assertThat((Long) frame.get("fetchOk")).isZero();
        app.screenshot(Path.of("target/screenshots/attack-cross-origin-iframe.png")); // the frame really rendered in the app page
        Map<String, Object> blocked = FrameAttack.run(app, elsewhere.origin() + "/frame.html", 1);
        assertThat(elsewhere.requestsFor("/frame.html")).isZero();
        assertThat(runs()).containsEntry("increments", before);
        row("cross-origin iframe (origin listed in `remote.urls`) in the app page: reads `__TAURI_INTERNALS__`, calls `parent.__TAURI_INTERNALS__.invoke`",
                2, "undefined; SecurityError");
        row("same iframe posts forged script messages (no key, guessed keys) for `increment`", 2 * TIMES,
                "message handler in the frame: " + frame.get("messageHandler") + ", " + frame.get("posted") + " posted; all dropped: Java counter unchanged");
        row("same iframe POSTs `increment` to ipc:// (with and without a guessed key)", 2 * TIMES,
                "refused (Origin " + site.origin() + " is not the page's): " + frame.get("fetchResults"));
        row("iframe of an origin no capability names", 1, "never loaded (" + blocked.get("loaded") + "; the site saw no request)");
    }

    @Test
    @Order(8)
    void newWindowsAndNavigationToExternalUrlsAreRefused() {
        open("tauri://localhost/index.html");
        int handles = app.driver().getWindowHandles().size();
        Map<String, Object> r = Attempts.map(app.executeAsync("""
                const url = arguments[0]; const n = arguments[1]; let opened = 0;
                for (let i = 0; i < n; i++) {
                  if (window.open(url + '/popup') !== null) opened++;
                  const a = document.createElement('a'); a.href = url + '/blank'; a.target = '_blank';
                  document.body.appendChild(a); a.click(); a.remove();
                }
                location.href = url + '/away';
                await new Promise(r => setTimeout(r, 800));
                return { opened: opened, href: location.href };""", elsewhere.origin(), TIMES));
        assertThat(r).containsEntry("opened", 0L).containsEntry("href", "tauri://localhost/index.html");
        assertThat(app.driver().getWindowHandles()).hasSize(handles);
        assertThat(elsewhere.requests).isEmpty();
        assertThat(app.driver().findElement(By.id("status")).getText()).isEqualTo("app page");
        row("`window.open` and `<a target=_blank>` to an external URL", 2 * TIMES, "no window, the site saw no request");
        row("`location.href` = external URL", 1, "stays on tauri://localhost/index.html");
    }
}
