package dev.tauri4j.internal.runtime;

import dev.tauri4j.config.WindowConfig;
import dev.tauri4j.internal.platform.NativeWebview;
import dev.tauri4j.internal.platform.PlatformOptions;
import dev.tauri4j.internal.platform.WebviewHandler;
import dev.tauri4j.internal.platform.WebviewPlatform;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

/** A platform without a display: dispatched tasks wait until the test runs them; evals are recorded. */
public final class FakePlatform implements WebviewPlatform, NativeWebview {

    public final Queue<Runnable> tasks = new ArrayDeque<>();
    public final List<String> evals = new ArrayList<>();

    @Override public void start(PlatformOptions options) {}
    @Override public void runLoop() {}
    @Override public synchronized void dispatch(Runnable task) { tasks.add(task); }
    @Override public boolean isUiThread() { return false; }
    @Override public NativeWebview open(WindowConfig window, String url, WebviewHandler handler) { return this; }
    @Override public void quit() {}

    /** Runs what was dispatched so far, like one turn of the UI loop. */
    public synchronized int runTasks() {
        int n = 0;
        Runnable r;
        while ((r = tasks.poll()) != null) {
            r.run();
            n++;
        }
        return n;
    }

    @Override public void eval(String script) { evals.add(script); }
    @Override public void load(String url) {}
    @Override public String url() { return null; }
    @Override public void setTitle(String title) {}
    @Override public void show() {}
    @Override public void hide() {}
    @Override public void close() {}
}
