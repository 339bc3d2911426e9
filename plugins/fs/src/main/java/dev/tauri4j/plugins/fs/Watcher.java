package dev.tauri4j.plugins.fs;

import dev.tauri4j.Channel;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A {@code watch} resource: the JDK's WatchService (inotify on Linux) on checked real paths, each change sent to the
 * page's channel as the npm package's {@code WatchEvent} ({@code {type: {create: {kind: 'file'}}, paths, attrs}}).
 * With {@code delayMs}, changes are collected and sent once the paths have been quiet that long (the package's
 * {@code watch}); without, each is sent at once ({@code watchImmediate}). Closing the rid stops it.
 */
public final class Watcher implements AutoCloseable {

    private final WatchService service;
    private final List<Path> roots;
    private final boolean recursive;
    private final Channel<Object> channel;
    private final Long delayMs;
    private final Map<String, Map<String, Object>> pending = new LinkedHashMap<>();
    private final Thread thread;

    Watcher(List<Path> roots, boolean recursive, Long delayMs, Channel<Object> channel) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.roots = List.copyOf(roots);
        this.recursive = recursive;
        this.delayMs = delayMs;
        this.channel = channel;
        for (Path root : roots) register(Files.isDirectory(root) ? root : root.getParent(), recursive && Files.isDirectory(root));
        this.thread = Thread.ofVirtual().name("fs-watch").start(this::run);
    }

    private void register(Path dir, boolean tree) throws IOException {
        if (!tree) {
            dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path d : all.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) register(d, false);
        }
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = delayMs == null || pending.isEmpty() ? service.take()
                        : service.poll(delayMs, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (key == null) {
                    flush();
                    continue;
                }
                Path dir = (Path) key.watchable();
                for (WatchEvent<?> e : key.pollEvents()) {
                    if (e.kind() == StandardWatchEventKinds.OVERFLOW) continue;
                    Path path = dir.resolve((Path) e.context());
                    if (!watched(path)) continue;
                    if (recursive && e.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                        register(path, true);
                    }
                    Map<String, Object> event = Map.of("type", type(e.kind(), path), "paths", List.of(path.toString()), "attrs", Map.of());
                    if (delayMs == null) channel.send(event);
                    else pending.put(e.kind().name() + path, event);
                }
                key.reset();
            }
        } catch (InterruptedException | IllegalStateException | IOException e) { // ClosedWatchServiceException too
            // closed (the rid was freed, or the page's channel is gone): the watch ends
        }
    }

    private void flush() {
        List<Map<String, Object>> out = new ArrayList<>(pending.values());
        pending.clear();
        out.forEach(channel::send);
    }

    /** A root, or in a root (at any depth when recursive); a watched file's siblings, which its parent reports, are not. */
    private boolean watched(Path path) {
        for (Path root : roots) {
            if (path.equals(root) || path.startsWith(root) && (recursive || root.equals(path.getParent()))) return true;
        }
        return false;
    }

    private static Map<String, Object> type(WatchEvent.Kind<?> kind, Path path) {
        if (kind == StandardWatchEventKinds.ENTRY_CREATE) {
            return Map.of("create", Map.of("kind", Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? "folder" : "file"));
        }
        if (kind == StandardWatchEventKinds.ENTRY_DELETE) return Map.of("remove", Map.of("kind", "any"));
        return Map.of("modify", Map.of("kind", "data", "mode", "any"));
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
