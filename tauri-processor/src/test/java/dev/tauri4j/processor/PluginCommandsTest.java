package dev.tauri4j.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.CommandRegistry;
import dev.tauri4j.internal.ipc.CallContext;
import dev.tauri4j.internal.ipc.Dispatcher;
import dev.tauri4j.internal.ipc.InvokeRequest;
import dev.tauri4j.internal.ipc.InvokeResult;
import dev.tauri4j.internal.ipc.JsonCodec;
import dev.tauri4j.plugin.Plugin;
import dev.tauri4j.plugin.PluginCommandRegistrar;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @Command} methods of a {@code @PluginCommands} plugin class are the plugin's: a registrar of their own (not
 * discovered into the app's namespace), bindings.ts calls {@code plugin:<name>|<cmd>}, and they run on the plugin.
 */
class PluginCommandsTest {

    @TempDir
    Path out;

    private static JavaFileObject src(String path, String... lines) {
        return Compilation.source(path, String.join("\n", lines) + "\n");
    }

    private static final JavaFileObject PLUGIN = src("p/EchoPlugin.java", "package p;",
            "import dev.tauri4j.Command;", "import dev.tauri4j.plugin.Plugin;", "import dev.tauri4j.plugin.PluginCommands;",
            "@PluginCommands(\"echo\")", "public final class EchoPlugin implements Plugin {",
            "    private final String greeting;",
            "    public EchoPlugin(String greeting) { this.greeting = greeting; }",
            "    @Override public String name() { return \"echo\"; }",
            "    /** Greets with the plugin's greeting. */",
            "    @Command public String welcome(String name) { return greeting + \", \" + name; }",
            "    @Command(\"shout_twice\") public static String twice(String word) { return word + word; }", "}");
    private static final JavaFileObject APP = src("p/AppCommands.java", "package p;", "import dev.tauri4j.Command;",
            "public final class AppCommands {", "    @Command public static String hello(String name) { return name; }", "}");

    @Test
    void pluginCommandsGetTheirOwnRegistrarAndTheNamespaceInBindings() throws Exception {
        Compilation.Result result = Compilation.compile(out, PLUGIN, APP);
        assertThat(result.errors()).isEmpty();
        assertThat(result.resource("META-INF/services/dev.tauri4j.CommandRegistrar")).isEqualTo("p.GeneratedCommands\n");
        assertThat(result.source("p/GeneratedCommands.java")).contains("builder.handler(\"hello\"").doesNotContain("shout_twice");
        assertThat(result.source("p/EchoPlugin_Commands.java")).contains("commands.handler(\"welcome\", call -> ((p.EchoPlugin) plugin).welcome(")
                .contains("commands.handler(\"shout_twice\", call -> p.EchoPlugin.twice(");
        String bindings = result.resource(CommandProcessor.BINDINGS);
        assertThat(bindings).contains("invoke<string>('plugin:echo|shout_twice', { word })")
                .contains("invoke<string>('plugin:echo|welcome', { name })").contains("invoke<string>('hello', { name })");
        assertThat(result.resource(CommandProcessor.COMMANDS)).contains("\"name\": \"plugin:echo|shout_twice\"");
    }

    @Test
    void theRegistrarRunsOnThePluginInstanceInItsNamespace() throws Exception {
        Compilation.Result result = Compilation.compile(out, PLUGIN);
        assertThat(result.errors()).isEmpty();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {result.classes().toUri().toURL()}, getClass().getClassLoader())) {
            Plugin plugin = (Plugin) loader.loadClass("p.EchoPlugin").getConstructor(String.class).newInstance("Ahoy");
            String name = PluginCommandRegistrar.className("p", "EchoPlugin");
            var registrar = (PluginCommandRegistrar) loader.loadClass(name).getConstructor().newInstance();
            CommandRegistry registry = new CommandRegistry();
            registrar.register(plugin, registry.namespace("plugin:echo|"));
            assertThat(registry.names()).containsExactlyInAnyOrder("plugin:echo|welcome", "plugin:echo|shout_twice");
            InvokeResult answer = new Dispatcher(registry).dispatch(InvokeRequest.json("plugin:echo|welcome",
                    JsonCodec.mapper().readTree("{\"name\":\"ada\"}")), new CallContext(null, null, null, null)).get(10, TimeUnit.SECONDS);
            assertThat(answer).isEqualTo(new InvokeResult.Json("\"Ahoy, ada\""));
        }
    }

    @Test
    void theRuntimeAndTheProcessorNameTheRegistrarAlike() {
        assertThat(PluginCommandRegistrar.className("p", "Outer$Inner")).isEqualTo(RegistrarWriter.pluginClassName("p", "Outer.Inner"))
                .isEqualTo("p.Outer_Inner_Commands");
        assertThat(PluginCommandRegistrar.className("", "EchoPlugin")).isEqualTo(RegistrarWriter.pluginClassName("", "EchoPlugin"));
    }

    @Test
    void aPluginClassWithoutTheAnnotationAndAnAnnotatedNonPluginAreErrors() throws Exception {
        var missing = Compilation.compile(out, src("p/Bare.java", "package p;", "import dev.tauri4j.Command;",
                "public final class Bare implements dev.tauri4j.plugin.Plugin {", "    @Override public String name() { return \"bare\"; }",
                "    @Command public String hi() { return \"hi\"; }", "}"));
        assertThat(missing.errors()).containsExactly("Bare.java:5: @Command method hi is in the plugin class p.Bare, whose namespace"
                + " the processor cannot know. Fix: annotate the class @PluginCommands(\"<its name()>\")");
        var notPlugin = Compilation.compile(out.resolve("b"), src("p/Svc.java", "package p;", "import dev.tauri4j.Command;",
                "@dev.tauri4j.plugin.PluginCommands(\"svc\")", "public final class Svc {",
                "    @Command public static String hi() { return \"hi\"; }", "}"));
        assertThat(notPlugin.errors()).singleElement().asString().contains("has @PluginCommands but does not implement dev.tauri4j.plugin.Plugin");
        var badName = Compilation.compile(out.resolve("c"), src("p/Up.java", "package p;", "import dev.tauri4j.Command;",
                "@dev.tauri4j.plugin.PluginCommands(\"Echo\")", "public final class Up implements dev.tauri4j.plugin.Plugin {",
                "    @Override public String name() { return \"Echo\"; }", "    @Command public static String hi() { return \"hi\"; }", "}"));
        assertThat(badName.errors()).singleElement().asString().contains("is no plugin name");
    }
}
