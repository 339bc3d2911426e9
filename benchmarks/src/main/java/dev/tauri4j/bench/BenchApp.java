package dev.tauri4j.bench;

import dev.tauri4j.Fn0;
import dev.tauri4j.Fn1;
import dev.tauri4j.Fn2;
import dev.tauri4j.Tauri;
import dev.tauri4j.internal.assets.AssetResolver;
import dev.tauri4j.assets.ClasspathAssetSource;
import dev.tauri4j.config.AppConfig;
import dev.tauri4j.config.SecurityConfig;
import dev.tauri4j.config.TauriConfig;
import dev.tauri4j.config.WindowConfig;
import dev.tauri4j.CommandRegistry;
import dev.tauri4j.internal.ipc.Dispatcher;
import dev.tauri4j.internal.ipc.StateStore;
import dev.tauri4j.internal.runtime.AppRuntime;
import dev.tauri4j.internal.runtime.LaunchMode;
import dev.tauri4j.internal.platform.WebviewPlatform;
import java.util.List;

/**
 * The tauri4j app under test. {@code hello <port> <run>}: the hello page, for start-up and memory;
 * {@code bench}: the bench page, which drives the IPC benchmarks and prints one result line;
 * {@code probe}: the sequential, floor and binary benchmarks again, with clocks at the platform seam;
 * {@code hello-probe <port> <run>}: the hello page with start-up phases noted.
 */
public final class BenchApp {

    private static final String IDENTIFIER = "dev.tauri4j.bench";

    private BenchApp() {}

    public static void main(String[] args) {
        long mainMicros = Clock.epochMicros();
        String mode = args.length > 0 ? args[0] : "bench";
        BenchCommands.Settings settings = BenchCommands.Settings.fromSystemProperties();
        switch (mode) {
            case "hello" -> runWithBuilder(new BenchCommands(settings, null), helloUrl(args), args);
            case "hello-probe" -> runProbed(settings, helloUrl(args), mainMicros, args);
            case "bench" -> runWithBuilder(new BenchCommands(settings, null), "index.html", args);
            case "probe" -> runProbed(settings, "index.html", mainMicros, args);
            default -> throw new IllegalArgumentException("mode is hello, hello-probe, bench or probe, not " + mode);
        }
    }

    private static String helloUrl(String[] args) {
        return "hello.html?port=" + args[1] + "&run=" + args[2];
    }

    /** Every command BenchCommands registers: capabilities deny whatever is not granted. */
    private static final List<String> COMMANDS = List.of("hello", "config", "ping", "mark", "sink", "source", "burst",
            "serializeOnly", "done", "report");

    private static TauriConfig config(String url) {
        WindowConfig window = WindowConfig.main().withTitle("tauri4j bench").withUrl(url);
        var capability = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("identifier", "bench");
        capability.putArray("windows").add("*");
        var permissions = capability.putArray("permissions").add("core:default");
        COMMANDS.forEach(c -> permissions.add("allow-" + c));
        SecurityConfig security = new SecurityConfig(null, null, false, List.of(capability));
        return new TauriConfig(null, null, IDENTIFIER, null, new AppConfig(List.of(window), false, security));
    }

    private static ClasspathAssetSource assets() {
        return new ClasspathAssetSource(BenchApp.class.getClassLoader(), "bench/assets");
    }

    /** The way apps are written: the public builder. */
    private static void runWithBuilder(BenchCommands commands, String url, String[] args) {
        Tauri.Builder builder = Tauri.builder().config(config(url)).assets(assets());
        commands.register(new BenchCommands.Registrar() {
            @Override
            public <R> void command(String name, Fn0<R> fn) {
                builder.command(name, fn);
            }

            @Override
            public <A, R> void command(String name, Fn1<A, R> fn) {
                builder.command(name, fn);
            }

            @Override
            public <A, B, R> void command(String name, Fn2<A, B, R> fn) {
                builder.command(name, fn);
            }
        });
        builder.setup(commands::started).run(args);
    }

    /** What the builder wires, by hand, because the builder has no way to wrap the platform. */
    private static void runProbed(BenchCommands.Settings settings, String url, long mainMicros, String[] args) {
        int capacity = 2 * (settings.warmup() + settings.seq()) + 1024;
        ProbePlatform platform = new ProbePlatform(WebviewPlatform.forCurrentOs(), capacity);
        platform.phaseAt("main", mainMicros);
        BenchCommands commands = new BenchCommands(settings, platform);
        CommandRegistry registry = new CommandRegistry();
        commands.register(new BenchCommands.Registrar() {
            @Override
            public <R> void command(String name, Fn0<R> fn) {
                registry.command(name, fn);
            }

            @Override
            public <A, R> void command(String name, Fn1<A, R> fn) {
                registry.command(name, fn);
            }

            @Override
            public <A, B, R> void command(String name, Fn2<A, B, R> fn) {
                registry.command(name, fn);
            }
        });
        AppRuntime runtime = new AppRuntime(config(url), LaunchMode.detect(args, platform), platform,
                new Dispatcher(registry), registry, new StateStore(), new AssetResolver(assets()));
        runtime.run(commands::started);
    }
}
