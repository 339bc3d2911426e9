package dev.tauri4j.plugins.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.App;
import dev.tauri4j.CommandException;
import dev.tauri4j.CommandRegistry;
import dev.tauri4j.Invocation;
import dev.tauri4j.config.scope.BaseDirectory;
import dev.tauri4j.plugin.Plugin;
import dev.tauri4j.plugin.PluginContext;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tauri's store plugin ({@code @tauri-apps/plugin-store} 2.4.5): stores in the app's resource table (the rid the
 * npm package's {@code Store} holds), files under {@code $APPDATA} (a relative path is relative to it), changes on
 * {@code store://change}, every store saved at exit. From Java: {@link #store(String)}.
 */
public final class StorePlugin implements Plugin {

    private final Map<Path, Integer> rids = new LinkedHashMap<>();
    private volatile App app;

    /** The event every change is sent on, with {@code {path, resourceId, key, value, exists}}. */
    public static final String CHANGE_EVENT = "store://change";

    /** The change event's payload, as Tauri's {@code ChangePayload}. */
    public record ChangePayload(String path, Integer resourceId, String key, JsonNode value, boolean exists) {}

    @Override
    public String name() {
        return "store";
    }

    @Override
    public void setup(PluginContext context) {
        this.app = context.app();
        CommandRegistry c = context.commands();
        c.handler("load", call -> load(call.arg("path", String.class),
                StoreOptions.fromJson(call.optionalArg("options", JsonNode.class).orElse(null))));
        c.handler("get_store", call -> loaded(resolve(call.arg("path", String.class))).orElse(null));
        c.handler("set", call -> {
            store(call).set(call.arg("key", String.class), call.optionalArg("value", JsonNode.class).orElse(null));
            return null;
        });
        c.handler("get", call -> {
            Optional<JsonNode> v = store(call).get(call.arg("key", String.class));
            return java.util.Arrays.asList(v.orElse(null), v.isPresent());
        });
        c.handler("has", call -> store(call).has(call.arg("key", String.class)));
        c.handler("delete", call -> store(call).delete(call.arg("key", String.class)));
        c.handler("clear", call -> { store(call).clear(); return null; });
        c.handler("reset", call -> { store(call).reset(); return null; });
        c.handler("keys", call -> store(call).keys());
        c.handler("values", call -> store(call).values());
        c.handler("entries", call -> store(call).entries().stream().map(e -> java.util.Arrays.asList(e.getKey(), e.getValue())).toList());
        c.handler("length", call -> store(call).length());
        c.handler("reload", call -> {
            boolean ignore = call.optionalArg("ignoreDefaults", Boolean.class).orElse(false);
            io(() -> store(call).reload(ignore));
            return null;
        });
        c.handler("save", call -> { io(() -> store(call).save()); return null; });
    }

    /** Saves every open store, as Tauri does at exit. */
    @Override
    public void onExit(int code) {
        for (Integer rid : List.copyOf(rids.values())) {
            try {
                app.resources().get(rid, Store.class).save();
            } catch (RuntimeException e) {
                System.getLogger("dev.tauri4j.plugins.store").log(System.Logger.Level.ERROR, "failed to save store " + rid, e);
            }
        }
    }

    /**
     * The store at {@code path} (relative to {@code $APPDATA}) with the default options: the one already open, the
     * same object the frontend's {@code load(path)} gets, or loaded from its file now.
     */
    public Store store(String path) {
        return store(path, StoreOptions.DEFAULT);
    }

    /** Like {@link #store(String)}, with {@code options} used when the store is not open yet. */
    public Store store(String path, StoreOptions options) {
        return requireApp().resources().get(load(path, options), Store.class);
    }

    private int load(String path, StoreOptions options) {
        Path file = resolve(path);
        synchronized (rids) {
            Optional<Integer> open = loaded(file);
            if (open.isPresent()) return open.get();
            int[] rid = new int[1];
            Store store = new Store(file, options, change -> requireApp().emit(CHANGE_EVENT,
                    new ChangePayload(file.toString(), rid[0], change.key(), change.value(), change.exists())), () -> {
                synchronized (rids) {
                    rids.remove(file);
                }
            });
            rid[0] = requireApp().resources().add(store);
            rids.put(file, rid[0]);
            return rid[0];
        }
    }

    private Optional<Integer> loaded(Path file) {
        synchronized (rids) {
            Integer rid = rids.get(file);
            return rid != null && requireApp().resources().has(rid) ? Optional.of(rid) : Optional.empty();
        }
    }

    private Path resolve(String path) {
        Path p = Path.of(path);
        if (p.isAbsolute()) return p.normalize();
        Path appData = requireApp().directory(BaseDirectory.APP_DATA).orElseThrow(() -> new CommandException(
                "the app data folder is unknown on this machine. Fix: set XDG_DATA_HOME or HOME, or load the store by an absolute path"));
        return appData.resolve(p).normalize();
    }

    private Store store(Invocation call) {
        return requireApp().resources().get(call.arg("rid", Integer.class), Store.class);
    }

    private static void io(Runnable action) {
        try {
            action.run();
        } catch (UncheckedIOException e) {
            throw new CommandException(e.getMessage());
        }
    }

    private App requireApp() {
        App a = app;
        if (a == null) throw new IllegalStateException("the store plugin is not set up yet. Fix: add it with Tauri.builder().plugin(new StorePlugin())");
        return a;
    }
}
