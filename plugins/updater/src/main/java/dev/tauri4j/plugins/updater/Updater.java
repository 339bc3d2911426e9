package dev.tauri4j.plugins.updater;

import dev.tauri4j.App;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The updater's Java API, what the npm package's {@code check()} does: {@code Updater.of(app).check()}, then
 * {@code update.download(listener)} for the verified bytes. The plugin manages it, so it is also a command parameter.
 */
public final class Updater {

    private final UpdaterConfig config;
    private final UpdaterTarget target;
    private final Supplier<String> currentVersion;

    Updater(UpdaterConfig config, UpdaterTarget target, Supplier<String> currentVersion) {
        this.config = config;
        this.target = target;
        this.currentVersion = currentVersion;
    }

    /** An updater for {@code config}, for an app at {@code currentVersion}: for tools and tests without an app. */
    public static Updater of(UpdaterConfig config, UpdaterTarget target, String currentVersion) {
        return new Updater(config, target, () -> currentVersion);
    }

    /** The updater of an app that added {@code new UpdaterPlugin()}. */
    public static Updater of(App app) {
        return app.state(Updater.class).orElseThrow(() -> new IllegalStateException(
                "this app has no updater plugin. Fix: Tauri.builder().plugin(new UpdaterPlugin())"));
    }

    /** Checks the endpoints with Tauri's defaults; empty when there is no newer version (or the server said 204). */
    public Optional<Update> check() throws InterruptedException {
        return check(CheckOptions.DEFAULT);
    }

    /**
     * Checks the endpoints in order.
     *
     * @throws UpdaterException when no endpoint answered with a release, naming each endpoint's failure
     */
    public Optional<Update> check(CheckOptions options) throws InterruptedException {
        return UpdateCheck.run(config, target, currentVersion.get(), options);
    }

    /** The configuration in use. */
    public UpdaterConfig config() {
        return config;
    }
}
