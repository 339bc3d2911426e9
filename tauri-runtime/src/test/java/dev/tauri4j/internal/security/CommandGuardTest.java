package dev.tauri4j.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.config.capability.Capability;
import dev.tauri4j.config.capability.CapabilityFiles;
import dev.tauri4j.config.capability.CapabilitySet;
import dev.tauri4j.config.capability.PermissionCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandGuardTest {

    private static final String APP_PAGE = "tauri://localhost/index.html";
    private static final PermissionCatalog CATALOG = PermissionCatalog.of(List.of("greet", "secret", "delete_all"));

    private static CommandGuard guard(String... files) {
        List<String> warnings = new ArrayList<>();
        List<Capability> caps = new ArrayList<>();
        for (int i = 0; i < files.length; i++) caps.addAll(CapabilityFiles.parse(files[i], "capabilities/c" + i + ".json", warnings));
        return new CommandGuard(CapabilitySet.resolve(List.of(), "tauri.conf.json", caps, CATALOG, "linux", warnings), CATALOG);
    }

    private static String message(Optional<CommandGuard.Denial> d) {
        assertThat(d).isPresent();
        return d.get().message();
    }

    @Test
    void aGrantedCommandRunsAndAnythingElseIsDeniedWithTheFix() {
        CommandGuard g = guard("{\"identifier\": \"default\", \"windows\": [\"main\"], \"permissions\": [\"core:default\", \"allow-greet\"]}");
        assertThat(g.check("greet", "main", APP_PAGE, true)).isEmpty();
        assertThat(g.check("plugin:window|title", "main", APP_PAGE, true)).isEmpty();
        assertThat(message(g.check("secret", "main", APP_PAGE, true))).isEqualTo(
                "command 'secret' is not allowed in window 'main': no capability grants it. Fix: add \"allow-secret\" to the "
                        + "permissions of a capability whose windows include \"main\" (capability \"default\" in capabilities/c0.json)");
        assertThat(message(g.check("plugin:window|set_title", "main", APP_PAGE, true))).contains("\"core:window:allow-set-title\"");
        assertThat(message(g.check("delete_all", "main", APP_PAGE, true))).contains("\"allow-delete-all\"");
    }

    @Test
    void aWindowNoCapabilityNamesGetsNothing() {
        CommandGuard g = guard("{\"identifier\": \"default\", \"windows\": [\"main\"], \"permissions\": [\"allow-greet\"]}");
        assertThat(message(g.check("greet", "settings", APP_PAGE, true)))
                .contains("window 'settings'")
                .contains("{\"identifier\": \"default\", \"windows\": [\"settings\"], \"permissions\": [\"allow-greet\"]}");
    }

    @Test
    void aDenyWinsOverAnAllowFromAnotherCapability() {
        CommandGuard g = guard(
                "{\"identifier\": \"all\", \"windows\": [\"*\"], \"permissions\": [\"allow-greet\", \"allow-secret\"]}",
                "{\"identifier\": \"locked\", \"windows\": [\"kiosk\"], \"permissions\": [\"deny-secret\"]}");
        assertThat(g.check("secret", "main", APP_PAGE, true)).isEmpty();
        assertThat(message(g.check("secret", "kiosk", APP_PAGE, true))).isEqualTo(
                "command 'secret' is denied in window 'kiosk' by \"deny-secret\" in capability \"locked\" (capabilities/c1.json); "
                        + "a deny wins over any allow. Fix: remove \"deny-secret\" there, or leave window 'kiosk' out of that capability's windows");
        assertThat(g.check("greet", "kiosk", APP_PAGE, true)).isEmpty();
    }

    @Test
    void remotePagesNeedACapabilityWhoseUrlsMatchThem() {
        CommandGuard g = guard(
                "{\"identifier\": \"local\", \"windows\": [\"main\"], \"permissions\": [\"allow-greet\", \"allow-secret\"]}",
                "{\"identifier\": \"site\", \"windows\": [\"main\"], \"local\": false, \"remote\": {\"urls\": [\"https://*.example.com/app/*\"]},"
                        + " \"permissions\": [\"allow-greet\"]}");
        assertThat(g.check("greet", "main", "https://www.example.com/app/x.html", false)).isEmpty();
        assertThat(message(g.check("secret", "main", "https://www.example.com/app/x.html", false)))
                .contains("for the remote page https://www.example.com/app/x.html")
                .contains("whose remote.urls match https://www.example.com/app/x.html");
        assertThat(g.check("greet", "main", "https://www.example.com/other.html", false)).isPresent();
        assertThat(g.check("greet", "main", "https://evil.com/app/x.html", false)).isPresent();
        assertThat(g.remotePageMayCall("main", "https://www.example.com/app/x.html")).isTrue();
        assertThat(g.remotePageMayCall("other", "https://www.example.com/app/x.html")).isFalse();
        assertThat(g.remotePageMayCall("main", "https://evil.com/")).isFalse();
        assertThat(g.isTrustedRemote("https://a.example.com/app/")).isTrue();
        assertThat(g.isTrustedRemote("https://evil.com/app/")).isFalse();
    }

    @Test
    void aCapabilityWithLocalFalseDoesNotApplyToAppPages() {
        CommandGuard g = guard("{\"identifier\": \"site\", \"windows\": [\"main\"], \"local\": false, "
                + "\"remote\": {\"urls\": [\"https://example.com\"]}, \"permissions\": [\"allow-greet\"]}");
        assertThat(g.check("greet", "main", APP_PAGE, true)).isPresent();
        assertThat(g.check("greet", "main", "https://example.com/", false)).isEmpty();
    }

    @Test
    void withNoCapabilityEverythingIsDenied() {
        CommandGuard g = guard();
        assertThat(g.check("greet", "main", APP_PAGE, true)).isPresent();
        assertThat(g.check("plugin:event|listen", "main", APP_PAGE, true)).isPresent();
    }
}
