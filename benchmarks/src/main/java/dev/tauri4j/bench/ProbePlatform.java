package dev.tauri4j.bench;

import dev.tauri4j.config.WindowConfig;
import dev.tauri4j.webview.NativeWebview;
import dev.tauri4j.webview.PlatformOptions;
import dev.tauri4j.webview.WebviewHandler;
import dev.tauri4j.webview.WebviewPlatform;

/**
 * The real platform with clocks at its seam: when a script message reaches Java on the UI thread, and when the
 * answer's evaluate_javascript starts and returns. With the command's own clock that splits a round trip into
 * Java's part and WebKit's part without touching the runtime.
 */
final class ProbePlatform implements WebviewPlatform {

    private final WebviewPlatform real;
    private final long[] messages;
    private final long[] evalStarts;
    private final long[] evalEnds;
    // written on the UI thread only; read after a later message has crossed to a command thread
    private volatile int messageCount;
    private volatile int evalCount;

    ProbePlatform(WebviewPlatform real, int capacity) {
        this.real = real;
        this.messages = new long[capacity];
        this.evalStarts = new long[capacity];
        this.evalEnds = new long[capacity];
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

    @Override
    public void start(PlatformOptions options) {
        real.start(options);
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
        return new TimedView(real.open(window, url, new TimedHandler(handler)));
    }

    @Override
    public void quit() {
        real.quit();
    }

    private final class TimedHandler implements WebviewHandler {
        private final WebviewHandler inner;

        TimedHandler(WebviewHandler inner) {
            this.inner = inner;
        }

        @Override
        public void onMessage(String message) {
            int i = messageCount;
            if (i < messages.length) {
                messages[i] = System.nanoTime();
                messageCount = i + 1;
            }
            inner.onMessage(message);
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
            inner.onPageCommitted(uri);
        }

        @Override
        public void onClosed() {
            inner.onClosed();
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
    }
}
