package dev.tauri4j.build.importer.rust;

import java.util.List;
import java.util.Optional;

/**
 * A {@code #[tauri::command]} function.
 *
 * @param name         the function's name, which is the command's name
 * @param file         the source file, relative to the Tauri project ({@code src-tauri/src/lib.rs})
 * @param module       the module path it sits in, from the file and inline {@code mod} blocks ({@code commands})
 * @param line         the line of its {@code fn}
 * @param async        whether it is an {@code async fn}
 * @param renameAll    {@code #[tauri::command(rename_all = "...")]}, how JS names its arguments (Tauri's default
 *                     is camelCase)
 * @param params       its parameters in order
 * @param returns      its return type, empty for none ({@code ()})
 * @param source       its source text, attributes to closing brace
 */
public record RustCommand(String name, String file, String module, int line, boolean async, Optional<String> renameAll,
        List<RustParam> params, Optional<RustType> returns, String source) {

    /** Where it was, for messages: {@code src-tauri/src/lib.rs:3}. */
    public String location() {
        return file + ":" + line;
    }

    /** The path {@code generate_handler!} would name it by from the crate root: {@code commands::greet}. */
    public String path() {
        return module.isEmpty() ? name : module + "::" + name;
    }
}
