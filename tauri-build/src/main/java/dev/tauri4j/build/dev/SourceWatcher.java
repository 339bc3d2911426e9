package dev.tauri4j.build.dev;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders (recursively, including folders created later) and single files with a {@link WatchService},
 * and hands out changes in debounced batches: a batch closes once no event came for the debounce period, so an
 * editor's save-burst or a {@code git checkout} becomes one restart.
 */
public final class SourceWatcher implements ChangeSource, AutoCloseable {

    /** Long enough for an IDE's save (temp file, renames, a format-on-save write); every ms of it is in each restart. */
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(100);

    private final WatchService service;
    private final Duration debounce;
    /** Watched folder -> the file names wanted there (null: everything, recursively). */
    private final Map<Path, Set<String>> wanted = new HashMap<>();
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final List<Path> roots;

    /**
     * @param paths folders to watch recursively and files to watch alone; paths that do not exist are skipped
     */
    public SourceWatcher(List<Path> paths, Duration debounce) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.debounce = debounce;
        this.roots = paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        for (Path path : roots) {
            if (Files.isDirectory(path)) {
                registerTree(path, null);
            } else if (Files.isDirectory(path.getParent())) {
                watchFile(path);
            }
        }
    }

    /** The roots as given, made absolute. */
    public List<Path> roots() {
        return roots;
    }

    /**
     * Waits up to {@code timeout} for a first change, then collects until the debounce period passes quietly.
     *
     * @return the changed paths (created, modified or deleted files; never folders), empty when nothing changed
     */
    @Override
    public Set<Path> next(Duration timeout) throws InterruptedException {
        Set<Path> batch = new LinkedHashSet<>();
        WatchKey key;
        try {
            key = service.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
            while (key != null) {
                handle(key, batch);
                // keep collecting while events keep coming; a burst of events without any path change (e.g. only
                // folder events) does not end the wait early
                key = service.poll(debounce.toNanos(), TimeUnit.NANOSECONDS);
                if (key == null && batch.isEmpty()) key = service.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
            }
        } catch (ClosedWatchServiceException e) {
            return Set.copyOf(batch);
        }
        return batch;
    }

    private void handle(WatchKey key, Set<Path> batch) {
        Path dir = keys.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null) continue;
            if (event.kind() == OVERFLOW) {
                batch.add(dir); // too many events to tell: report the folder
                continue;
            }
            Path child = dir.resolve((Path) event.context());
            Set<String> names = wanted.get(dir);
            if (names != null) {
                if (names.contains(child.getFileName().toString())) batch.add(child);
                continue;
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(child)) {
                // a new folder: watch it, and report what is already inside (created before the watch began)
                registerTree(child, batch);
            } else if (!Files.isDirectory(child)) {
                batch.add(child);
            }
        }
        if (!key.reset()) {
            keys.remove(key);
            wanted.remove(dir);
        }
    }

    private void registerTree(Path top, Set<Path> existingFiles) {
        try (Stream<Path> walk = Files.walk(top)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isDirectory(p)) {
                    register(p);
                    wanted.put(p, null);
                } else if (existingFiles != null) {
                    existingFiles.add(p);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // the folder went away while we looked; its deletion shows up as an event
        }
    }

    private void watchFile(Path file) throws IOException {
        Path dir = file.getParent();
        if (wanted.containsKey(dir) && wanted.get(dir) == null) return; // already watched whole
        register(dir);
        wanted.computeIfAbsent(dir, d -> new HashSet<>()).add(file.getFileName().toString());
    }

    private void register(Path dir) {
        try {
            keys.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
        } catch (IOException e) {
            // gone already
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
