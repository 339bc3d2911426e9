package dev.tauri4j.plugins.deeplink;

import dev.tauri4j.App;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The deep-link plugin's Java API: {@code DeepLink.of(app).current()}, {@code register("my-app")}, {@link #onOpenUrl}
 * listeners, and {@link #handle} for a launch's arguments (what a single-instance handler passes on).
 */
public final class DeepLink {

    /** The event the npm package's {@code onOpenUrl} listens to, with the list of URLs as its payload. */
    public static final String NEW_URL_EVENT = "deep-link://new-url";

    private final App app;
    private final DeepLinkSchemes schemes;
    private final SchemeRegistry registry;
    private final List<Consumer<List<String>>> listeners = new CopyOnWriteArrayList<>();
    private volatile List<String> current;

    DeepLink(App app, DeepLinkSchemes schemes, SchemeRegistry registry, List<String> launchArgs) {
        this.app = app;
        this.schemes = schemes;
        this.registry = registry;
        this.current = schemes.urlIn(launchArgs).map(List::of).orElse(null);
    }

    /** The deep link of an app that added {@code new DeepLinkPlugin(args)}. */
    public static DeepLink of(App app) {
        return app.state(DeepLink.class).orElseThrow(() -> new IllegalStateException(
                "this app has no deep-link plugin. Fix: Tauri.builder().plugin(new DeepLinkPlugin(args))"));
    }

    /** The URLs the app was last opened with (at start, or by a later launch), empty when none. */
    public Optional<List<String>> current() {
        return Optional.ofNullable(current);
    }

    /**
     * Reads a launch's arguments as Tauri does (exactly one argument, a URL of a configured scheme); when it is one,
     * makes it {@link #current}, emits {@link #NEW_URL_EVENT} and tells the listeners. Answers whether it was.
     */
    public boolean handle(List<String> args) {
        Optional<String> url = schemes.urlIn(args);
        if (url.isEmpty()) return false;
        List<String> urls = List.of(url.get());
        current = urls;
        app.emit(NEW_URL_EVENT, urls);
        for (Consumer<List<String>> l : listeners) l.accept(urls);
        return true;
    }

    /** Calls {@code listener} with the URLs each time the app is opened with a deep link while it runs. */
    public void onOpenUrl(Consumer<List<String>> listener) {
        listeners.add(listener);
    }

    /** The schemes of {@code plugins.deep-link.desktop}. */
    public List<String> schemes() {
        return schemes.schemes();
    }

    /** Makes this app the default handler of {@code scheme} for this user. */
    public void register(String scheme) throws IOException {
        registry.register(scheme);
    }

    /** Stops this app handling {@code scheme}. */
    public void unregister(String scheme) throws IOException {
        registry.unregister(scheme);
    }

    /** Whether this app is the default handler of {@code scheme}. */
    public boolean isRegistered(String scheme) throws IOException {
        return registry.isRegistered(scheme);
    }
}
