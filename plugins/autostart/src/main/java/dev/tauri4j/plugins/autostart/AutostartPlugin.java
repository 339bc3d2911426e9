package dev.tauri4j.plugins.autostart;

import dev.tauri4j.plugin.Plugin;
import dev.tauri4j.plugin.PluginContext;
import dev.tauri4j.plugins.autostart.linux.XdgAutostart;
import java.util.List;
import java.util.Locale;

/**
 * Tauri's autostart plugin ({@code @tauri-apps/plugin-autostart} 2.5.1): {@code enable}, {@code disable} and
 * {@code is_enabled} of starting the app when the user logs in, with the arguments given here (what Tauri's
 * {@code init(MacosLauncher, Some(args))} takes). On Linux an XDG autostart entry. {@link Autostart} is the Java API.
 */
public final class AutostartPlugin implements Plugin {

    private final List<String> args;

    /** Starts the app at login with {@code args} (e.g. {@code "--minimized"}), none when empty. */
    public AutostartPlugin(String... args) {
        this.args = List.of(args);
    }

    @Override
    public String name() {
        return "autostart";
    }

    @Override
    public void setup(PluginContext context) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (!os.contains("linux")) {
            throw new UnsupportedOperationException("the autostart plugin has no autostart for " + os + " yet; only Linux (XDG autostart)");
        }
        Autostart autostart = new Autostart(XdgAutostart.forApp(context.app(), args));
        context.manage(autostart);
        context.commands()
                .command("enable", () -> {
                    autostart.enable();
                    return null;
                })
                .command("disable", () -> {
                    autostart.disable();
                    return null;
                })
                .command("is_enabled", () -> autostart.isEnabled());
    }
}
