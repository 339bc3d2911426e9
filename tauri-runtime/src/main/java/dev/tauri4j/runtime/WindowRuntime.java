package dev.tauri4j.runtime;

import dev.tauri4j.Window;
import dev.tauri4j.config.WindowConfig;
import dev.tauri4j.ipc.CallContext;
import dev.tauri4j.webview.NativeWebview;
import dev.tauri4j.webview.WebviewHandler;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One window as the runtime sees it: its page's IPC, its outbox, and the {@link Window} handle for app code. */
final class WindowRuntime implements WebviewHandler, Window {

    private static final System.Logger LOG = System.getLogger("dev.tauri4j.ipc");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AppRuntime app;
    private final String label;
    private final Outbox outbox;
    private final CallContext context;
    private final Map<String, byte[]> binaryAnswers = new ConcurrentHashMap<>();
    private volatile NativeWebview view;
    private final String startUrl;
    private volatile String pageUri;
    private volatile boolean appPage;
    private volatile int generation;

    WindowRuntime(AppRuntime app, WindowConfig config, String startUrl) {
        this.app = app;
        this.startUrl = startUrl;
        this.label = config.label();
        this.outbox = new Outbox(app.platform(), () -> view);
        this.context = new CallContext(app, this, outbox, app.stateStore());
    }

    void attach(NativeWebview nativeView) {
        this.view = nativeView;
    }

    NativeWebview nativeView() {
        return view;
    }

    Outbox outbox() {
        return outbox;
    }

    CallContext context() {
        return context;
    }

    /** The URL of the committed page (not changed by history.pushState); null before the first load. */
    String pageUri() {
        return pageUri;
    }

    /** Whether the committed page is one of the app's own; worked out once per page, not per call. */
    boolean appPage() {
        return appPage;
    }

    /** The page generation: answers to calls from a page that has gone are dropped. */
    int generation() {
        return generation;
    }

    /** Keeps a binary answer until the page pulls it over the ipc: scheme; returns the one-time token. */
    String keepBinary(byte[] bytes) {
        byte[] raw = new byte[16];
        RANDOM.nextBytes(raw);
        String token = HexFormat.of().formatHex(raw);
        binaryAnswers.put(token, bytes);
        return token;
    }

    byte[] takeBinary(String token) {
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

    @Override
    public void onPageCommitted(String uri) {
        appPage = app.origins().isAppPage(uri);
        pageUri = uri;
        generation++;
        outbox.clear();
        binaryAnswers.clear();
        app.events().dropWindow(label);
    }

    @Override
    public void onClosed() {
        view = null;
        app.windowClosed(this);
    }

    // ---- Window (any thread)

    @Override
    public void emit(String event, Object payload) {
        app.events().emit(event, payload, label, true);
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
    public String toString() {
        return "Window[" + label + "]";
    }
}
