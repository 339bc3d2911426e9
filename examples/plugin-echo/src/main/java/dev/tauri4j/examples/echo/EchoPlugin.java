package dev.tauri4j.examples.echo;

import dev.tauri4j.plugin.Plugin;
import dev.tauri4j.plugin.PluginContext;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An example third-party plugin, {@code echo}: {@code plugin:echo|echo} answers its message, {@code count} counts
 * calls in the plugin's state, {@code greet} greets with {@code plugins.echo.greeting} from tauri.conf.json, and
 * {@code shout} (outside the default set) answers in capitals. A document-start script publishes
 * {@code window.__TAURI_PLUGIN_ECHO__}. The permissions are in {@code META-INF/tauri4j/plugins/echo/}.
 */
public final class EchoPlugin implements Plugin {

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
    public void setup(PluginContext context) {
        Settings settings = context.config().as(Settings.class);
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
