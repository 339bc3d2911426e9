package dev.tauri4j.plugins.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.test.AppLauncher;
import dev.tauri4j.test.TauriDriver;
import dev.tauri4j.test.VirtualDisplay;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The deep-link plugin through the unchanged {@code @tauri-apps/plugin-deep-link}: the app started with a URL answers
 * it from {@code getCurrent}; {@code register} writes the scheme handler into a temporary XDG_DATA_HOME; then
 * {@code xdg-open tauritest://...} starts a second real process, which single-instance hands over, and the page's
 * {@code onOpenUrl} gets the URL.
 */
class DeepLinkIT {

    @Test
    void xdgOpenOfTheRegisteredSchemeReachesTheRunningAppsPage() throws Exception {
        Path target = Files.createDirectories(Path.of("target").toAbsolutePath());
        Path dataHome = Files.createTempDirectory(target, "xdg-data");
        Path configHome = Files.createTempDirectory(target, "xdg-config");
        Path runtimeDir = Files.createTempDirectory("xdg-rt");
        AppLauncher first = PluginsIT.launcher(dataHome).env("XDG_CONFIG_HOME", configHome.toString())
                .env("XDG_RUNTIME_DIR", runtimeDir.toString()).jvmArgs("-Dsingle.instance=true").args("tauritest://start/here");
        try (VirtualDisplay display = VirtualDisplay.startXvfb();
             TauriDriver app = PluginsIT.open(TauriDriver.start(first, display))) {
            try {
                assertThat(app.settle("window.deepLinkApi.getCurrent()")).containsEntry("value", List.of("tauritest://start/here"));
                assertThat(app.settle("window.deepLinkApi.isRegistered('tauritest')")).containsEntry("value", false);
                assertThat(app.settle("window.deepLinkApi.register('tauritest')")).containsEntry("ok", true);
                assertThat(app.settle("window.deepLinkApi.isRegistered('tauritest')")).containsEntry("value", true);
                Path handler = dataHome.resolve("applications/dev.tauri4j.plugins.e2e-handler.desktop");
                assertThat(Files.readString(handler)).contains("MimeType=x-scheme-handler/tauritest;", " %u\n", "NoDisplay=true");
                assertThat(app.settle("""
                        (async () => {
                          window.opened = [];
                          await window.deepLinkApi.onOpenUrl(urls => window.opened.push(urls));
                        })()""")).containsEntry("ok", true);

                ProcessBuilder pb = new ProcessBuilder("xdg-open", "tauritest://open/item?id=7").redirectErrorStream(true);
                pb.environment().putAll(first.environment());
                pb.environment().put("DISPLAY", display.name());
                pb.environment().remove("XDG_CURRENT_DESKTOP"); // xdg-open's generic path, which asks xdg-mime (its URL test takes a scheme of letters, + and . only: a digit or a hyphen makes it a file name)
                Process open = pb.start();
                String openLog = new String(open.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(open.waitFor(60, TimeUnit.SECONDS)).as(openLog).isTrue();
                assertThat(open.exitValue()).as(openLog).isZero();

                Map<String, Object> seen = app.settle("""
                        (async () => {
                          for (let i = 0; i < 200 && window.opened.length === 0; i++) await new Promise(d => setTimeout(d, 50));
                          return { opened: window.opened, current: await window.deepLinkApi.getCurrent() };
                        })()""");
                assertThat(seen.get("value")).as(openLog).isEqualTo(Map.of("opened", List.of(List.of("tauritest://open/item?id=7")),
                        "current", List.of("tauritest://open/item?id=7")));

                assertThat(app.settle("window.deepLinkApi.unregister('tauritest')")).containsEntry("ok", true);
                assertThat(app.settle("window.deepLinkApi.isRegistered('tauritest')")).containsEntry("value", false);
            } finally {
                System.out.println("---- app log ----\n" + app.appLog());
            }
        }
    }
}
