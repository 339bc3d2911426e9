package dev.tauri4j.plugins.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One key-value store kept in memory and persisted as a JSON file, as Tauri's store plugin keeps it: changes are
 * saved after the auto-save debounce (100 ms by default), at {@link #save()}, and when the app exits. Thread-safe;
 * the same object answers the frontend's {@code Store} for the same path.
 */
public final class Store implements AutoCloseable {

    private final Path path;
    private final Map<String, JsonNode> defaults;
    private final Duration autoSave;
    private final Consumer<Change> onChange;
    private final Runnable onClose;
    private final Map<String, JsonNode> cache = new LinkedHashMap<>();
    private long changes;
    private long saved;

    /** One change, as the {@code store://change} event carries it. */
    record Change(String key, JsonNode value, boolean exists) {}

    Store(Path path, StoreOptions options, Consumer<Change> onChange, Runnable onClose) {
        this.path = path;
        this.defaults = options.defaults();
        this.autoSave = options.autoSave();
        this.onChange = onChange;
        this.onClose = onClose;
        cache.putAll(defaults);
        if (!options.createNew()) {
            try {
                load(options.overrideDefaults());
            } catch (UncheckedIOException e) {
                // a store that cannot be read starts from its defaults, as in Tauri
                System.getLogger("dev.tauri4j.plugins.store").log(System.Logger.Level.DEBUG, "store " + path + " not loaded", e);
            }
        }
    }

    /** The file this store is saved to. */
    public Path path() {
        return path;
    }

    /** The value of {@code key}, if set. */
    public synchronized Optional<JsonNode> get(String key) {
        return Optional.ofNullable(cache.get(key));
    }

    /** The value of {@code key} converted to {@code type} (a record, a String, a Map, ...), if set. */
    public <T> Optional<T> get(String key, Class<T> type) {
        return get(key).map(v -> StoreFile.JSON.convertValue(v, type));
    }

    /** Sets {@code key} to {@code value} (any object Jackson can write as JSON). */
    public void set(String key, Object value) {
        JsonNode json = StoreFile.JSON.valueToTree(value);
        if (json == null) json = StoreFile.JSON.nullNode();
        synchronized (this) {
            cache.put(key, json);
        }
        changed(List.of(new Change(key, json, true)));
    }

    /** Whether {@code key} is set. */
    public synchronized boolean has(String key) {
        return cache.containsKey(key);
    }

    /** Removes {@code key}; whether it was set. */
    public boolean delete(String key) {
        boolean removed;
        synchronized (this) {
            removed = cache.remove(key) != null;
        }
        if (removed) changed(List.of(new Change(key, null, false)));
        return removed;
    }

    /** Removes every key (the defaults too). */
    public void clear() {
        List<Change> out = new ArrayList<>();
        synchronized (this) {
            for (String k : cache.keySet()) out.add(new Change(k, null, false));
            cache.clear();
        }
        if (!out.isEmpty()) changed(out);
    }

    /** Back to the defaults (empty when there are none). */
    public void reset() {
        List<Change> out = new ArrayList<>();
        synchronized (this) {
            for (var e : cache.entrySet()) {
                JsonNode d = defaults.get(e.getKey());
                if (d == null) out.add(new Change(e.getKey(), null, false));
                else if (!d.equals(e.getValue())) out.add(new Change(e.getKey(), d, true));
            }
            for (var d : defaults.entrySet()) if (!cache.containsKey(d.getKey())) out.add(new Change(d.getKey(), d.getValue(), true));
            cache.clear();
            cache.putAll(defaults);
        }
        if (!out.isEmpty()) changed(out);
    }

    /** The keys, in insertion order. */
    public synchronized List<String> keys() {
        return List.copyOf(cache.keySet());
    }

    /** The values, in key order. */
    public synchronized List<JsonNode> values() {
        return List.copyOf(cache.values());
    }

    /** The entries as {@code [key, value]} pairs, in key order. */
    public synchronized List<Map.Entry<String, JsonNode>> entries() {
        return cache.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList();
    }

    /** How many keys are set. */
    public synchronized int length() {
        return cache.size();
    }

    /**
     * Reads the file again, over the defaults (or instead of them when {@code ignoreDefaults}).
     *
     * @throws UncheckedIOException when the file is missing or not a JSON object
     */
    public void reload(boolean ignoreDefaults) {
        load(ignoreDefaults);
    }

    /** Writes the store to its file now. */
    public void save() {
        Map<String, JsonNode> snapshot;
        long at;
        synchronized (this) {
            snapshot = new LinkedHashMap<>(cache);
            at = changes;
        }
        try {
            StoreFile.write(path, snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        synchronized (this) {
            saved = Math.max(saved, at);
        }
    }

    /** Saves what the auto-save has not written yet, so that closing never loses a change. */
    @Override
    public void close() {
        boolean pending;
        synchronized (this) {
            pending = autoSave != null && saved < changes;
        }
        if (pending) save();
        onClose.run();
    }

    private void load(boolean ignoreDefaults) {
        Map<String, JsonNode> read;
        try {
            read = StoreFile.read(path);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("No such file or directory (os error 2): " + path, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        synchronized (this) {
            if (ignoreDefaults) cache.clear();
            cache.putAll(read);
        }
    }

    private void changed(List<Change> list) {
        long at;
        synchronized (this) {
            at = ++changes;
        }
        for (Change c : list) onChange.accept(c);
        if (autoSave == null) return;
        Thread.ofVirtual().name("store-autosave").start(() -> {
            try {
                Thread.sleep(autoSave);
                synchronized (this) {
                    if (changes != at) return; // a later change restarted the debounce
                }
                save();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (UncheckedIOException e) {
                System.getLogger("dev.tauri4j.plugins.store").log(System.Logger.Level.ERROR, "failed to save store " + path, e);
            }
        });
    }

    @Override
    public String toString() {
        return "Store[" + Objects.toString(path) + "]";
    }
}
