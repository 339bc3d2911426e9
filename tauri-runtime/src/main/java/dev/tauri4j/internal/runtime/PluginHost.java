package dev.tauri4j.internal.runtime;

import dev.tauri4j.App;
import dev.tauri4j.Window;
import dev.tauri4j.config.TauriConfig;
import dev.tauri4j.config.capability.PluginPermissions;
import dev.tauri4j.config.capability.PluginResources;
import dev.tauri4j.config.capability.PluginSource;
import dev.tauri4j.CommandRegistry;
import dev.tauri4j.internal.ipc.JsonCodec;
import dev.tauri4j.internal.ipc.StateStore;
import dev.tauri4j.plugin.Plugin;
import dev.tauri4j.plugin.PluginCommandRegistrar;
import dev.tauri4j.plugin.PluginCommands;
import dev.tauri4j.plugin.PluginConfig;
import dev.tauri4j.plugin.PluginContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The app's plugins at run time: sets them up (core plugins first, then the app's in the order it added them), keeps
 * their init scripts, tells them about windows and the exit, and is the permission catalog's source for them.
 */
final class PluginHost implements PluginSource {

    private static final System.Logger LOG = System.getLogger("dev.tauri4j.plugin");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final List<Plugin> plugins;
    private final Map<String, PluginPermissions> permissions = new HashMap<>();
    private final List<String> scripts = new ArrayList<>();
    // one thread, so that a plugin sees a window's creation before its page loads and its destruction
    private final ExecutorService hooks = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("tauri-plugin-hooks").factory());

    PluginHost(List<Plugin> core, List<Plugin> added) {
        Set<String> names = new HashSet<>();
        for (Plugin p : core) names.add(p.name());
        for (Plugin p : added) {
            String n = p.name();
            String what = "plugin " + p.getClass().getName() + " is named " + (n == null ? "null" : "\"" + n + "\"");
            if (n == null || !NAME.matcher(n).matches()) {
                throw new IllegalArgumentException(what + "; a plugin name is lower-case letters, digits and '-', starting with a letter. "
                        + "Fix: return e.g. \"my-plugin\" from name()");
            }
            if (CorePlugins.RESERVED.contains(n)) {
                throw new IllegalArgumentException(what + ", which is reserved for tauri4j's core plugins. Fix: choose another name");
            }
            if (!names.add(n)) throw new IllegalStateException(what + ", and another added plugin has that name. Fix: add each plugin once");
        }
        this.plugins = new ArrayList<>(core);
        this.plugins.addAll(added);
    }

    /** Runs every plugin's setup, then reads each added plugin's permissions. */
    void setup(App app, CommandRegistry registry, StateStore state, TauriConfig config) {
        for (Plugin p : plugins) {
            Object settings = config.plugins().containsKey(p.name())
                    ? JsonCodec.mapper().convertValue(config.plugins().get(p.name()), Object.class) : null;
            Context context = new Context(p.name(), registry.namespace("plugin:" + p.name() + "|"), state, app,
                    PluginConfig.of(p.name(), settings));
            try {
                p.setup(context);
                registerAnnotated(p, context.commands());
            } catch (Exception e) {
                throw new IllegalStateException("plugin \"" + p.name() + "\" (" + p.getClass().getName() + ") failed to set up: " + e, e);
            }
            context.closed = true;
            scripts.addAll(context.scripts);
            if (!(p instanceof CorePlugin)) permissions.put(p.name(), permissionsOf(p, registry));
        }
    }

    /** The plugin class's {@code @Command} methods, through the registrar tauri-processor generated for it. */
    private static void registerAnnotated(Plugin p, CommandRegistry commands) throws ReflectiveOperationException {
        PluginCommands annotation = p.getClass().getAnnotation(PluginCommands.class);
        if (annotation == null) return;
        if (!annotation.value().equals(p.name())) {
            throw new IllegalStateException("its class has @PluginCommands(\"" + annotation.value() + "\") but name() returns \""
                    + p.name() + "\", so bindings.ts would call the wrong namespace. Fix: make them the same");
        }
        String pkg = p.getClass().getPackageName();
        String local = pkg.isEmpty() ? p.getClass().getName() : p.getClass().getName().substring(pkg.length() + 1);
        String name = PluginCommandRegistrar.className(pkg, local);
        Class<?> generated;
        try {
            generated = Class.forName(name, true, p.getClass().getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("its class has @PluginCommands, but " + name + " was not generated. Fix: compile the"
                    + " plugin with tauri-processor as an annotation processor", e);
        }
        ((PluginCommandRegistrar) generated.getConstructor().newInstance()).register(p, commands);
    }

    private static PluginPermissions permissionsOf(Plugin p, CommandRegistry registry) {
        String prefix = "plugin:" + p.name() + "|";
        Set<String> registered = new LinkedHashSet<>();
        for (String n : registry.names()) if (n.startsWith(prefix)) registered.add(n.substring(prefix.length()));
        ClassLoader loader = p.getClass().getClassLoader();
        Optional<Set<String>> declared = PluginResources.declaredCommands(loader, p.name());
        if (declared.isPresent()) {
            Set<String> undeclared = new LinkedHashSet<>(registered);
            undeclared.removeAll(declared.get());
            if (!undeclared.isEmpty()) {
                throw new IllegalStateException("plugin \"" + p.name() + "\" registers " + undeclared + ", which "
                        + PluginResources.folder(p.name()) + "/plugin.json does not list, so tauri:build cannot know their "
                        + "permissions. Fix: add them to its \"commands\"");
            }
        }
        return PluginResources.load(loader, p.name(), registered).orElseGet(
                () -> PluginPermissions.of(p.name(), Set.of(), Map.of()));
    }

    /** The scope type {@code plugin} declares ({@link Plugin#scopeType()}); JsonNode for app commands and unknown names. */
    Class<?> scopeType(String plugin) {
        if (plugin != null) for (Plugin p : plugins) if (p.name().equals(plugin)) return p.scopeType();
        return com.fasterxml.jackson.databind.JsonNode.class;
    }

    /** The plugins' document-start scripts, in setup order. */
    List<String> initScripts() {
        return List.copyOf(scripts);
    }

    void windowCreated(Window window) {
        each("onWindowCreated", p -> p.onWindowCreated(window));
    }

    void pageLoaded(Window window, String url) {
        each("onPageLoad", p -> p.onPageLoad(window, url));
    }

    void windowDestroyed(String label) {
        each("onWindowDestroyed", p -> p.onWindowDestroyed(label));
    }

    /** Tells every plugin, on the calling thread, that the app exits. */
    void exit(int code) {
        for (Plugin p : plugins) run(p, "onExit", x -> x.onExit(code));
    }

    private void each(String hook, Consumer<Plugin> call) {
        hooks.execute(() -> {
            for (Plugin p : plugins) run(p, hook, call);
        });
    }

    private static void run(Plugin p, String hook, Consumer<Plugin> call) {
        try {
            call.accept(p);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "plugin \"" + p.name() + "\" failed in " + hook, e);
        }
    }

    @Override
    public Optional<PluginPermissions> find(String plugin) {
        return Optional.ofNullable(permissions.get(plugin));
    }

    @Override
    public String absentFix(String plugin) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader != null && PluginResources.present(loader, plugin)) {
            return "its files are on the class path (" + PluginResources.folder(plugin) + "/), but the app does not add it: "
                    + "call Tauri.builder().plugin(...) with it, or remove the permission";
        }
        return "add the plugin's jar to the app's dependencies and call Tauri.builder().plugin(...) with it, or remove the permission";
    }

    /** What one plugin's setup sees; it stops taking registrations when setup returns. */
    private static final class Context implements PluginContext {
        private final String name;
        private final CommandRegistry commands;
        private final StateStore state;
        private final App app;
        private final PluginConfig config;
        private final List<String> scripts = new ArrayList<>();
        private volatile boolean closed;

        Context(String name, CommandRegistry commands, StateStore state, App app, PluginConfig config) {
            this.name = name;
            this.commands = commands;
            this.state = state;
            this.app = app;
            this.config = config;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public CommandRegistry commands() {
            open("commands()");
            return commands;
        }

        @Override
        public void initScript(String script) {
            open("initScript(...)");
            scripts.add(java.util.Objects.requireNonNull(script, "script"));
        }

        @Override
        public PluginConfig config() {
            return config;
        }

        @Override
        public void manage(Object value) {
            state.manage(value);
        }

        @Override
        public App app() {
            return app;
        }

        private void open(String what) {
            if (closed) {
                throw new IllegalStateException("plugin \"" + name + "\" called " + what + " after its setup; permissions and "
                        + "scripts are fixed when setup returns. Fix: call it inside setup(PluginContext)");
            }
        }
    }
}
