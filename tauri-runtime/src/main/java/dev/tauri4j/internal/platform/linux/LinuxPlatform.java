package dev.tauri4j.internal.platform.linux;

import static dev.tauri4j.internal.platform.linux.Native.INT;
import static dev.tauri4j.internal.platform.linux.Native.NULL;
import static dev.tauri4j.internal.platform.linux.Native.PTR;

import dev.tauri4j.config.WindowConfig;
import dev.tauri4j.internal.platform.BridgeTransport;
import dev.tauri4j.internal.platform.NativeWebview;
import dev.tauri4j.internal.platform.PlatformOptions;
import dev.tauri4j.internal.platform.SchemeHandler;
import dev.tauri4j.internal.platform.SystemDirectories;
import dev.tauri4j.internal.platform.SystemOpener;
import dev.tauri4j.internal.platform.WebviewHandler;
import dev.tauri4j.internal.platform.WebviewPlatform;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/** GTK 3 + WebKitGTK 4.1 through FFM: the Linux {@link WebviewPlatform}. One per process. */
public final class LinuxPlatform implements WebviewPlatform {

    private static final System.Logger LOG = System.getLogger("dev.tauri4j.webview");
    private static volatile LinuxPlatform instance;

    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final List<SchemeHandler> schemeHandlers = new ArrayList<>();
    private PlatformOptions options;
    private MemorySegment context;
    private MemorySegment drainStub;
    private boolean firstAutomationViewGiven;

    /** Created through {@link LinuxPlatformProvider}. */
    public LinuxPlatform() {}

    @Override
    public BridgeTransport bridgeTransport() {
        // WebKit's user content manager exposes the handler registered as "ipc" here, to the top frame's scripts
        return new BridgeTransport(java.util.List.of("webkit", "messageHandlers", "ipc"), "ipc:", "/", ":");
    }

    @Override
    public String schemeOrigin(String scheme) {
        return scheme + "://localhost"; // WebKitGTK serves custom schemes as they are, as Tauri on Linux
    }

    @Override
    public SystemDirectories directories() {
        return new XdgDirectories(System::getenv, System.getProperty("user.home"));
    }

    @Override
    public SystemOpener opener() {
        return new XdgOpen();
    }

    @Override
    public dev.tauri4j.plugin.SessionBus sessionBus() throws java.io.IOException {
        return DBusSession.get();
    }

    @Override
    public dev.tauri4j.internal.platform.NativeTray createTray(String id, dev.tauri4j.internal.platform.NativeTray.State state,
            java.util.function.Consumer<dev.tauri4j.internal.platform.NativeTray.Click> clicks,
            dev.tauri4j.internal.platform.MenuClicks menuClicks) throws java.io.IOException {
        return StatusNotifierItem.register(id, state, clicks, menuClicks);
    }

    @Override
    public void updateLauncher(String appName, dev.tauri4j.internal.platform.LauncherUpdate update) throws java.io.IOException {
        UnityLauncherEntry.update(appName, update);
    }

    @Override
    public boolean launchedByWebDriver() {
        // WebKitWebDriver always sets WEBKIT_INSPECTOR_SERVER for the process it launches
        return System.getenv("WEBKIT_INSPECTOR_SERVER") != null;
    }

    @Override
    public void start(PlatformOptions options) {
        synchronized (LinuxPlatform.class) {
            if (instance != null) throw new IllegalStateException("the UI platform was already started in this process");
            instance = this;
        }
        this.options = options;
        Native.claimUiThread();
        Native.prelinkInBackground(WebKit.class, Gtk.class, GLib.class, GtkWebview.stubsClass(), GtkWindowSignals.Stubs.class);
        try {
            if ((int) Gtk.gtk_init_check.h().invokeExact(NULL, NULL) == 0) {
                throw new IllegalStateException("GTK could not open a display (DISPLAY=" + System.getenv("DISPLAY")
                        + "). Run on a desktop session, or start a virtual one: Xvfb :99 & export DISPLAY=:99");
            }
            drainStub = Native.upcall(LinuxPlatform.class, "onDrain", INT, PTR);
            context = (MemorySegment) WebKit.web_context_new.h().invokeExact();
            registerSchemes(options.schemes());
            if (options.automation()) enableAutomation();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("could not start GTK/WebKitGTK", t);
        }
    }

    private void registerSchemes(Map<String, SchemeHandler> schemes) throws Throwable {
        MemorySegment stub = Native.upcall(LinuxPlatform.class, "onScheme", null, PTR, PTR);
        MemorySegment security = (MemorySegment) WebKit.web_context_get_security_manager.h().invokeExact(context);
        try (Arena arena = Arena.ofConfined()) {
            for (var entry : schemes.entrySet()) {
                MemorySegment name = arena.allocateFrom(entry.getKey());
                schemeHandlers.add(entry.getValue());
                MemorySegment index = MemorySegment.ofAddress(schemeHandlers.size() - 1);
                WebKit.web_context_register_uri_scheme.h().invokeExact(context, name, stub, index, NULL);
                // secure: the page is a secure context (crypto.subtle, ES modules); CORS-enabled: fetch() may reach it
                WebKit.security_manager_register_uri_scheme_as_secure.h().invokeExact(security, name);
                WebKit.security_manager_register_uri_scheme_as_cors_enabled.h().invokeExact(security, name);
            }
        }
    }

    private void enableAutomation() throws Throwable {
        WebKit.web_context_set_automation_allowed.h().invokeExact(context, 1);
        GLib.connect(context, "automation-started",
                Native.upcall(LinuxPlatform.class, "onAutomationStarted", null, PTR, PTR, PTR), NULL);
    }

    @Override
    public void runLoop() {
        try {
            Gtk.gtk_main.h().invokeExact();
        } catch (Throwable t) {
            throw new IllegalStateException("the GTK main loop failed", t);
        }
    }

    @Override
    public void dispatch(Runnable task) {
        tasks.add(task);
        if (drainScheduled.compareAndSet(false, true)) {
            try {
                int id = (int) GLib.g_idle_add_full.h().invokeExact(0, drainStub, NULL, NULL);
            } catch (Throwable t) {
                drainScheduled.set(false);
                throw new IllegalStateException("could not reach the UI thread", t);
            }
        }
    }

    /** Runs {@code task} on the UI thread in a later turn of the loop (never inline), as {@link #dispatch}. */
    static void later(Runnable task) {
        instance.dispatch(task);
    }

    @SuppressWarnings("unused") // GSourceFunc upcall
    private static int onDrain(MemorySegment data) {
        LinuxPlatform p = instance;
        p.drainScheduled.set(false);
        Runnable task;
        while ((task = p.tasks.poll()) != null) {
            try {
                task.run();
            } catch (Throwable t) {
                LOG.log(System.Logger.Level.ERROR, "task on the UI thread failed", t);
            }
        }
        return 0; // G_SOURCE_REMOVE
    }

    @Override
    public boolean isUiThread() {
        return Native.onUiThread();
    }

    @Override
    public NativeWebview open(WindowConfig window, String url, WebviewHandler handler) {
        return GtkWebview.open(context, window, url, handler, options.automation(), options.devtools());
    }

    @Override
    public void quit() {
        try {
            Gtk.gtk_main_quit.h().invokeExact();
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @SuppressWarnings("unused") // WebKitURISchemeRequestCallback upcall
    private static void onScheme(MemorySegment request, MemorySegment data) throws Throwable {
        LinuxPlatform p = instance;
        p.schemeHandlers.get((int) data.address()).handle(new GtkSchemeRequest(request, p));
    }

    @SuppressWarnings("unused") // WebKitWebContext::automation-started upcall
    private static void onAutomationStarted(MemorySegment context, MemorySegment session, MemorySegment data) throws Throwable {
        LinuxPlatform p = instance;
        MemorySegment info = (MemorySegment) WebKit.application_info_new.h().invokeExact();
        try (Arena arena = Arena.ofConfined()) {
            WebKit.application_info_set_name.h().invokeExact(info, arena.allocateFrom(p.options.appName()));
            long[] v = versionParts(p.options.appVersion());
            WebKit.application_info_set_version.h().invokeExact(info, v[0], v[1], v[2]);
            WebKit.automation_session_set_application_info.h().invokeExact(session, info);
        }
        WebKit.application_info_unref.h().invokeExact(info);
        GLib.connect(session, "create-web-view", Native.upcall(LinuxPlatform.class, "onCreateWebView", PTR, PTR, PTR), NULL);
    }

    /** WebKitAutomationSession::create-web-view: the first session view is the app's main window. */
    @SuppressWarnings("unused")
    private static MemorySegment onCreateWebView(MemorySegment session, MemorySegment data) {
        LinuxPlatform p = instance;
        if (!p.firstAutomationViewGiven) {
            p.firstAutomationViewGiven = true;
            GtkWebview first = GtkWebview.first();
            if (first != null) return first.view();
        }
        NativeWebview created = p.options.automationWindow().get();
        return created instanceof GtkWebview gtk ? gtk.view() : NULL;
    }

    static long[] versionParts(String version) {
        long[] parts = new long[3];
        String[] split = version == null ? new String[0] : version.split("[.+-]");
        for (int i = 0; i < 3 && i < split.length; i++) {
            try {
                parts[i] = Long.parseLong(split[i]);
            } catch (NumberFormatException e) {
                break;
            }
        }
        return parts;
    }
}
