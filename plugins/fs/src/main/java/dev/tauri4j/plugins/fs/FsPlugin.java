package dev.tauri4j.plugins.fs;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tauri4j.CommandException;
import dev.tauri4j.CommandHandler;
import dev.tauri4j.Invocation;
import dev.tauri4j.plugin.GrantedPaths;
import dev.tauri4j.plugin.Plugin;
import dev.tauri4j.plugin.PluginContext;
import dev.tauri4j.config.scope.PathScope;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Tauri's fs plugin ({@code @tauri-apps/plugin-fs} 2.6.0): reading and writing files (raw bodies both ways, as the
 * package sends and expects them), folders, metadata and file handles, every path checked against the fs scopes
 * ({@code fs:scope}, {@code fs:allow-appdata-read-recursive}, ...) before any IO. {@code plugins.fs.requireLiteralLeadingDot}
 * in tauri.conf.json is Tauri's option of that name. Watching is the JDK's WatchService ({@link Watcher}).
 */
public final class FsPlugin implements Plugin {

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Override
    public String name() {
        return "fs";
    }

    @Override
    public void setup(PluginContext context) {
        boolean leadingDot = context.config().bool("requireLiteralLeadingDot").orElse(PathScope.defaultRequireLiteralLeadingDot());
        GrantedPaths granted = context.app().grantedPaths(GrantedPaths.FS);
        Function<Invocation, FsScope> scope = call -> new FsScope(
                call.commandScope().entries().plus(call.globalScope().entries()), call.app()::directory, leadingDot, granted);
        context.commands()
                .handler("read_file", c -> FsCommands.readFile(scope.apply(c), path(c), opt(c, FsOptions.Base.class)))
                .handler("read_text_file", c -> FsCommands.readFile(scope.apply(c), path(c), opt(c, FsOptions.Base.class)))
                .handler("write_file", c -> write(scope.apply(c), c))
                .handler("write_text_file", c -> write(scope.apply(c), c))
                .handler("exists", c -> FsCommands.exists(scope.apply(c), path(c), opt(c, FsOptions.Base.class)))
                .handler("mkdir", none(c -> FsCommands.mkdir(scope.apply(c), path(c), opt(c, FsOptions.Mkdir.class))))
                .handler("read_dir", c -> FsCommands.readDir(scope.apply(c), path(c), opt(c, FsOptions.Base.class)))
                .handler("remove", none(c -> FsCommands.remove(scope.apply(c), path(c), opt(c, FsOptions.Remove.class))))
                .handler("rename", none(c -> FsCommands.rename(scope.apply(c), c.arg("oldPath", String.class),
                        c.arg("newPath", String.class), opt(c, FsOptions.Rename.class))))
                .handler("copy_file", none(c -> FsCommands.copyFile(scope.apply(c), c.arg("fromPath", String.class),
                        c.arg("toPath", String.class), opt(c, FsOptions.Copy.class))))
                .handler("stat", c -> FsCommands.stat(scope.apply(c), path(c), opt(c, FsOptions.Base.class), true))
                .handler("lstat", c -> FsCommands.stat(scope.apply(c), path(c), opt(c, FsOptions.Base.class), false))
                .handler("truncate", none(c -> FsCommands.truncate(scope.apply(c), path(c),
                        c.optionalArg("len", Long.class).orElse(null), opt(c, FsOptions.Base.class))))
                .handler("size", c -> FsCommands.size(scope.apply(c), path(c), opt(c, FsOptions.Base.class)))
                .handler("open", c -> FsCommands.open(scope.apply(c), c.window().resources(), path(c), opt(c, FsOptions.Open.class)))
                .handler("create", c -> FsCommands.create(scope.apply(c), c.window().resources(), path(c), opt(c, FsOptions.Base.class)))
                .handler("read_text_file_lines", c -> FsCommands.readTextFileLines(scope.apply(c), c.window().resources(),
                        path(c), opt(c, FsOptions.Base.class)))
                .handler("read_text_file_lines_next", c -> FsCommands.readTextFileLinesNext(c.window().resources(), rid(c)))
                .handler("read", c -> FsCommands.io("failed to read file", () -> handle(c).read(c.arg("len", Integer.class))))
                .handler("write", c -> FsCommands.io("failed to write bytes to file", () -> handle(c).write(c.arg("data", byte[].class))))
                .handler("seek", c -> FsCommands.io("failed to seek file", () -> handle(c).seek(c.arg("offset", Long.class), c.arg("whence", Integer.class))))
                .handler("fstat", c -> FsCommands.io("failed to get metadata of file", () -> FileInfo.of(handle(c).path(), true)))
                .handler("watch", c -> watch(scope.apply(c), c))
                .handler("unwatch", none(c -> c.window().resources().close(rid(c))))
                .handler("ftruncate", none(c -> FsCommands.io("failed to truncate file", () -> {
                    handle(c).truncate(c.optionalArg("len", Long.class).orElse(0L));
                    return null;
                })));
    }

    /** watch: every path checked first, then one {@link Watcher} on them all, as a rid. */
    private static Object watch(FsScope scope, Invocation call) throws Exception {
        FsOptions.Watch options = call.optionalArg("options", FsOptions.Watch.class).orElse(new FsOptions.Watch(null, null, null));
        java.util.List<java.nio.file.Path> roots = new java.util.ArrayList<>();
        for (String p : call.arg("paths", String[].class)) roots.add(scope.resolve(p, options.baseDir()));
        return call.window().resources().add(new Watcher(roots, FsOptions.is(options.recursive()), options.delayMs(), call.channel("onEvent")));
    }

    /** write_file and write_text_file: the bytes are the raw body, path and options are headers. */
    private static Object write(FsScope scope, Invocation call) throws Exception {
        byte[] data = call.body();
        if (data == null) throw new CommandException("INVALID_ARGUMENT", call.command() + " takes the file's bytes as the raw invoke body (invoke(cmd, Uint8Array, {headers}))");
        String path = call.header("path").map(p -> URLDecoder.decode(p.replace("+", "%2B"), StandardCharsets.UTF_8))
                .orElseThrow(() -> new CommandException("INVALID_ARGUMENT", "missing file path (the 'path' header of " + call.command() + ")"));
        FsOptions.Write options = null;
        String header = call.header("options").orElse(null);
        if (header != null && !header.isBlank() && !"undefined".equals(header)) {
            options = JSON.readValue(header, FsOptions.Write.class);
        }
        FsCommands.writeFile(scope, path, options, data);
        return null;
    }

    private static String path(Invocation call) {
        return call.arg("path", String.class);
    }

    private static <T> T opt(Invocation call, Class<T> type) {
        return call.optionalArg("options", type).orElse(null);
    }

    private static int rid(Invocation call) {
        return call.arg("rid", Integer.class);
    }

    private static FileHandle handle(Invocation call) {
        return call.window().resources().get(rid(call), FileHandle.class);
    }

    /** A command that answers nothing (Tauri's {@code ()}, JS's {@code null}). */
    private static CommandHandler none(ThrowingConsumer run) {
        return call -> {
            run.accept(call);
            return null;
        };
    }

    @FunctionalInterface
    private interface ThrowingConsumer {
        void accept(Invocation call) throws Exception;
    }
}
