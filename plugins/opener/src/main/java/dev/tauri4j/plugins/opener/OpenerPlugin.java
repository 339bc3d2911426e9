package dev.tauri4j.plugins.opener;

import dev.tauri4j.CommandException;
import dev.tauri4j.Invocation;
import dev.tauri4j.plugin.Plugin;
import dev.tauri4j.plugin.PluginContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Tauri's opener plugin ({@code @tauri-apps/plugin-opener} 2.7.3): {@code open_url} and {@code open_path} open with the
 * desktop's default app or the program {@code with} names, within the opener's scope ({@link OpenerScope});
 * {@code reveal_item_in_dir} shows files in the file manager (no scope, as in Tauri). Its init script sends clicks on
 * {@code target="_blank"} (or ctrl/shift-clicked) http, https, mailto and tel links to {@code open_url}.
 */
public final class OpenerPlugin implements Plugin {

    private static final String LINKS_SCRIPT = "links.js";

    @Override
    public String name() {
        return "opener";
    }

    @Override
    public void setup(PluginContext context) {
        context.initScript(linksScript());
        context.commands()
                .handler("open_url", call -> {
                    String url = call.arg("url", String.class);
                    String with = call.optionalArg("with", String.class).orElse(null);
                    if (!scope(call).allowsUrl(url, with)) {
                        throw forbidden("url", url, with, "opener:allow-open-url", "{\"url\": \"" + url + "\"" + app(with) + "}");
                    }
                    new Opener(call.app()).openUrl(url, with);
                    return null;
                })
                .handler("open_path", call -> {
                    String path = call.arg("path", String.class);
                    String with = call.optionalArg("with", String.class).orElse(null);
                    if (!scope(call).allowsPath(Path.of(path), with)) {
                        throw forbidden("path", path, with, "opener:allow-open-path", "{\"path\": \"" + path + "\"" + app(with) + "}");
                    }
                    new Opener(call.app()).openPath(path, with);
                    return null;
                })
                .handler("reveal_item_in_dir", call -> {
                    String[] paths = call.arg("paths", String[].class);
                    new Opener(call.app()).revealItemsInDir(Arrays.stream(paths).map(Path::of).toList());
                    return null;
                });
    }

    private static OpenerScope scope(Invocation call) {
        return new OpenerScope(call.commandScope().entries().plus(call.globalScope().entries()), call.app()::directory);
    }

    /** Tauri's message ({@code Not allowed to open url X with W}), and the scope entry that would allow it. */
    private static CommandException forbidden(String kind, String target, String with, String permission, String entry) {
        return new CommandException("FORBIDDEN", "Not allowed to open " + kind + " " + target + (with == null ? "" : " with " + with)
                + ". Fix: if the app means to open it, add " + entry + " to the \"allow\" list of " + permission
                + " in a capability of this window (docs/plugins/opener.md)");
    }

    private static String app(String with) {
        return with == null ? "" : ", \"app\": \"" + with + "\"";
    }

    private static String linksScript() {
        try (InputStream in = OpenerPlugin.class.getResourceAsStream(LINKS_SCRIPT)) {
            if (in == null) throw new IllegalStateException(LINKS_SCRIPT + " is missing from the opener plugin's jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
