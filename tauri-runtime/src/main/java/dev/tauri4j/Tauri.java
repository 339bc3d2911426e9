package dev.tauri4j;

import dev.tauri4j.internal.assets.AssetIntegrity;
import dev.tauri4j.internal.assets.AssetResolver;
import dev.tauri4j.assets.AssetSource;
import dev.tauri4j.assets.ClasspathAssetSource;
import dev.tauri4j.config.ConfigLoader;
import dev.tauri4j.config.LoadedConfig;
import dev.tauri4j.config.TauriConfig;
import dev.tauri4j.internal.ipc.Dispatcher;
import dev.tauri4j.internal.ipc.StateStore;
import dev.tauri4j.internal.runtime.AppRuntime;
import dev.tauri4j.internal.runtime.LaunchMode;
import dev.tauri4j.internal.platform.WebviewPlatform;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The entry point of a tauri4j app.
 *
 * <pre>{@code
 * Tauri.builder()
 *     .command("greet", (String name) -> "Hello, " + name)
 *     .setup(app -> app.emit("started", Map.of()))
 *     .run();
 * }</pre>
 */
public final class Tauri {

    /** Where the build puts {@code tauri.conf.json} inside the app jar. */
    public static final String CONFIG_RESOURCE = "tauri4j/tauri.conf.json";

    private Tauri() {}

    /** A new app builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects commands, state and settings, then {@link #run}s the app; configure it before run, not after. */
    public static final class Builder {
        private final CommandRegistry commands = new CommandRegistry();
        private final StateStore state = new StateStore();
        private TauriConfig config;
        private AssetSource assets;
        private Consumer<App> setup;
        private Path configDir;
        private boolean openExternalLinks;
        private final Set<Class<?>> registrars = new HashSet<>();
        private boolean discoverCommands = true;
        private final java.util.List<dev.tauri4j.plugin.Plugin> plugins = new java.util.ArrayList<>();

        private Builder() {}

        /** Reads the config from this file instead of the one in the jar. */
        public Builder config(Path file) {
            this.config = loaded(ConfigLoader.load(file));
            this.configDir = file.toAbsolutePath().normalize().getParent();
            return this;
        }

        /** Uses this config object (tests, generated apps). */
        public Builder config(TauriConfig config) {
            this.config = config;
            return this;
        }

        /** Serves the frontend from this source instead of {@code tauri4j/assets} on the classpath. */
        public Builder assets(AssetSource source) {
            this.assets = source;
            return this;
        }

        /** Registers a command with no arguments. */
        public <R> Builder command(String name, Fn0<R> fn) {
            commands.command(name, fn);
            return this;
        }

        /**
         * Registers a command; its parameter binds by name from the call's arguments (a record too), or is injected by
         * type: App, Window, Invocation, app state (see {@code docs/command-arguments.md}).
         */
        public <A, R> Builder command(String name, Fn1<A, R> fn) {
            commands.command(name, fn);
            return this;
        }

        /** Registers a command; parameters bind by name. */
        public <A, B, R> Builder command(String name, Fn2<A, B, R> fn) {
            commands.command(name, fn);
            return this;
        }

        /** Registers a command; parameters bind by name. */
        public <A, B, C, R> Builder command(String name, Fn3<A, B, C, R> fn) {
            commands.command(name, fn);
            return this;
        }

        /** Registers a command; parameters bind by name. */
        public <A, B, C, D, R> Builder command(String name, Fn4<A, B, C, D, R> fn) {
            commands.command(name, fn);
            return this;
        }

        /** Registers a command; parameters bind by name. */
        public <A, B, C, D, E, R> Builder command(String name, Fn5<A, B, C, D, E, R> fn) {
            commands.command(name, fn);
            return this;
        }

        /** Registers a command that reads its arguments itself from the {@link Invocation}. */
        public Builder handler(String name, CommandHandler handler) {
            commands.handler(name, handler);
            return this;
        }

        /** Registers the commands of a {@link CommandRegistrar} now, such as one the processor generated. */
        public Builder commands(CommandRegistrar registrar) {
            if (registrars.add(registrar.getClass())) registrar.register(this);
            return this;
        }

        /**
         * Whether {@link #run} also registers the {@link CommandRegistrar}s listed in
         * {@code META-INF/services/dev.tauri4j.CommandRegistrar} (the {@code @Command} methods); true by default.
         * Turn it off to register them yourself with {@link #commands(CommandRegistrar)}; a registrar given there is
         * never registered twice.
         */
        public Builder discoverCommands(boolean discover) {
            this.discoverCommands = discover;
            return this;
        }

        /**
         * Adds a plugin; plugins are set up at {@link #run}, after the core plugins, in the order added. Being on the
         * class path does not add a plugin: see {@link dev.tauri4j.plugin.Plugin} for why.
         */
        public Builder plugin(dev.tauri4j.plugin.Plugin plugin) {
            plugins.add(java.util.Objects.requireNonNull(plugin, "plugin"));
            return this;
        }

        /** Makes {@code object} injectable into commands by its type (Tauri's {@code State<T>}). */
        public Builder manage(Object object) {
            state.manage(object);
            return this;
        }

        /**
         * Opens links the app does not show itself ({@code target=_blank}, {@code window.open}, navigations to other
         * sites) in the system browser instead of refusing them. Off by default; only http, https and mailto.
         */
        public Builder openExternalLinksInBrowser(boolean open) {
            this.openExternalLinks = open;
            return this;
        }

        /** Runs once the windows are open, on a virtual thread. */
        public Builder setup(Consumer<App> setup) {
            this.setup = setup;
            return this;
        }

        /** Starts the app on this thread and blocks until the last window closes; the process then ends. */
        public void run() {
            run(new String[0]);
        }

        /**
         * Like {@link #run()}, honouring {@code --automation} in the program arguments.
         *
         * @throws dev.tauri4j.assets.AssetIntegrityException before any window opens, when the app carries a public
         *     key and the asset manifest's signature is missing or does not verify
         */
        public void run(String[] args) {
            if (config == null && System.getProperty("tauri.config") != null) config(Path.of(System.getProperty("tauri.config")));
            if (discoverCommands) discoverRegistrars();
            TauriConfig cfg = config != null ? config : defaultConfig();
            AssetSource source = assets != null ? assets
                    : new ClasspathAssetSource(appLoader(), AssetSource.DEFAULT_ROOT);
            AssetIntegrity integrity = checkedAssets(source);
            WebviewPlatform platform = WebviewPlatform.forCurrentOs();
            AppRuntime runtime = new AppRuntime(cfg, LaunchMode.detect(args, platform), platform,
                    new Dispatcher(commands), commands, state, new AssetResolver(integrity.source()), integrity.manifest(),
                    configDir, openExternalLinks, plugins);
            runtime.run(setup);
        }

        // package-private for tests: run() calls it unless discoverCommands(false)
        void discoverRegistrars() {
            for (CommandRegistrar registrar : ServiceLoader.load(CommandRegistrar.class, appLoader())) {
                try {
                    commands(registrar);
                } catch (RuntimeException e) {
                    throw new IllegalStateException("cannot register the @Command methods of " + registrar.getClass().getName()
                            + " (found in META-INF/services/" + CommandRegistrar.class.getName() + "): " + e.getMessage()
                            + ". Fix: rename one of the commands, or call discoverCommands(false) and register by hand", e);
                }
            }
        }

        private static AssetIntegrity checkedAssets(AssetSource source) {
            try {
                return AssetIntegrity.load(source);
            } catch (dev.tauri4j.assets.AssetIntegrityException e) {
                System.getLogger("dev.tauri4j").log(System.Logger.Level.ERROR, "tauri4j cannot start: " + e.getMessage());
                throw e;
            }
        }

        // the context loader sees the app's classes also when tauri:dev loads them in a child loader (DevLauncher)
        private static ClassLoader appLoader() {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            return loader != null ? loader : Tauri.class.getClassLoader();
        }

        private static TauriConfig defaultConfig() {
            try (InputStream in = appLoader().getResourceAsStream(CONFIG_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("No tauri.conf.json found. Put it at src/main/resources/" + CONFIG_RESOURCE
                            + ", pass -Dtauri.config=path/to/tauri.conf.json, or call Tauri.builder().config(...)");
                }
                return loaded(ConfigLoader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), CONFIG_RESOURCE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static TauriConfig loaded(LoadedConfig loaded) {
            for (String warning : loaded.warnings()) System.getLogger("dev.tauri4j").log(System.Logger.Level.WARNING, warning);
            return loaded.config();
        }
    }
}
