package dev.tauri4j.plugins.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.plugin.PluginConfig;
import dev.tauri4j.plugins.log.linux.AppLogDir;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogDispatchTest {

    private static final Clock NOON = Clock.fixed(Instant.parse("2026-05-01T12:30:05Z"), ZoneOffset.UTC);

    @Test
    void levelsAreTaurisNumbers() {
        assertThat(LogLevel.of(1)).isEqualTo(LogLevel.TRACE);
        assertThat(LogLevel.of(4)).isEqualTo(LogLevel.WARN);
        assertThat(LogLevel.ERROR.number()).isEqualTo(5);
        assertThat(LogLevel.WARN.systemLevel()).isEqualTo(System.Logger.Level.WARNING);
        assertThatThrownBy(() -> LogLevel.of(6)).hasMessageContaining("invalid log level 6").hasMessageContaining("5 (error)");
    }

    @Test
    void linesAreFormattedAsTaurisDefault() {
        String line = LogDispatch.format(NOON.instant().atZone(ZoneOffset.UTC), LogRecord.of(LogLevel.INFO, "webview", "hello"));
        assertThat(line).isEqualTo("[2026-05-01][12:30:05][webview][INFO] hello");
    }

    @Test
    void fileTargetsGetTheLinesThatPassTheLevel(@TempDir Path dir) throws Exception {
        LogSettings s = LogSettings.defaults().withLevel(LogLevel.INFO)
                .withTargets(new LogTarget.LogDir(null), new LogTarget.Folder(dir.resolve("other"), "mine"));
        try (LogDispatch d = new LogDispatch(s, dir.resolve("logs"), "App", (e, p) -> {}, NOON)) {
            d.log(LogRecord.of(LogLevel.DEBUG, "t", "too verbose"));
            d.log(LogRecord.of(LogLevel.WARN, "t", "kept"));
            assertThat(d.files()).containsExactly(dir.resolve("logs/App.log"), dir.resolve("other/mine.log"));
        }
        assertThat(Files.readString(dir.resolve("logs/App.log"))).isEqualTo("[2026-05-01][12:30:05][t][WARN] kept\n");
        assertThat(Files.readString(dir.resolve("other/mine.log"))).isEqualTo("[2026-05-01][12:30:05][t][WARN] kept\n");
    }

    @Test
    void aFileOverTheLimitIsRotatedWhenOpened(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("App.log"), "x".repeat(50));
        LogSettings keepOne = new LogSettings(LogLevel.TRACE, List.of(new LogTarget.LogDir(null)), 40,
                LogSettings.Rotation.KEEP_ONE, LogSettings.Timezone.UTC);
        new LogDispatch(keepOne, dir, "App", (e, p) -> {}, NOON).close();
        assertThat(Files.size(dir.resolve("App.log"))).isZero();

        Files.writeString(dir.resolve("App.log"), "y".repeat(50));
        LogSettings keepAll = new LogSettings(LogLevel.TRACE, List.of(new LogTarget.LogDir(null)), 40,
                LogSettings.Rotation.KEEP_ALL, LogSettings.Timezone.UTC);
        new LogDispatch(keepAll, dir, "App", (e, p) -> {}, NOON).close();
        assertThat(Files.readString(dir.resolve("App_2026-05-01_12-30-05.log"))).isEqualTo("y".repeat(50));
        assertThat(Files.size(dir.resolve("App.log"))).isZero();
    }

    @Test
    void theWebviewTargetEmitsLogLogWithTheLineAndTheLevelNumber() {
        List<Object[]> sent = new ArrayList<>();
        LogSettings s = LogSettings.defaults().withTargets(new LogTarget.Webview());
        try (LogDispatch d = new LogDispatch(s, Path.of("/nonexistent"), "App", (e, p) -> sent.add(new Object[] {e, p}), NOON)) {
            d.log(LogRecord.of(LogLevel.ERROR, "webview", "boom"));
        }
        assertThat(sent).hasSize(1);
        assertThat(sent.getFirst()[0]).isEqualTo("log://log");
        assertThat(sent.getFirst()[1]).isEqualTo(Map.of("message", "[2026-05-01][12:30:05][webview][ERROR] boom", "level", 5));
    }

    @Test
    void theSystemLoggerTargetLogsUnderTheRecordsTargetWithItsKeyValues() {
        List<java.util.logging.LogRecord> seen = new ArrayList<>();
        Logger jul = Logger.getLogger("fn@tauri://localhost/index.html:3:7");
        Handler h = new Handler() {
            @Override public void publish(java.util.logging.LogRecord r) { seen.add(r); }
            @Override public void flush() {}
            @Override public void close() {}
        };
        jul.addHandler(h);
        try (LogDispatch d = new LogDispatch(LogSettings.defaults().withTargets(new LogTarget.SystemLogger()), Path.of("/x"), "App",
                (e, p) -> {}, NOON)) {
            d.log(new LogRecord(LogLevel.WARN, jul.getName(), "careful", "index.html", 3, Map.of("user", "ann")));
        } finally {
            jul.removeHandler(h);
        }
        assertThat(seen).singleElement().satisfies(r -> {
            assertThat(r.getLevel()).isEqualTo(java.util.logging.Level.WARNING);
            assertThat(r.getMessage()).isEqualTo("careful {user=ann}");
        });
    }

    @Test
    void settingsComeFromPluginsLogWithErrorsNamingTheKey() {
        LogSettings s = LogSettings.from(PluginConfig.of("log", Map.of("level", "warn", "maxFileSize", 10,
                "rotationStrategy", "keepAll", "targets", List.of("stdout", Map.of("kind", "logDir", "fileName", "f"), "webview"))));
        assertThat(s.level()).isEqualTo(LogLevel.WARN);
        assertThat(s.maxFileSize()).isEqualTo(10);
        assertThat(s.rotation()).isEqualTo(LogSettings.Rotation.KEEP_ALL);
        assertThat(s.targets()).containsExactly(new LogTarget.Stdout(), new LogTarget.LogDir("f"), new LogTarget.Webview());
        assertThat(LogSettings.from(PluginConfig.of("log", null))).isEqualTo(LogSettings.defaults());
        assertThat(LogSettings.from(PluginConfig.of("log", Map.of("level", "off"))).accepts(LogLevel.ERROR)).isFalse();
        assertThatThrownBy(() -> LogSettings.from(PluginConfig.of("log", Map.of("targets", List.of("stdout", "syslog")))))
                .hasMessageContaining("plugins.log.targets[1]").hasMessageContaining("Fix:");
        assertThatThrownBy(() -> LogSettings.from(PluginConfig.of("log", Map.of("level", "loud"))))
                .hasMessageContaining("plugins.log.level").hasMessageContaining("\"trace\"");
        assertThatThrownBy(() -> LogSettings.from(PluginConfig.of("log", Map.of("targets", List.of(Map.of("kind", "folder"))))))
                .hasMessageContaining("without a \"path\"");
    }

    @Test
    void theAppLogDirIsUnderXdgDataHome() {
        assertThat(AppLogDir.of("com.example.app", Map.of("XDG_DATA_HOME", "/d", "HOME", "/h"))).isEqualTo(Path.of("/d/com.example.app/logs"));
        assertThat(AppLogDir.of("com.example.app", Map.of("HOME", "/h"))).isEqualTo(Path.of("/h/.local/share/com.example.app/logs"));
    }
}
