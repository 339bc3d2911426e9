package dev.tauri4j.plugins.globalshortcut;

import dev.tauri4j.Channel;
import dev.tauri4j.plugin.Plugin;
import dev.tauri4j.plugin.PluginContext;
import java.util.List;
import java.util.function.Function;

/**
 * Tauri's global-shortcut plugin ({@code @tauri-apps/plugin-global-shortcut} 2.4.0): {@code register} (shortcuts and
 * a {@code Channel} that gets {@code {shortcut, id, state}} on each press and release), {@code unregister},
 * {@code unregister_all} and {@code is_registered}, system-wide: the shortcut fires whichever application has the
 * focus. On Linux through X11 key grabs. Its default permission set is empty, as Tauri's: a capability grants each
 * command. {@link GlobalShortcut} is the Java API.
 */
public final class GlobalShortcutPlugin implements Plugin {

    private final Function<KeyGrabs.Events, KeyGrabs> platform;
    private volatile GlobalShortcut shortcuts;

    /** The plugin with this platform's key grabs. */
    public GlobalShortcutPlugin() {
        this(KeyGrabs::open);
    }

    GlobalShortcutPlugin(Function<KeyGrabs.Events, KeyGrabs> platform) {
        this.platform = platform;
    }

    @Override
    public String name() {
        return "global-shortcut";
    }

    @Override
    public void setup(PluginContext context) {
        GlobalShortcut shortcuts = new GlobalShortcut(platform);
        this.shortcuts = shortcuts;
        context.manage(shortcuts);
        context.commands()
                .command("register", this::register) // method references keep the Lists' type arguments
                .command("unregister", this::unregister)
                .command("unregister_all", () -> {
                    shortcuts.unregisterAll();
                    return null;
                })
                .command("is_registered", (String shortcut) -> shortcuts.isRegistered(shortcut));
    }

    @Override
    public void onExit(int code) {
        if (shortcuts != null) shortcuts.close();
    }

    /** {@code plugin:global-shortcut|register}: every shortcut is parsed before any is registered, as in Tauri. */
    Void register(List<String> shortcuts, Channel<Object> handler) {
        List<Shortcut> parsed = Shortcut.parseAll(shortcuts);
        if (handler == null) throw new IllegalArgumentException("'handler' is missing: register takes a Channel that gets the events");
        this.shortcuts.register(parsed, event -> {
            try {
                handler.send(event.toJs());
            } catch (IllegalStateException closedChannel) {
                // the page that registered is gone; Tauri drops the event too, and the shortcut stays registered
            }
        });
        return null;
    }

    /** {@code plugin:global-shortcut|unregister}. */
    Void unregister(List<String> shortcuts) {
        this.shortcuts.unregister(Shortcut.parseAll(shortcuts));
        return null;
    }
}
