package dev.tauri4j.internal.runtime;

import dev.tauri4j.internal.ipc.Origins;
import dev.tauri4j.internal.ipc.Outbox;
import dev.tauri4j.CommandException;
import dev.tauri4j.Event;
import dev.tauri4j.config.WindowConfig;
import dev.tauri4j.internal.core.resources.ResourceTable;
import dev.tauri4j.internal.ipc.CallContext;
import dev.tauri4j.internal.platform.NativeWebview;
import dev.tauri4j.internal.platform.NativeWindow;
import dev.tauri4j.internal.platform.WebviewHandler;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

/** One window as the runtime sees it: its page's IPC, its outbox, and the {@link dev.tauri4j.Window} handle for app code. */
public final class WindowRuntime extends WindowControls implements WebviewHandler {

    private static final System.Logger LOG = System.getLogger("dev.tauri4j.ipc");
    private static final SecureRandom RANDOM = new SecureRandom();
    public static final String CLOSE_REQUESTED = "tauri://close-requested";
    /**
     * Window events leave the UI thread here, one at a time and in order: Java listeners must not run on the UI
     * thread (a listener asking the window for its size would wait for itself).
     */
    private static final ExecutorService WINDOW_EVENTS = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("tauri-window-events").factory());

    private final AppRuntime app;
    private final String label;
    private final Outbox outbox;
    private final CallContext context;
    private final Map<String, byte[]> binaryAnswers = new ConcurrentHashMap<>();
    private final ResourceTable resources;
    private volatile NativeWebview view;
    private final String startUrl;
    private volatile String pageUri;
    private volatile boolean appPage;
    private volatile int generation;
    private volatile java.util.function.Predicate<dev.tauri4j.Window> closeGuard;
    private NativeWindow.Bounds lastOuter; // UI thread only
    private NativeWindow.Bounds lastInner;

    public WindowRuntime(AppRuntime app, WindowConfig config, String startUrl) {
        this.app = app;
        this.startUrl = startUrl;
        this.label = config.label();
        this.resources = new ResourceTable("window '" + config.label() + "'");
        this.outbox = new Outbox(app.platform(), () -> view);
        this.context = new CallContext(app, this, outbox, app.stateStore());
    }

    @Override
    AppRuntime app() {
        return app;
    }

    public void attach(NativeWebview nativeView) {
        this.view = nativeView;
    }

    NativeWebview nativeView() {
        return view;
    }

    public Outbox outbox() {
        return outbox;
    }

    public CallContext context() {
        return context;
    }

    /** The URL of the committed page (not changed by history.pushState); null before the first load. */
    public String pageUri() {
        return pageUri;
    }

    @Override
    public String url() {
        return pageUri;
    }

    /** Whether the committed page is one of the app's own; worked out once per page, not per call. */
    public boolean appPage() {
        return appPage;
    }

    /** The page generation: answers to calls from a page that has gone are dropped. */
    public int generation() {
        return generation;
    }

    /** Keeps a binary answer until the page pulls it over the ipc: scheme; returns the one-time token. */
    public String keepBinary(byte[] bytes) {
        byte[] raw = new byte[16];
        RANDOM.nextBytes(raw);
        String token = HexFormat.of().formatHex(raw);
        binaryAnswers.put(token, bytes);
        return token;
    }

    public byte[] takeBinary(String token) {
        return binaryAnswers.remove(token);
    }

    // ---- WebviewHandler (UI thread)

    @Override
    public String label() {
        return label;
    }

    @Override
    public String initScript() {
        return app.bridge().render(label);
    }

    @Override
    public void onMessage(String message) {
        // pages of other origins get answers too, but only denials unless a capability's remote.urls names them
        app.router().onMessage(this, message, generation);
    }

    @Override
    public boolean allowNavigation(String uri, boolean newWindow) {
        boolean allowed = !newWindow && (app.origins().mayNavigate(uri) || app.guard().isTrustedRemote(uri)
                || (Origins.originOf(uri) != null && Origins.originOf(uri).equals(Origins.originOf(startUrl))));
        if (!allowed) {
            boolean opened = !app.origins().isAppPage(uri) && app.externalLinks().open(uri);
            LOG.log(System.Logger.Level.INFO, (newWindow ? "new window to " : "navigation to ") + uri + " blocked in window '"
                    + label + "'" + (opened ? ", opened in the system browser instead"
                    : newWindow ? ": pages never open new windows" 
                    : ": only the app's own pages (and the window's start URL's origin, and capability remote.urls) open inside the app"));
        }
        return allowed;
    }

    /**
     * A new document replaced the page. Its rids died with the old page's scripts, so the window's resources are
     * freed here (Tauri keeps them until the webview goes, where nothing can close them any more); not on the first
     * document, so that what Java added while the window opened stays.
     */
    @Override
    public void onPageCommitted(String uri) {
        if (pageUri != null) resources.closeAll();
        appPage = app.origins().isAppPage(uri);
        pageUri = uri;
        generation++;
        outbox.clear();
        binaryAnswers.clear();
        app.events().dropWindow(label);
        app.plugins().pageLoaded(this, uri);
    }

    @Override
    public void onClosed() {
        view = null;
        resources.closeAll();
        emitWindowEvent("tauri://destroyed", null);
        app.windowClosed(this);
        app.plugins().windowDestroyed(label);
    }

    @Override
    public void onConfigured(NativeWindow.Bounds outer, NativeWindow.Bounds inner) {
        NativeWebview v = view;
        double scale = v == null ? 1 : v.window().scaleFactor();
        if (lastInner == null || lastInner.width() != inner.width() || lastInner.height() != inner.height()) {
            emitWindowEvent("tauri://resize", physical(inner, scale));
        }
        if (lastOuter == null || lastOuter.x() != outer.x() || lastOuter.y() != outer.y()) {
            emitWindowEvent("tauri://move", physicalPosition(outer, scale));
        }
        lastInner = inner;
        lastOuter = outer;
    }

    @Override
    public void onFocusChanged(boolean focused) {
        emitWindowEvent(focused ? "tauri://focus" : "tauri://blur", null);
    }

    @Override
    public void onThemeChanged(boolean dark) {
        emitWindowEvent("tauri://theme-changed", dark ? "dark" : "light");
    }

    @Override
    public void onScaleChanged(double scaleFactor) {
        NativeWebview v = view;
        if (v == null) return;
        emitWindowEvent("tauri://scale-change", Map.of("scaleFactor", scaleFactor,
                "size", physical(v.window().inner(), scaleFactor)));
    }

    /**
     * As Tauri: while a page listens to this window's close request ({@code onCloseRequested}), the window stays
     * open and that page decides (it calls {@code destroy}); otherwise it closes.
     */
    @Override
    public boolean onCloseRequested() {
        app.closeRequested(this);
        var guard = closeGuard;
        boolean javaKeeps = false;
        if (guard != null) {
            try {
                javaKeeps = !guard.test(this);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "the close-request handler of window '" + label + "' failed; the window stays open", e);
                javaKeeps = true;
            }
        }
        boolean pageDecides = app.events().hasPageListener(CLOSE_REQUESTED, label);
        emitWindowEvent(CLOSE_REQUESTED, null);
        return !javaKeeps && !pageDecides;
    }

    @Override
    public void onCloseRequested(java.util.function.Predicate<dev.tauri4j.Window> allowClose) {
        closeGuard = allowClose;
    }

    private void emitWindowEvent(String event, Object payload) {
        WINDOW_EVENTS.execute(() -> app.events().emit(event, payload, label, true));
    }

    // ---- WindowControls: the UI-thread hops

    @Override
    public <T> T query(Function<NativeWebview, T> read) {
        if (app.platform().isUiThread()) return readNow(read);
        CompletableFuture<T> result = new CompletableFuture<>();
        app.platform().dispatch(() -> {
            try {
                result.complete(readNow(read));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new CommandException("UI_TIMEOUT", "window '" + label + "': the UI thread did not answer within 10 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandException("INTERRUPTED", "interrupted while waiting for window '" + label + "'");
        }
    }

    private <T> T readNow(Function<NativeWebview, T> read) {
        NativeWebview v = view;
        if (v == null) throw new CommandException("WINDOW_NOT_FOUND", "window '" + label + "' is closed");
        return read.apply(v);
    }

    @Override
    void apply(Consumer<NativeWebview> change) {
        app.onUi(() -> {
            NativeWebview v = view;
            if (v != null) change.accept(v);
        });
    }

    // ---- Window (any thread)

    @Override
    public void emit(String event, Object payload) {
        app.events().emit(event, payload, label, true);
    }

    @Override
    public long listen(String event, Consumer<Event> handler) {
        return app.events().listenJava(event, handler, false, label);
    }

    @Override
    public void eval(String script) {
        app.onUi(() -> {
            NativeWebview v = view;
            if (v != null) v.eval(script);
        });
    }

    @Override
    public void setTitle(String title) {
        app.onUi(() -> {
            NativeWebview v = view;
            if (v != null) v.setTitle(title);
        });
    }

    @Override
    public void close() {
        app.onUi(() -> {
            NativeWebview v = view;
            if (v != null) v.close();
        });
    }

    @Override
    public ResourceTable resources() {
        return resources;
    }

    @Override
    public String toString() {
        return "Window[" + label + "]";
    }

    // ---- menus (AppMenus keeps them; the platform draws them)

    @Override
    public dev.tauri4j.menu.Menu setMenu(dev.tauri4j.menu.Menu menu) {
        return app.menus().setWindowMenu(label, menu);
    }

    @Override
    public java.util.Optional<dev.tauri4j.menu.Menu> menu() {
        return java.util.Optional.ofNullable(app.menus().windowMenu(label));
    }

    @Override
    public void popupMenu(dev.tauri4j.menu.MenuContainer menu) {
        app.menus().popup(label, java.util.Objects.requireNonNull(menu, "menu"), null, null);
    }

    @Override
    public void popupMenu(dev.tauri4j.menu.MenuContainer menu, double logicalX, double logicalY) {
        app.menus().popup(label, java.util.Objects.requireNonNull(menu, "menu"), logicalX, logicalY);
    }
}
