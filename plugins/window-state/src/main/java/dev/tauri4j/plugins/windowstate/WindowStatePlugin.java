package dev.tauri4j.plugins.windowstate;

import dev.tauri4j.CommandException;
import dev.tauri4j.Window;
import dev.tauri4j.plugin.Plugin;
import dev.tauri4j.plugin.PluginContext;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Tauri's window-state plugin ({@code @tauri-apps/plugin-window-state} 2.4.1): each window's size, position,
 * maximized, visible, decorated and fullscreen state is restored when it opens and saved when it is asked to close,
 * when the app exits and on {@code saveWindowState()}, in {@code .window-state.json} in the app's config folder.
 * Commands {@code save_window_state}, {@code restore_state} and {@code filename}; {@link WindowState} is the Java API.
 */
public final class WindowStatePlugin implements Plugin {

    private final StateFlags flags;
    private final String filename;
    private final Set<String> denylist;
    private final Predicate<String> filter;
    private final Set<String> skipInitialState;
    private volatile WindowState state;

    /** The plugin with Tauri's defaults ({@code Builder::default().build()}): what {@code tauri:import} writes. */
    public WindowStatePlugin() {
        this(new Builder());
    }

    private WindowStatePlugin(Builder b) {
        this.flags = b.flags;
        this.filename = b.filename;
        this.denylist = Set.copyOf(b.denylist);
        this.filter = b.filter;
        this.skipInitialState = Set.copyOf(b.skipInitialState);
    }

    /** A builder with Tauri's defaults: every flag, {@code .window-state.json}, every window tracked and restored. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String name() {
        return "window-state";
    }

    @Override
    public void setup(PluginContext context) {
        WindowState ws = new WindowState(context.app(), filename, flags);
        state = ws;
        context.manage(ws);
        context.app().onWindowCloseRequested(ws::closeRequested);
        context.commands()
                .handler("save_window_state", call -> {
                    StateFlags f = flagsOf(call.arg("flags", long.class));
                    try {
                        ws.save(f);
                    } catch (IOException e) {
                        throw new CommandException(CommandException.DEFAULT_CODE, e.getMessage(), null, e);
                    }
                    return null;
                })
                .handler("restore_state", call -> {
                    String label = call.arg("label", String.class);
                    StateFlags f = flagsOf(call.arg("flags", long.class));
                    Window w = context.app().window(label).orElseThrow(() ->
                            new CommandException("Couldn't find window with label: " + label));
                    ws.restore(w, f);
                    return null;
                })
                .handler("filename", call -> ws.filename());
    }

    private static StateFlags flagsOf(long bits) {
        try {
            return StateFlags.fromArgument(bits);
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage());
        }
    }

    /** Whether the plugin tracks {@code label}: not denylisted, and the filter (if any) accepts it. */
    boolean tracks(String label) {
        return !denylist.contains(label) && (filter == null || filter.test(label));
    }

    @Override
    public void onWindowCreated(Window window) {
        WindowState ws = state;
        if (ws == null || !tracks(window.label())) return;
        if (!skipInitialState.contains(window.label())) ws.restore(window, flags);
        ws.track(window);
    }

    @Override
    public void onExit(int code) {
        WindowState ws = state;
        if (ws == null) return;
        try {
            ws.save();
        } catch (IOException | RuntimeException e) {
            System.getLogger("dev.tauri4j.plugins.windowstate").log(System.Logger.Level.WARNING,
                    "the window state could not be saved at exit", e);
        }
    }

    /** Options of the plugin, as Tauri's {@code tauri_plugin_window_state::Builder}. */
    public static final class Builder {
        private StateFlags flags = StateFlags.ALL;
        private String filename = ".window-state.json";
        private final Set<String> denylist = new HashSet<>();
        private Predicate<String> filter;
        private final Set<String> skipInitialState = new HashSet<>();

        private Builder() {}

        /** What is saved and restored (Tauri's {@code with_state_flags}); {@link StateFlags#ALL} by default. */
        public Builder stateFlags(StateFlags flags) {
            this.flags = Objects.requireNonNull(flags, "stateFlags");
            return this;
        }

        /** The state file's name in the app's config folder (Tauri's {@code with_filename}). */
        public Builder filename(String filename) {
            if (filename == null || filename.isBlank() || filename.contains("/") || filename.contains("\\")) {
                throw new IllegalArgumentException("filename must be a file name without folders, was '" + filename
                        + "'. Fix: e.g. filename(\"window-state.json\")");
            }
            this.filename = filename;
            return this;
        }

        /** Windows that are neither restored nor saved, e.g. a splash screen (Tauri's {@code with_denylist}). */
        public Builder denylist(String... labels) {
            denylist.addAll(List.of(labels));
            return this;
        }

        /** Tracks only the windows whose label {@code filter} accepts (Tauri's {@code with_filter}). */
        public Builder filter(Predicate<String> filter) {
            this.filter = Objects.requireNonNull(filter, "filter");
            return this;
        }

        /** Does not restore {@code label} when it opens, but still saves it (Tauri's {@code skip_initial_state}). */
        public Builder skipInitialState(String label) {
            skipInitialState.add(Objects.requireNonNull(label, "label"));
            return this;
        }

        /** The plugin, to pass to {@code Tauri.builder().plugin(...)}. */
        public WindowStatePlugin build() {
            return new WindowStatePlugin(this);
        }
    }
}
