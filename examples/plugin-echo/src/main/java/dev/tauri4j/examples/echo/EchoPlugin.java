package dev.tauri4j.examples.echo;

import dev.tauri4j.Command;
import dev.tauri4j.CommandException;
import dev.tauri4j.config.scope.ScopeEntry;
import dev.tauri4j.plugin.CommandScope;
import dev.tauri4j.plugin.GlobalScope;
import dev.tauri4j.plugin.Plugin;
import dev.tauri4j.plugin.PluginCommands;
import dev.tauri4j.plugin.PluginContext;
import dev.tauri4j.plugin.Scope;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An example third-party plugin, {@code echo}: {@code plugin:echo|echo} answers its message, {@code count} counts
 * calls in the plugin's state, {@code greet} greets with {@code plugins.echo.greeting} from tauri.conf.json, and
 * {@code shout} (outside the default set) answers in capitals, and {@code welcome} (an {@code @Command} method) greets
 * only the guests its scope allows. A document-start script publishes {@code window.__TAURI_PLUGIN_ECHO__}. The
 * permissions are in {@code META-INF/tauri4j/plugins/echo/}.
 */
@PluginCommands("echo")
public final class EchoPlugin implements Plugin {

    /** The plugin's scope entry: {@code {"name": "ada"}}, a guest {@code welcome} may greet. */
    public record Guest(String name) {}

    private volatile Settings settings = new Settings(null);

    /** The plugin's settings, {@code plugins.echo} in tauri.conf.json. */
    public record Settings(String greeting) {
        public Settings {
            if (greeting == null) greeting = "Hello";
        }
    }

    /** The plugin's state: one counter for the app. */
    public static final class Calls {
        private final AtomicLong count = new AtomicLong();

        long next() {
            return count.incrementAndGet();
        }
    }

    @Override
    public String name() {
        return "echo";
    }

    @Override
    public Class<?> scopeType() {
        return Guest.class;
    }

    @Override
    public void setup(PluginContext context) {
        Settings settings = context.config().as(Settings.class);
        this.settings = settings;
        context.manage(new Calls());
        context.commands()
                .command("echo", (String message) -> message)
                .command("count", (Calls calls) -> calls.next())
                .command("greet", (String name) -> settings.greeting() + ", " + name)
                .command("shout", (String message) -> message.toUpperCase(Locale.ROOT));
        // like the os plugin's internals: values a page reads synchronously, set before any page script runs
        context.initScript("window.__TAURI_PLUGIN_ECHO__ = Object.freeze({greeting: " + jsString(settings.greeting())
                + ", readyState: document.readyState});");
    }

    /**
     * Greets {@code name} when the scope allows that guest: an allow entry of this command's permissions
     * ({@code echo:allow-welcome-friends}) or of the plugin's scope-only ones ({@code echo:scope-guests}) names it,
     * and no deny entry does, from any capability of the calling window (a deny always wins).
     */
    @Command
    public String welcome(CommandScope<Guest> scope, GlobalScope<Guest> guests, String name) {
        for (Scope<Guest> s : List.of(scope, guests)) {
            List<Guest> denied = s.denied();
            for (int i = 0; i < denied.size(); i++) {
                if (denied.get(i).name().equals(name)) {
                    ScopeEntry entry = s.entries().deny().get(i);
                    throw new CommandException("OUT_OF_SCOPE", "echo will not welcome '" + name + "': it is denied by " + entry.source()
                            + " " + entry.path() + "; a deny entry wins over any allow");
                }
            }
        }
        if (!scope.allows(g -> g.name().equals(name)) && !guests.allows(g -> g.name().equals(name))) {
            throw new CommandException("OUT_OF_SCOPE", "echo will not welcome '" + name + "': no allow entry of the welcome scope names"
                    + " it. Fix: grant {\"identifier\": \"echo:allow-welcome-friends\", \"allow\": [{\"name\": \"" + name + "\"}]} in a capability");
        }
        return settings.greeting() + ", " + name + "! Welcome.";
    }

    /** A JS string literal of {@code s}, safe inside any script. */
    private static String jsString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\' || c < 0x20 || c == '<' || c == 0x2028 || c == 0x2029) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.append('"').toString();
    }
}
