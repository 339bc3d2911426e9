package dev.tauri4j.build.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWatcherTest {

    @TempDir
    Path project;

    @Test
    void seesFilesInAFolderCreatedAfterTheWatchStarted() throws Exception {
        Path java = Files.createDirectories(project.resolve("src/main/java"));
        try (SourceWatcher watcher = new SourceWatcher(List.of(java), Duration.ofMillis(200))) {
            Path pkg = Files.createDirectories(java.resolve("com/example/deep"));
            Path file = Files.writeString(pkg.resolve("Main.java"), "class Main {}");
            assertThat(collect(watcher, file)).contains(file.toAbsolutePath());

            Files.writeString(file, "class Main { int x; }");
            assertThat(collect(watcher, file)).containsExactly(file.toAbsolutePath());
        }
    }

    @Test
    void aBurstOfChangesIsOneBatch() throws Exception {
        Path resources = Files.createDirectories(project.resolve("src/main/resources"));
        try (SourceWatcher watcher = new SourceWatcher(List.of(resources), Duration.ofMillis(200))) {
            for (int i = 0; i < 5; i++) {
                Files.writeString(resources.resolve("r" + i + ".txt"), "v" + i);
                Thread.sleep(30);
            }
            Set<Path> batch = watcher.next(Duration.ofSeconds(5));
            assertThat(batch).hasSize(5);
            assertThat(watcher.next(Duration.ofMillis(300))).isEmpty();
        }
    }

    @Test
    void anIdesSafeWriteAndAFormatOnSaveAreOneBatchAtTheDefaultDebounce() throws Exception {
        Path java = Files.createDirectories(project.resolve("src/main/java/com/example"));
        Path file = Files.writeString(java.resolve("Main.java"), "class Main {}");
        try (SourceWatcher watcher = new SourceWatcher(List.of(project.resolve("src/main/java")), SourceWatcher.DEFAULT_DEBOUNCE)) {
            // IntelliJ's safe write: the new text to a temp file, the old file aside, the temp renamed over it
            Path tmp = Files.writeString(java.resolve("Main.java___jb_tmp___"), "class Main { int x; }");
            Path old = Files.move(file, java.resolve("Main.java___jb_old___"));
            Files.move(tmp, file);
            Files.delete(old);
            Thread.sleep(40); // then a formatter on save writes the file once more
            Files.writeString(file, "class Main {\n    int x;\n}\n");

            assertThat(watcher.next(Duration.ofSeconds(5))).contains(file.toAbsolutePath());
            assertThat(watcher.next(Duration.ofMillis(300))).as("nothing left over for a second restart").isEmpty();
        }
    }

    @Test
    void aWatchedFileIsReportedAndItsNeighboursAreNot() throws Exception {
        Path config = Files.writeString(project.resolve("tauri.conf.json"), "{}");
        try (SourceWatcher watcher = new SourceWatcher(List.of(config, project.resolve("capabilities")), Duration.ofMillis(100))) {
            Files.writeString(project.resolve("pom.xml"), "<project/>");
            Files.writeString(config, "{\"identifier\": \"x\"}");
            assertThat(collect(watcher, config)).containsExactly(config.toAbsolutePath());
        }
    }

    /** Batches until {@code expected} shows up (a create may come as two batches on a slow machine). */
    private static Set<Path> collect(SourceWatcher watcher, Path expected) throws InterruptedException {
        Set<Path> all = new HashSet<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!all.contains(expected.toAbsolutePath()) && System.nanoTime() < deadline) {
            all.addAll(watcher.next(Duration.ofSeconds(2)));
        }
        return all;
    }
}
