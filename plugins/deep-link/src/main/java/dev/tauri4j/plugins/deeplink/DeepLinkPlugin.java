package dev.tauri4j.plugins.deeplink;

import dev.tauri4j.plugin.Plugin;
import dev.tauri4j.plugin.PluginContext;
import dev.tauri4j.plugins.deeplink.linux.XdgSchemeHandler;
import java.util.List;
import java.util.Locale;

/**
 * Tauri's deep-link plugin ({@code @tauri-apps/plugin-deep-link} 2.5.0): {@code get_current}, {@code register},
 * {@code unregister}, {@code is_registered} and the {@code deep-link://new-url} event, with the schemes of
 * {@code plugins.deep-link.desktop}. On Linux a URL arrives as the program's only argument; a running app gets later
 * ones through the single-instance plugin ({@code DeepLink.of(app).handle(launch.args())}). {@link DeepLink} is the
 * Java API.
 */
public final class DeepLinkPlugin implements Plugin {

    private final List<String> args;

    /** @param args the program's arguments, what {@code main} got (a deep link is the only one) */
    public DeepLinkPlugin(String[] args) {
        this.args = List.of(args);
    }

    @Override
    public String name() {
        return "deep-link";
    }

    @Override
    public void setup(PluginContext context) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (!os.contains("linux")) {
            throw new UnsupportedOperationException("the deep-link plugin has no scheme registration for " + os + " yet; only Linux (XDG)");
        }
        DeepLinkSchemes schemes = DeepLinkSchemes.of(context.config().value());
        DeepLink deepLink = new DeepLink(context.app(), schemes, XdgSchemeHandler.forApp(context.app(), args.size()), args);
        context.manage(deepLink);
        context.commands()
                .command("get_current", () -> deepLink.current().orElse(null))
                .command("register", (String protocol) -> {
                    deepLink.register(protocol);
                    return null;
                })
                .command("unregister", (String protocol) -> {
                    deepLink.unregister(protocol);
                    return null;
                })
                .command("is_registered", (String protocol) -> deepLink.isRegistered(protocol));
    }
}
