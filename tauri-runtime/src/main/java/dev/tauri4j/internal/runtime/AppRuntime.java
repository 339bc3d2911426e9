package dev.tauri4j.internal.runtime;

import dev.tauri4j.internal.assets.AssetScheme;
import dev.tauri4j.internal.assets.FileAssetScheme;
import dev.tauri4j.internal.assets.PageCsp;
import dev.tauri4j.internal.core.event.EventBus;
import dev.tauri4j.internal.core.resources.ResourceTable;
import dev.tauri4j.internal.ipc.BridgeScript;
import dev.tauri4j.internal.ipc.IpcRouter;
import dev.tauri4j.internal.ipc.ScopeSource;
import dev.tauri4j.internal.core.path.BaseDirectories;
import dev.tauri4j.internal.ipc.IpcScheme;
import dev.tauri4j.internal.ipc.Origins;
import dev.tauri4j.internal.ipc.Outbox;
import dev.tauri4j.App;
import dev.tauri4j.Event;
import dev.tauri4j.Window;
import dev.tauri4j.internal.assets.AssetResolver;
import dev.tauri4j.internal.assets.IntegrityManifest;
import dev.tauri4j.config.TauriConfig;
import dev.tauri4j.config.WindowConfig;
import dev.tauri4j.internal.ipc.Dispatcher;
import dev.tauri4j.internal.ipc.StateStore;
import dev.tauri4j.internal.security.CapabilityLoader;
import dev.tauri4j.internal.security.CommandGuard;
import dev.tauri4j.internal.security.ExternalLinks;
import dev.tauri4j.internal.platform.PlatformOptions;
import dev.tauri4j.internal.platform.WebviewPlatform;
import dev.tauri4j.config.capability.PermissionCatalog;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** The running app: owns the platform, the windows, IPC and events. Built by {@link dev.tauri4j.Tauri}. */
public final class AppRuntime implements App {

    private static final System.Logger LOG = System.getLogger("dev.tauri4j");
    /** Emitted to every window when a window opens, with {@code {label}}. */
    public static final String WINDOW_CREATED = "tauri://window-created";

    private final TauriConfig config;
    private final LaunchMode mode;
    private final WebviewPlatform platform;
    private final BaseDirectories directories;
    private final dev.tauri4j.internal.core.path.ExternalBinaries externalBinaries;
    private final StateStore state;
    private final EventBus events;
    private final dev.tauri4j.internal.core.tray.Trays trays;
    private final IpcRouter router;
    private final BridgeScript bridge;
    private final Origins origins;
    private final AssetResolver assets;
    private final CommandGuard guard;
    private final ExternalLinks externalLinks;
    private final IntegrityManifest manifest;
    private final PluginHost plugins;
    private final FileAssetScheme fileAssets;
    private final AppWindows windows = new AppWindows(this);
    private final ResourceTable resources = new ResourceTable("the app");
    private final Map<String, dev.tauri4j.plugin.GrantedPaths> grantedPaths = new ConcurrentHashMap<>();
    private final dev.tauri4j.internal.core.menu.AppMenus menus = new dev.tauri4j.internal.core.menu.AppMenus(this, (label, change) -> {
        WindowRuntime w = windows.get(label);
        if (w != null) w.apply(change);
    });
    private final dev.tauri4j.TrayIcon.Builder configTray;
    private volatile int exitCode;

    /** Wires the parts with capabilities from the jar and external links refused; nothing native happens until {@link #run}. */
    public AppRuntime(TauriConfig config, LaunchMode mode, WebviewPlatform platform, Dispatcher dispatcher,
            dev.tauri4j.CommandRegistry registry, StateStore state, AssetResolver assets) {
        this(config, mode, platform, dispatcher, registry, state, assets, null, null, false);
    }

    /**
     * Wires the parts; nothing native happens until {@link #run}.
     *
     * @param manifest          the build's asset manifest, for the pages' CSP hashes; null when the app has none
     * @param configDir         the config file's folder, whose {@code capabilities/} is read; null to read them from the jar
     * @param openExternalLinks hand links the app does not open itself to the system browser instead of refusing them
     * @throws dev.tauri4j.config.ConfigException when a capability cannot be used
     */
    public AppRuntime(TauriConfig config, LaunchMode mode, WebviewPlatform platform, Dispatcher dispatcher,
            dev.tauri4j.CommandRegistry registry, StateStore state, AssetResolver assets, IntegrityManifest manifest,
            Path configDir, boolean openExternalLinks) {
        this(config, mode, platform, dispatcher, registry, state, assets, manifest, configDir, openExternalLinks, List.of());
    }

    /**
     * Wires the parts with the app's {@code plugins} (set up here, after the core plugins, in this order); nothing
     * native happens until {@link #run}.
     *
     * @throws IllegalStateException when a plugin's setup fails
     * @throws dev.tauri4j.config.ConfigException when a capability cannot be used
     */
    public AppRuntime(TauriConfig config, LaunchMode mode, WebviewPlatform platform, Dispatcher dispatcher,
            dev.tauri4j.CommandRegistry registry, StateStore state, AssetResolver assets, IntegrityManifest manifest,
            Path configDir, boolean openExternalLinks, List<dev.tauri4j.plugin.Plugin> plugins) {
        this.manifest = manifest;
        this.config = config;
        this.mode = mode;
        this.platform = platform;
        this.state = state;
        this.assets = assets;
        this.events = new EventBus(label -> {
            WindowRuntime w = windows.get(label);
            return w == null ? null : w.outbox();
        });
        this.trays = new dev.tauri4j.internal.core.tray.Trays(platform, menus::trayClicked);
        var trayIcon = config.app().trayIcon();
        this.configTray = trayIcon == null ? null : dev.tauri4j.internal.core.tray.ConfigTray.builder(trayIcon, configDir,
                Thread.currentThread().getContextClassLoader());
        this.plugins = new PluginHost(CorePlugins.of(this, events, menus), plugins);
        this.plugins.setup(this, registry, state, config);
        PermissionCatalog catalog = PermissionCatalog.of(registry.names(), this.plugins);
        this.guard = new CommandGuard(CapabilityLoader.load(config, configDir, Thread.currentThread().getContextClassLoader(),
                catalog), catalog);
        this.externalLinks = new ExternalLinks(openExternalLinks, platform.opener());
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String invokeKey = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
        var security = config.app().security();
        this.bridge = new BridgeScript(invokeKey, config.app().withGlobalTauri(), security.freezePrototype(),
                this.plugins.initScripts(), platform.bridgeTransport(), platform::schemeOrigin);
        this.origins = new Origins(platform.schemeOrigin("tauri"), mode.dev() ? config.build().devUrl() : null);
        BaseDirectories dirs = new BaseDirectories(platform.directories(), config.identifier(), BaseDirectories.defaultResourceDir());
        this.directories = dirs;
        this.externalBinaries = dev.tauri4j.internal.core.path.ExternalBinaries.of(config, configDir);
        // the pages' origin may read asset:// answers from script (fetch, canvas): the dev server's in dev mode, as in Tauri
        String pageOrigin = java.util.Objects.requireNonNullElse(mode.dev() ? Origins.originOf(config.build().devUrl()) : null, origins.app());
        this.fileAssets = FileAssetScheme.of(security.assetProtocol(), dirs, pageOrigin,
                grantedPaths(dev.tauri4j.plugin.GrantedPaths.ASSET_PROTOCOL));
        this.router = new IpcRouter(dispatcher, name -> registry.find(name).isPresent(), invokeKey, guard,
                (command, label, page, appPage) -> new ScopeSource(guard.scopeFor(command, label, page, appPage),
                        this.plugins.scopeType(dev.tauri4j.config.capability.CapabilitySet.pluginOf(command)), dirs));
    }

    /** Starts the UI on the calling thread, opens the configured windows, runs {@code setup}, and never returns. */
    public void run(Consumer<App> setup) {
        // JSON is first needed when the window opens; the mapper's set-up is better paid while the toolkit starts
        Thread.ofPlatform().daemon().name("tauri-warmup").start(() -> Outbox.json(Map.of("warm", List.of(1))));
        var security = config.app().security();
        String csp = mode.dev() && security.devCsp() != null ? security.devCsp() : security.csp();
        PageCsp pageCsp = new PageCsp(csp, security.cspModification(), manifest, bridge::cspSource,
                platform.bridgeTransport().ipcCspSource());
        platform.start(new PlatformOptions(config.productName(), config.version(),
                Map.of("tauri", new AssetScheme(assets, pageCsp), "ipc", new IpcScheme(this), "asset", fileAssets),
                mode.automation(), mode.devtools(), windows::openAutomationWindow));
        for (WindowConfig w : config.app().windows()) {
            if (w.create()) windows.open(w);
        }
        if (setup != null || configTray != null) {
            // off the UI thread: registering a tray icon waits for the tray host, which asks this process back
            Thread.ofVirtual().name("tauri-setup").start(() -> {
                if (configTray != null) showConfigTray();
                if (setup == null) return;
                try {
                    setup.accept(this);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.ERROR, "setup failed", e);
                }
            });
        }
        platform.runLoop();
        plugins.exit(exitCode);
        menus.shutdown();
        trays.removeAll();
        freeResources();
        System.exit(exitCode); // from the UI thread on purpose (see WebviewPlatform.runLoop)
    }

    /** The tray icon of app.trayIcon; without a tray host it waits for one (see Trays.create). */
    private void showConfigTray() {
        try {
            trays.create(configTray);
        } catch (java.io.IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "the tray icon of app.trayIcon could not be shown: " + e.getMessage(), e);
        }
    }

    /** At exit, after the plugins' onExit (which may still use them): every window's resources, then the app's. */
    void freeResources() {
        windows.freeResources();
        resources.closeAll();
    }

    String urlFor(WindowConfig cfg) {
        String url = cfg.url();
        if (url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) return url;
        String path = url.startsWith("/") ? url.substring(1) : url;
        String base = mode.dev() && config.build().devUrl() != null ? config.build().devUrl() : origins.app() + "/";
        return (base.endsWith("/") ? base : base + "/") + path;
    }

    @Override
    public List<dev.tauri4j.Monitor> monitors() {
        return windows.monitors();
    }

    @Override
    public void onWindowCloseRequested(Consumer<dev.tauri4j.Window> listener) {
        windows.onCloseRequested(listener);
    }

    void closeRequested(WindowRuntime window) {
        windows.closeRequested(window);
    }

    void windowClosed(WindowRuntime window) {
        windows.closed(window);
    }

    /** The app's menus: the app menu, the windows' menus, where clicks go. */
    public dev.tauri4j.internal.core.menu.AppMenus menus() {
        return menus;
    }

    @Override
    public dev.tauri4j.menu.Menu setMenu(dev.tauri4j.menu.Menu menu) {
        return menus.setAppMenu(menu);
    }

    @Override
    public Optional<dev.tauri4j.menu.Menu> menu() {
        return Optional.ofNullable(menus.appMenu());
    }

    @Override
    public void onMenuEvent(Consumer<dev.tauri4j.menu.MenuEvent> listener) {
        menus.listen(listener);
    }

    /** Runs {@code task} on the UI thread: inline when already there. */
    void onUi(Runnable task) {
        if (platform.isUiThread()) task.run();
        else platform.dispatch(task);
    }

    public WindowRuntime windowRuntime(String label) {
        return windows.get(label);
    }

    WebviewPlatform platform() {
        return platform;
    }

    StateStore stateStore() {
        return state;
    }

    EventBus events() {
        return events;
    }

    public IpcRouter router() {
        return router;
    }

    PluginHost plugins() {
        return plugins;
    }

    BridgeScript bridge() {
        return bridge;
    }

    public Origins origins() {
        return origins;
    }

    public CommandGuard guard() {
        return guard;
    }

    ExternalLinks externalLinks() {
        return externalLinks;
    }

    // ---- App

    @Override
    public void emit(String event, Object payload) {
        events.emit(event, payload, null, true);
    }

    @Override
    public void emitTo(String label, String event, Object payload) {
        events.emit(event, payload, label, true);
    }

    @Override
    public long listen(String event, Consumer<Event> handler) {
        return events.listenJava(event, handler, false);
    }

    @Override
    public long once(String event, Consumer<Event> handler) {
        return events.listenJava(event, handler, true);
    }

    @Override
    public void unlisten(long listenerId) {
        events.unlistenJava(listenerId);
    }

    @Override
    public Optional<Window> window(String label) {
        return Optional.ofNullable(windows.get(label));
    }

    @Override
    public Collection<Window> windows() {
        return windows.all();
    }

    @Override
    public Window createWindow(WindowConfig cfg) {
        return windows.create(cfg);
    }

    @Override
    public ResourceTable resources() {
        return resources;
    }

    @Override
    public dev.tauri4j.plugin.GrantedPaths grantedPaths(String scope) {
        return grantedPaths.computeIfAbsent(scope, dev.tauri4j.plugin.GrantedPaths::new);
    }

    @Override
    public <T> Optional<T> state(Class<T> type) {
        return state.get(type);
    }

    @Override
    public TauriConfig config() {
        return config;
    }

    @Override
    public Optional<java.nio.file.Path> directory(dev.tauri4j.config.scope.BaseDirectory directory) {
        return directories.resolve(directory);
    }

    @Override
    public java.nio.file.Path externalBinary(String entry) {
        return externalBinaries.resolve(entry);
    }

    @Override
    public void openWithSystem(String target) throws java.io.IOException {
        platform.opener().open(java.util.Objects.requireNonNull(target, "target"));
    }

    @Override
    public dev.tauri4j.plugin.SessionBus sessionBus() throws java.io.IOException {
        return platform.sessionBus();
    }

    @Override
    public dev.tauri4j.TrayIcon newTrayIcon(dev.tauri4j.TrayIcon.Builder builder) throws java.io.IOException {
        return trays.create(java.util.Objects.requireNonNull(builder, "builder"));
    }

    @Override
    public Optional<dev.tauri4j.TrayIcon> trayIcon(String id) {
        return trays.byId(id);
    }

    /** The tray icons, for plugin:tray. */
    dev.tauri4j.internal.core.tray.Trays trays() {
        return trays;
    }

    @Override
    public void runOnMainThread(Runnable task) {
        onUi(java.util.Objects.requireNonNull(task, "task"));
    }

    @Override
    public void exit(int code) {
        exitCode = code;
        onUi(() -> {
            for (Window w : windows.all()) w.close();
            platform.quit();
        });
    }
}
