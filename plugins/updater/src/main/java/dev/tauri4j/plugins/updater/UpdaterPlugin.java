package dev.tauri4j.plugins.updater;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.tauri4j.Channel;
import dev.tauri4j.CommandException;
import dev.tauri4j.Invocation;
import dev.tauri4j.plugin.Plugin;
import dev.tauri4j.plugin.PluginContext;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tauri's updater plugin ({@code @tauri-apps/plugin-updater} 2.13.0): {@code check} answers the update's metadata
 * ({@code rid, currentVersion, version, date, body, rawJson}) or null, {@code download} streams
 * {@link DownloadEvent}s over the {@code onEvent} channel and answers the rid of the verified bytes. Installing
 * ({@code install}, {@code download_and_install}) is not done on Linux yet. Updates and bytes live in the calling
 * window's resource table. {@link Updater} is the Java API.
 */
public final class UpdaterPlugin implements Plugin {

    /** The message of {@code install} and {@code download_and_install} until installing exists. */
    static final String NO_INSTALL = "installing updates is not implemented yet on Linux; see issue 17";

    private static final Type HEADERS = new TypeReference<List<List<String>>>() {}.getType();

    private final String installer;

    /** The plugin for an app not installed from a package: manifests are searched for {@code linux-<arch>}. */
    public UpdaterPlugin() {
        this(null);
    }

    private UpdaterPlugin(String installer) {
        this.installer = installer;
    }

    /**
     * The plugin for an app installed as {@code installer} ({@code deb}, {@code rpm} or {@code appimage}): manifests are
     * searched for {@code linux-<arch>-<installer>} first, then {@code linux-<arch>}, as Tauri does.
     */
    public static UpdaterPlugin installedAs(String installer) {
        if (!List.of("deb", "rpm", "appimage").contains(installer)) {
            throw new IllegalArgumentException("installer must be deb, rpm or appimage, not " + installer);
        }
        return new UpdaterPlugin(installer);
    }

    @Override
    public String name() {
        return "updater";
    }

    @Override
    public void setup(PluginContext context) {
        UpdaterConfig config = UpdaterConfig.of(context.config().value());
        Updater updater = new Updater(config, UpdaterTarget.current(installer), () -> context.app().config().version());
        context.manage(updater);
        register(context.commands(), updater);
    }

    /** Registers the four commands on {@code commands}, answering from {@code updater}. */
    static void register(dev.tauri4j.CommandRegistry commands, Updater updater) {
        commands.handler("check", call -> check(call, updater))
                .handler("download", UpdaterPlugin::download)
                .handler("install", call -> {
                    call.window().resources().get(call.arg("updateRid", Integer.class), Update.class);
                    call.window().resources().get(call.arg("bytesRid", Integer.class), DownloadedBytes.class);
                    throw new UpdaterException(NO_INSTALL);
                })
                .handler("download_and_install", call -> {
                    // Refused before downloading: bytes that cannot be installed are not worth fetching.
                    call.window().resources().get(call.arg("rid", Integer.class), Update.class);
                    throw new UpdaterException(NO_INSTALL);
                });
    }

    /** The verified bytes of a download, until {@code install} takes them or the page closes the resource. */
    record DownloadedBytes(byte[] bytes) {}

    private static Map<String, Object> check(Invocation call, Updater updater) throws InterruptedException {
        RequestOptions request = new RequestOptions(call.<List<List<String>>>optionalArg("headers", HEADERS).orElse(null),
                timeout(call), RequestOptions.proxy(call.optionalArg("proxy", String.class).orElse(null)));
        CheckOptions options = new CheckOptions(request, call.optionalArg("target", String.class).orElse(null),
                call.optionalArg("allowDowngrades", Boolean.class).orElse(false));
        Optional<Update> found = updater.check(options);
        if (found.isEmpty()) return null;
        Update update = found.get();
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("rid", call.window().resources().add(update));
        metadata.put("currentVersion", update.currentVersion());
        metadata.put("version", update.version());
        metadata.put("date", update.date().orElse(null));
        metadata.put("body", update.body().orElse(null));
        metadata.put("rawJson", update.rawJson());
        return metadata;
    }

    private static int download(Invocation call) throws InterruptedException {
        Update update = call.window().resources().get(call.arg("rid", Integer.class), Update.class);
        Channel<Object> onEvent = call.channel("onEvent");
        byte[] bytes = update.download(event -> onEvent.send(event.toJson()),
                call.<List<List<String>>>optionalArg("headers", HEADERS).orElse(null), timeout(call));
        return call.window().resources().add(new DownloadedBytes(bytes));
    }

    private static Duration timeout(Invocation call) {
        Optional<Long> millis = call.optionalArg("timeout", Long.class);
        if (millis.isPresent() && millis.get() <= 0) {
            throw new CommandException("INVALID_ARGUMENT", "timeout must be a positive number of milliseconds, not " + millis.get());
        }
        return millis.map(Duration::ofMillis).orElse(null);
    }
}
