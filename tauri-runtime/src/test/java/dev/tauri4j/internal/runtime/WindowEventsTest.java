package dev.tauri4j.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.Event;
import dev.tauri4j.internal.assets.AssetResolver;
import dev.tauri4j.assets.ClasspathAssetSource;
import dev.tauri4j.config.ConfigLoader;
import dev.tauri4j.config.WindowConfig;
import dev.tauri4j.CommandRegistry;
import dev.tauri4j.internal.ipc.Dispatcher;
import dev.tauri4j.internal.ipc.StateStore;
import dev.tauri4j.internal.platform.NativeWindow.Bounds;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What a window reports becomes Tauri's window events, and who decides on a close request; no display needed. */
class WindowEventsTest {

    private final CommandRegistry registry = new CommandRegistry();
    private final AppRuntime app = new AppRuntime(ConfigLoader.parse("{\"identifier\": \"com.example.events\"}", "tauri.conf.json").config(),
            new LaunchMode(false, false, false), new FakePlatform(), new Dispatcher(registry), registry, new StateStore(),
            new AssetResolver(new ClasspathAssetSource(getClass().getClassLoader(), "no-assets")));
    private final WindowRuntime window = new WindowRuntime(app, WindowConfig.of("main"), FakePlatform.APP_ORIGIN + "/");
    private final List<String> heard = new CopyOnWriteArrayList<>();

    private void record(String... events) {
        for (String e : events) window.listen(e, (Event ev) -> heard.add(e.substring("tauri://".length()) + " " + ev.payload()));
    }

    private List<String> settled(int expected) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (heard.size() < expected && System.nanoTime() < end) Thread.sleep(10);
        Thread.sleep(50); // and nothing more arrives
        return List.copyOf(heard);
    }

    @Test
    void resizeAndMoveAreEmittedOnlyWhenTheyChange() throws InterruptedException {
        record("tauri://resize", "tauri://move");
        window.onConfigured(new Bounds(10, 20, 800, 600), new Bounds(10, 20, 800, 600));
        window.onConfigured(new Bounds(30, 20, 800, 600), new Bounds(30, 20, 800, 600));
        window.onConfigured(new Bounds(30, 20, 640, 480), new Bounds(30, 20, 640, 480));
        assertThat(settled(4)).containsExactly("resize {\"width\":800,\"height\":600}", "move {\"x\":10,\"y\":20}",
                "move {\"x\":30,\"y\":20}", "resize {\"width\":640,\"height\":480}");
    }

    @Test
    void focusBlurAndThemeHaveTauriPayloads() throws InterruptedException {
        record("tauri://focus", "tauri://blur", "tauri://theme-changed");
        window.onFocusChanged(true);
        window.onFocusChanged(false);
        window.onThemeChanged(true);
        assertThat(settled(3)).containsExactly("focus null", "blur null", "theme-changed \"dark\"");
    }

    @Test
    void aCloseRequestClosesUnlessJavaOrAPageListeningToThisWindowKeepsIt() throws InterruptedException {
        record("tauri://close-requested");
        assertThat(window.onCloseRequested()).as("nobody listens").isTrue();
        app.events().listenPage("other", WindowRuntime.CLOSE_REQUESTED, null, 7); // "Any" target: does not decide
        assertThat(window.onCloseRequested()).isTrue();
        long id = app.events().listenPage("main", WindowRuntime.CLOSE_REQUESTED, "main", 8);
        assertThat(window.onCloseRequested()).as("the page's onCloseRequested decides").isFalse();
        app.events().unlistenPage("main", WindowRuntime.CLOSE_REQUESTED, id);
        window.onCloseRequested(w -> false);
        assertThat(window.onCloseRequested()).as("Java keeps it").isFalse();
        window.onCloseRequested(w -> {
            throw new IllegalStateException("handler bug");
        });
        assertThat(window.onCloseRequested()).as("a failing handler keeps the window rather than lose work").isFalse();
        window.onCloseRequested(null);
        assertThat(window.onCloseRequested()).isTrue();
        assertThat(settled(6)).hasSize(6).allMatch(e -> e.equals("close-requested null"));
    }

    @Test
    void everyAppCloseListenerHearsEachRequestBeforeTheDecisionAndAFailingOneStopsNeither() {
        List<String> seen = new CopyOnWriteArrayList<>();
        app.onWindowCloseRequested(w -> seen.add("first " + w.label()));
        app.onWindowCloseRequested(w -> {
            throw new IllegalStateException("listener bug");
        });
        app.onWindowCloseRequested(w -> seen.add("third " + w.label()));
        window.onCloseRequested(w -> {
            seen.add("guard");
            return false;
        });
        assertThat(window.onCloseRequested()).as("listeners do not decide").isFalse();
        window.onCloseRequested(null);
        assertThat(window.onCloseRequested()).isTrue();
        // run inline, on the caller (the UI thread in an app), before the guard decides
        assertThat(seen).containsExactly("first main", "third main", "guard", "first main", "third main");
    }
}
