package dev.tauri4j.plugins.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.CommandException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store in memory and on disk: Tauri's file format, defaults, reset, reload, auto-save and change events. */
class StoreTest {

    @TempDir
    Path dir;
    final List<Store.Change> changes = new CopyOnWriteArrayList<>();

    private Store open(Path file, StoreOptions options) {
        return new Store(file, options, changes::add, () -> {});
    }

    private static JsonNode json(String text) throws Exception {
        return StoreFile.JSON.readTree(text);
    }

    private static StoreOptions options(String json) throws Exception {
        return StoreOptions.fromJson(StoreFile.JSON.readTree(json));
    }

    @Test
    void savedAsPrettyJsonInTheFolderItCreates() throws Exception {
        Path file = dir.resolve("nested/settings.json");
        Store s = open(file, options("{\"autoSave\": false}"));
        s.set("theme", "dark");
        s.set("size", Map.of("w", 3));
        s.save();

        assertThat(Files.readString(file)).isEqualTo("{\n  \"theme\": \"dark\",\n  \"size\": {\n    \"w\": 3\n  }\n}");
        assertThat(open(file, StoreOptions.DEFAULT).get("theme", String.class)).contains("dark");
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.json");
        }
    }

    @Test
    void changesAreReportedAsTheEventCarriesThem() throws Exception {
        Store s = open(dir.resolve("a.json"), options("{\"autoSave\": false}"));
        s.set("k", 1);
        assertThat(s.delete("k")).isTrue();
        assertThat(s.delete("k")).isFalse();

        assertThat(changes).containsExactly(new Store.Change("k", json("1"), true), new Store.Change("k", null, false));
    }

    @Test
    void defaultsAreTheStartAndResetGoesBackToThem() throws Exception {
        Store s = open(dir.resolve("d.json"), options("{\"autoSave\": false, \"defaults\": {\"a\": 1, \"b\": 2}}"));
        s.set("a", 5);
        s.set("c", 3);
        s.reset();

        assertThat(s.entries()).containsExactly(Map.entry("a", json("1")), Map.entry("b", json("2")));
        assertThat(changes.subList(2, changes.size())).containsExactlyInAnyOrder(
                new Store.Change("a", json("1"), true), new Store.Change("c", null, false));
        s.clear();
        assertThat(s.length()).isZero();
    }

    @Test
    void theFileIsMergedOverTheDefaultsUnlessOverrideDefaultsOrCreateNew() throws Exception {
        Path file = dir.resolve("m.json");
        Files.writeString(file, "{\"a\": 10}");
        String defaults = "\"defaults\": {\"a\": 1, \"b\": 2}";

        assertThat(open(file, options("{" + defaults + "}")).entries()).containsExactly(Map.entry("a", json("10")), Map.entry("b", json("2")));
        assertThat(open(file, options("{" + defaults + ", \"overrideDefaults\": true}")).keys()).containsExactly("a");
        assertThat(open(file, options("{" + defaults + ", \"createNew\": true}")).get("a")).contains(json("1"));
    }

    @Test
    void reloadReadsTheFileAgainAndFailsWhenItIsGone() throws Exception {
        Path file = dir.resolve("r.json");
        Store s = open(file, options("{\"autoSave\": false, \"defaults\": {\"x\": 0}}"));
        Files.writeString(file, "{\"y\": 1}");
        s.reload(false);
        assertThat(s.keys()).containsExactly("x", "y");
        s.reload(true);
        assertThat(s.keys()).containsExactly("y");
        Files.delete(file);
        assertThatThrownBy(() -> s.reload(false)).isInstanceOf(UncheckedIOException.class).hasMessageContaining("No such file");
    }

    @Test
    void autoSaveWritesAfterTheDebounce() throws Exception {
        Path file = dir.resolve("auto.json");
        Store s = open(file, options("{\"autoSave\": 50}"));
        s.set("n", 1);
        s.set("n", 2);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!Files.exists(file) && System.nanoTime() < deadline) Thread.sleep(20);
        Thread.sleep(100);
        assertThat(StoreFile.read(file)).containsEntry("n", json("2"));
    }

    @Test
    void withoutAutoSaveNothingIsWrittenUntilSave() throws Exception {
        Path file = dir.resolve("manual.json");
        open(file, options("{\"autoSave\": false}")).set("n", 1);
        Thread.sleep(300);
        assertThat(file).doesNotExist();
    }

    @Test
    void optionsAsTheNpmPackageSendsThem() throws Exception {
        assertThat(StoreOptions.fromJson(null).autoSave()).isEqualTo(Duration.ofMillis(100));
        assertThat(options("{\"autoSave\": true}").autoSave()).isEqualTo(Duration.ofMillis(100));
        assertThat(options("{\"autoSave\": 250}").autoSave()).isEqualTo(Duration.ofMillis(250));
        assertThat(options("{\"autoSave\": false}").autoSave()).isNull();
        assertThatThrownBy(() -> options("{\"serializeFnName\": \"yaml\"}")).isInstanceOf(CommandException.class)
                .hasMessage("Serialize Function \"yaml\" was not found");
        assertThatThrownBy(() -> options("{\"autoSave\": \"soon\"}")).isInstanceOf(CommandException.class);
    }
}
