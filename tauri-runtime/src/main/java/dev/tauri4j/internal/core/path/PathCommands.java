package dev.tauri4j.internal.core.path;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.tauri4j.CommandException;
import dev.tauri4j.CommandRegistry;
import java.util.List;

/** The {@code plugin:path|*} commands that {@code @tauri-apps/api/path} sends; results and errors as Tauri's. */
public final class PathCommands {

    private static final java.lang.reflect.Type STRINGS = new TypeReference<List<String>>() {}.getType();

    private PathCommands() {}

    public static void register(CommandRegistry registry, BaseDirectories dirs) {
        registry.handler("resolve_directory", call -> dirs.resolve(
                BaseDirectories.Directory.of(call.arg("directory", int.class)),
                call.optionalArg("path", String.class).orElse(null)).toString());
        registry.handler("resolve", call -> PathSyntax.resolve(System.getProperty("user.dir"), call.arg("paths", STRINGS)));
        registry.handler("normalize", call -> PathSyntax.normalizeCommand(call.arg("path", String.class)));
        registry.handler("join", call -> PathSyntax.join(call.arg("paths", STRINGS)));
        registry.handler("dirname", call -> PathSyntax.parent(call.arg("path", String.class))
                .orElseThrow(() -> new CommandException("NO_PARENT", "path does not have a parent")));
        registry.handler("extname", call -> PathSyntax.extension(call.arg("path", String.class))
                .orElseThrow(() -> new CommandException("NO_EXTENSION", "path does not have an extension")));
        registry.handler("basename", call -> {
            String name = PathSyntax.fileName(call.arg("path", String.class))
                    .orElseThrow(() -> new CommandException("NO_BASENAME", "path does not have a basename"));
            // Tauri removes every occurrence of ext, not just a suffix
            return call.optionalArg("ext", String.class).filter(e -> !e.isEmpty()).map(e -> name.replace(e, "")).orElse(name);
        });
        registry.handler("is_absolute", call -> call.arg("path", String.class).startsWith("/"));
    }
}
