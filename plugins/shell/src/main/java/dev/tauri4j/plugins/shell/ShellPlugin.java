package dev.tauri4j.plugins.shell;

import dev.tauri4j.Channel;
import dev.tauri4j.CommandException;
import dev.tauri4j.Invocation;
import dev.tauri4j.plugin.Plugin;
import dev.tauri4j.plugin.PluginContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Tauri's shell plugin ({@code @tauri-apps/plugin-shell} 2.4.0): {@code execute} and {@code spawn} run the program a
 * shell scope entry names ({@link ShellScope}), never through a shell; {@code stdin_write} and {@code kill} reach a
 * spawned child; {@code Command.sidecar} runs a {@code bundle.externalBin} binary ({@link Sidecar}); {@code open} opens
 * URLs as {@code plugins.shell.open} allows ({@link Opening}). What a page spawned
 * is killed when its window is destroyed, and everything at exit (Tauri kills its children at exit only).
 */
public final class ShellPlugin implements Plugin {

    private final Children children = new Children();

    @Override
    public String name() {
        return "shell";
    }

    @Override
    public void setup(PluginContext context) {
        Opening opening = Opening.of(context.config());
        context.commands()
                .handler("execute", call -> {
                    ShellProcess.Options options = options(call);
                    Process process = ShellProcess.start(prepare(call, sidecar(call)), options);
                    return ShellProcess.execute(process, options.output());
                })
                .handler("spawn", call -> {
                    ShellProcess.Options options = options(call);
                    ShellScope.Prepared prepared = prepare(call, sidecar(call));
                    Channel<Object> events = call.channel("onEvent");
                    Process process = ShellProcess.start(prepared, options);
                    children.add(process, call.window().label());
                    ShellProcess.stream(process, options.output(), events, () -> children.remove(process.pid()));
                    return process.pid();
                })
                .handler("stdin_write", call -> {
                    Object buffer = call.arg("buffer", Object.class);
                    children.write(call.arg("pid", Long.class), bytes(buffer));
                    return null;
                })
                .handler("kill", call -> {
                    children.kill(call.arg("pid", Long.class));
                    return null;
                })
                .handler("open", call -> {
                    opening.open(call.app(), call.arg("path", String.class), call.optionalArg("with", String.class).orElse(null));
                    return null;
                });
    }

    @Override
    public void onWindowDestroyed(String label) {
        children.killOf(label);
    }

    @Override
    public void onExit(int code) {
        children.killAll();
    }

    private static ShellScope.Prepared prepare(Invocation call, boolean sidecar) {
        String program = call.arg("program", String.class);
        Object raw = call.optionalArg("args", Object.class).orElse(List.of());
        List<String> args = switch (raw) {
            case String s -> s.isEmpty() ? List.of() : List.of(s);
            case List<?> l -> l.stream().map(a -> {
                if (a instanceof String s) return s;
                throw new CommandException("INVALID_ARGUMENT", "args must be strings, found " + a + ". Fix: pass each argument as a string");
            }).toList();
            default -> throw new CommandException("INVALID_ARGUMENT", "args must be a string or a list of strings, found " + raw);
        };
        ShellScope scope = new ShellScope(call.commandScope().entries().plus(call.globalScope().entries()));
        if (!sidecar) return scope.prepare(program, args);
        String entry = Sidecar.entry(call.app().config().bundle().externalBin(), program);
        return Sidecar.resolve(entry, scope.prepareSidecar(program, args), call.app()::externalBinary);
    }

    private static boolean sidecar(Invocation call) {
        Object options = call.optionalArg("options", Map.class).orElse(Map.of()).get("sidecar");
        if (options != null && !(options instanceof Boolean)) {
            throw new CommandException("INVALID_ARGUMENT", "options.sidecar must be true or false, found " + options);
        }
        return Boolean.TRUE.equals(options);
    }

    @SuppressWarnings("unchecked")
    private static ShellProcess.Options options(Invocation call) {
        Map<String, Object> o = call.optionalArg("options", Map.class).orElse(Map.of());
        Object env = o.get("env");
        if (env != null && !(env instanceof Map)) throw new CommandException("INVALID_ARGUMENT", "options.env must be an object of strings");
        Map<String, String> vars = env == null ? Map.of() : (Map<String, String>) env;
        Object cwd = o.get("cwd");
        return new ShellProcess.Options(cwd == null ? null : cwd.toString(), vars, o.containsKey("env") && env == null,
                Output.of((String) o.get("encoding")));
    }

    /**
     * Tauri's Buffer: a string (its UTF-8 bytes) or byte values (an array, which is how the bridge sends a Uint8Array,
     * as Tauri's IPC does, or a Uint8Array as plain JSON makes it: {"0": b, ...}).
     */
    private static byte[] bytes(Object buffer) {
        return switch (buffer) {
            case String s -> s.getBytes(StandardCharsets.UTF_8);
            case Map<?, ?> m -> {
                byte[] out = new byte[m.size()];
                for (int i = 0; i < out.length; i++) {
                    if (!(m.get(String.valueOf(i)) instanceof Number n)) throw new CommandException("INVALID_ARGUMENT", "buffer is no byte array: " + m);
                    out[i] = n.byteValue();
                }
                yield out;
            }
            case List<?> l -> {
                byte[] out = new byte[l.size()];
                for (int i = 0; i < out.length; i++) out[i] = ((Number) l.get(i)).byteValue();
                yield out;
            }
            default -> throw new CommandException("INVALID_ARGUMENT", "buffer must be a string or an array of bytes, found " + buffer);
        };
    }
}
