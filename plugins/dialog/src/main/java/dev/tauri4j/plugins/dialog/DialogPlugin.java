package dev.tauri4j.plugins.dialog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.Window;
import dev.tauri4j.plugin.GrantedPaths;
import dev.tauri4j.plugin.Plugin;
import dev.tauri4j.plugin.PluginContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Tauri's dialog plugin ({@code @tauri-apps/plugin-dialog} 2.8.4): {@code open}, {@code save} and {@code message}
 * (which the npm package's {@code ask} and {@code confirm} also send), through native GTK dialogs modal to the
 * calling window, and the init script that makes {@code window.alert} and {@code window.confirm} native dialogs.
 * The commands answer when the user does, holding no thread meanwhile; what the user picks joins the fs and asset
 * protocol scopes for the app's run ({@link PickGrants}); {@link Dialogs} is the Java API.
 */
public final class DialogPlugin implements Plugin {

    /**
     * The init script of the npm version above: {@code alert} shows a message and returns at once; {@code confirm}
     * returns a promise of the Ok/Cancel answer, since the IPC is asynchronous (as in Tauri).
     */
    static final String INIT_SCRIPT = """
            (() => {
              const invoke = (cmd, args) => window.__TAURI_INTERNALS__.invoke(cmd, args);
              window.alert = message => { invoke('plugin:dialog|message', {message: String(message)}); };
              window.confirm = async message =>
                (await invoke('plugin:dialog|message', {message: String(message), buttons: 'OkCancel'})) === 'Ok';
            })();""";

    private final Function<dev.tauri4j.App, NativeDialogs> platform;
    private volatile Dialogs dialogs;

    /** The plugin with this platform's native dialogs. */
    public DialogPlugin() {
        this(NativeDialogs::of);
    }

    DialogPlugin(Function<dev.tauri4j.App, NativeDialogs> platform) {
        this.platform = platform;
    }

    /** A plugin whose commands use {@code dialogs} without a setup (unit tests). */
    static DialogPlugin over(Dialogs dialogs) {
        DialogPlugin plugin = new DialogPlugin(app -> null);
        plugin.dialogs = dialogs;
        return plugin;
    }

    @Override
    public String name() {
        return "dialog";
    }

    @Override
    public void setup(PluginContext context) {
        Dialogs dialogs = new Dialogs(platform.apply(context.app()), context.app().config().productName());
        this.dialogs = dialogs;
        context.manage(dialogs);
        PickGrants grants = new PickGrants(context.app().grantedPaths(GrantedPaths.FS),
                context.app().grantedPaths(GrantedPaths.ASSET_PROTOCOL));
        context.commands()
                .command("open", (Window window, OpenOptions options) -> open(dialogs, grants, window, options))
                .command("save", (Window window, SaveOptions options) -> save(dialogs, grants, window, options))
                .command("message", this::message); // a method reference keeps the Optionals' type arguments
        context.initScript(INIT_SCRIPT);
    }

    /** {@code plugin:dialog|message}: the button's answer ({@code "Ok"}, {@code "Yes"}, a custom label, ...). */
    CompletableFuture<String> message(Window window, String message, Optional<String> title,
            Optional<String> kind, Optional<JsonNode> buttons) {
        return dialogs.message(window, message, title.orElse(null), MessageKind.of(kind.orElse(null)),
                MessageButtons.of(buttons.orElse(null)));
    }

    /** Tauri's answer shapes: null when cancelled, a path, or (with {@code multiple}) a list of paths. */
    static CompletableFuture<Object> open(Dialogs dialogs, PickGrants grants, Window window, OpenOptions options) {
        OpenOptions o = options == null ? OpenOptions.defaults() : options;
        return dialogs.open(window, o).thenApply(paths -> {
            grants.opened(paths, o);
            return answer(paths, o.multiple());
        });
    }

    /** The saved path, or null when cancelled. */
    static CompletableFuture<String> save(Dialogs dialogs, PickGrants grants, Window window, SaveOptions options) {
        return dialogs.save(window, options).thenApply(p -> p.map(path -> {
            grants.saved(path);
            return path.toString();
        }).orElse(null));
    }

    static Object answer(List<Path> paths, boolean multiple) {
        if (paths.isEmpty()) return null;
        if (multiple) return paths.stream().map(Path::toString).toList();
        return paths.getFirst().toString();
    }
}
