package dev.tauri4j.build.importer.rust;

import java.util.List;

/**
 * What one Rust source file declares that matters to an import.
 *
 * @param commands the {@code #[tauri::command]} functions
 * @param structs  every struct (serde ones become records; others may be state)
 * @param enums    every enum
 * @param handlers the paths in {@code generate_handler![...]}, as written ({@code commands::greet})
 * @param usages   plugins, trays, menus, setup code and managed state
 */
public record RustFile(List<RustCommand> commands, List<RustStruct> structs, List<RustEnum> enums,
        List<String> handlers, List<RustUsage> usages) {}
