package dev.tauri4j.plugins.fs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.Channel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatcherTest {

    @TempDir Path tmp;

    /** A channel that queues what it is sent. */
    static final class Queue implements Channel<Object> {
        final LinkedBlockingQueue<Object> sent = new LinkedBlockingQueue<>();
        @Override public long id() { return 1; }
        @Override public void send(Object message) { sent.add(message); }
        @Override public void close() {}
        @Override public boolean isClosed() { return false; }
    }

    @Test
    void immediateWatchSendsEachChangeAsTheNpmWatchEvent() throws Exception {
        Queue q = new Queue();
        try (Watcher w = new Watcher(List.of(tmp), false, null, q)) {
            Files.writeString(tmp.resolve("a.txt"), "x");
            Object first = q.sent.poll(10, TimeUnit.SECONDS);
            assertThat(first).isEqualTo(Map.of("type", Map.of("create", Map.of("kind", "file")),
                    "paths", List.of(tmp.resolve("a.txt").toString()), "attrs", Map.of()));
        }
    }

    @Test
    void recursiveWatchSeesNewSubfoldersAndAWatchedFileIgnoresItsSiblings() throws Exception {
        Queue q = new Queue();
        Path file = Files.writeString(tmp.resolve("only.txt"), "1");
        Queue fileQueue = new Queue();
        try (Watcher dir = new Watcher(List.of(tmp), true, null, q); Watcher one = new Watcher(List.of(file), false, null, fileQueue)) {
            Files.createDirectory(tmp.resolve("sub"));
            assertThat(q.sent.poll(10, TimeUnit.SECONDS)).asString().contains("folder").contains("sub");
            Thread.sleep(200); // the new folder is registered once its create event is read
            Files.writeString(tmp.resolve("sub/deep.txt"), "d");
            Object deep = null;
            for (int i = 0; i < 10 && (deep == null || !deep.toString().contains("deep.txt")); i++) deep = q.sent.poll(2, TimeUnit.SECONDS);
            assertThat(deep).asString().contains("deep.txt");
            Files.writeString(tmp.resolve("sibling.txt"), "s");
            Files.writeString(file, "2");
            assertThat(fileQueue.sent.poll(10, TimeUnit.SECONDS)).asString().contains("only.txt").contains("modify");
            assertThat(fileQueue.sent).noneMatch(e -> e.toString().contains("sibling") || e.toString().contains("sub"));
        }
    }

    @Test
    void debouncedWatchSendsOnceQuiet() throws Exception {
        Queue q = new Queue();
        try (Watcher w = new Watcher(List.of(tmp), false, 300L, q)) {
            Files.writeString(tmp.resolve("b.txt"), "1");
            Files.writeString(tmp.resolve("b.txt"), "2");
            assertThat(q.sent.poll(150, TimeUnit.MILLISECONDS)).as("nothing before the delay").isNull();
            Object first = q.sent.poll(10, TimeUnit.SECONDS);
            assertThat(first).asString().contains("b.txt");
        }
    }
}
