package dev.tauri4j.bench;

import dev.tauri4j.config.WindowConfig;
import dev.tauri4j.internal.platform.NativeWebview;
import dev.tauri4j.internal.platform.PlatformOptions;
import dev.tauri4j.internal.platform.SystemDirectories;
import dev.tauri4j.internal.platform.SystemOpener;
import dev.tauri4j.internal.platform.WebviewHandler;
import dev.tauri4j.internal.platform.WebviewPlatform;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real platform with clocks at its seam: when a script message reaches Java on the UI thread, and when the
 * answer's evaluate_javascript starts and returns; with the command's own clock that splits a round trip into
 * Java's part and WebKit's part without touching the runtime. Also answers the "floor" command itself, on the
 * UI thread, to show what a round trip costs with no runtime at all; and notes start-up phases.
 */
final class ProbePlatform implements WebviewPlatform {

    private static final Pattern CALL_ID = Pattern.compile("\"i\":(\\d+),\"c\":\"floor\"");

    private final WebviewPlatform real;
    private final ProbeSchemes schemes = new ProbeSchemes();
    private final Map<String, Long> phases = new LinkedHashMap<>();
    private final long[] messages;
    private final long[] evalStarts;
    private final long[] evalEnds;
    private final long[] floors;
    // written on the UI thread only; read after a later message has crossed to a command thread
    private volatile int messageCount;
    private volatile int evalCount;
    private volatile int floorCount;

    ProbePlatform(WebviewPlatform real, int capacity) {
        this.real = real;
        this.messages = new long[capacity];
        this.evalStarts = new long[capacity];
        this.evalEnds = new long[capacity];
        this.floors = new long[capacity];
    }

    int messageCount() {
        return messageCount;
    }

    int evalCount() {
        return evalCount;
    }

    long message(int i) {
        return messages[i];
    }

    long evalStart(int i) {
        return evalStarts[i];
    }

    long evalEnd(int i) {
        return evalEnds[i];
    }

    /** Arrival times of the floor calls, in order. */
    long[] floors() {
        return Arrays.copyOf(floors, floorCount);
    }

    ProbeSchemes schemes() {
        return schemes;
    }

    /** Start-up phases as wall-clock microseconds, in the order they happened. */
    synchronized Map<String, Long> phases() {
        Map<String, Long> out = new LinkedHashMap<>(phases);
        if (schemes.firstRequestMicros() != 0) out.put("firstSchemeRequest", schemes.firstRequestMicros());
        return out;
    }

    synchronized void phase(String name) {
        phases.putIfAbsent(name, Clock.epochMicros());
    }

    synchronized void phaseAt(String name, long epochMicros) {
        phases.putIfAbsent(name, epochMicros);
    }

    @Override
    public void start(PlatformOptions options) {
        phase("platformStart");
        real.start(new PlatformOptions(options.appName(), options.appVersion(), schemes.wrap(options.schemes()),
                options.automation(), options.devtools(), options.automationWindow()));
        schemes.uiThreadIs(Thread.currentThread());
        phase("platformStarted");
    }

    @Override
    public void runLoop() {
        real.runLoop();
    }

    @Override
    public void dispatch(Runnable task) {
        real.dispatch(task);
    }

    @Override
    public boolean isUiThread() {
        return real.isUiThread();
    }

    @Override
    public NativeWebview open(WindowConfig window, String url, WebviewHandler handler) {
        phase("windowOpen");
        TimedHandler timed = new TimedHandler(handler);
        NativeWebview view = real.open(window, url, timed);
        timed.view = view;
        phase("windowOpened");
        return new TimedView(view);
    }

    @Override
    public void quit() {
        real.quit();
    }

    @Override
    public dev.tauri4j.internal.platform.BridgeTransport bridgeTransport() {
        return real.bridgeTransport();
    }

    @Override
    public String schemeOrigin(String scheme) {
        return real.schemeOrigin(scheme);
    }

    @Override
    public SystemDirectories directories() {
        return real.directories();
    }

    @Override
    public SystemOpener opener() {
        return real.opener();
    }

    @Override
    public boolean launchedByWebDriver() {
        return real.launchedByWebDriver();
    }

    private final class TimedHandler implements WebviewHandler {
        private final WebviewHandler inner;
        private NativeWebview view;

        TimedHandler(WebviewHandler inner) {
            this.inner = inner;
        }

        @Override
        public void onMessage(String message) {
            long now = System.nanoTime();
            if (floorAnswered(message, now)) return;
            phase("firstMessage");
            int i = messageCount;
            if (i < messages.length) {
                messages[i] = now;
                messageCount = i + 1;
            }
            inner.onMessage(message);
        }

        /** The floor: the bridge's own answer format, evaluated at once, with no runtime in between. */
        private boolean floorAnswered(String message, long now) {
            if (!message.contains("\"c\":\"floor\"")) return false;
            Matcher m = CALL_ID.matcher(message);
            if (!m.find() || view == null) return false;
            int i = floorCount;
            if (i < floors.length) {
                floors[i] = now;
                floorCount = i + 1;
            }
            view.eval("window.__TAURI4J_DELIVER__([[1," + m.group(1) + ",null]])");
            return true;
        }

        @Override
        public String label() {
            return inner.label();
        }

        @Override
        public String initScript() {
            return inner.initScript();
        }

        @Override
        public boolean allowNavigation(String uri, boolean newWindow) {
            return inner.allowNavigation(uri, newWindow);
        }

        @Override
        public void onPageCommitted(String uri) {
            phase("pageCommitted");
            inner.onPageCommitted(uri);
        }

        @Override
        public void onClosed() {
            inner.onClosed();
        }

        @Override
        public void onConfigured(dev.tauri4j.internal.platform.NativeWindow.Bounds outer, dev.tauri4j.internal.platform.NativeWindow.Bounds innerArea) {
            inner.onConfigured(outer, innerArea);
        }

        @Override
        public void onFocusChanged(boolean focused) {
            inner.onFocusChanged(focused);
        }

        @Override
        public void onThemeChanged(boolean dark) {
            inner.onThemeChanged(dark);
        }

        @Override
        public void onScaleChanged(double scaleFactor) {
            inner.onScaleChanged(scaleFactor);
        }

        @Override
        public boolean onCloseRequested() {
            return inner.onCloseRequested();
        }
    }

    private final class TimedView implements NativeWebview {
        private final NativeWebview inner;

        TimedView(NativeWebview inner) {
            this.inner = inner;
        }

        @Override
        public void eval(String script) {
            int i = evalCount;
            long start = System.nanoTime();
            inner.eval(script);
            if (i < evalStarts.length) {
                evalStarts[i] = start;
                evalEnds[i] = System.nanoTime();
                evalCount = i + 1;
            }
        }

        @Override
        public void load(String url) {
            inner.load(url);
        }

        @Override
        public String url() {
            return inner.url();
        }

        @Override
        public void setTitle(String title) {
            inner.setTitle(title);
        }

        @Override
        public void show() {
            inner.show();
        }

        @Override
        public void hide() {
            inner.hide();
        }

        @Override
        public void close() {
            inner.close();
        }

        @Override
        public dev.tauri4j.internal.platform.NativeWindow window() {
            return inner.window();
        }
    }
}
