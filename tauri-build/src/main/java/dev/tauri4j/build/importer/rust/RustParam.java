package dev.tauri4j.build.importer.rust;

/**
 * A parameter of a command.
 *
 * @param name its name, null when the pattern is not a plain name (a destructuring {@code (a, b): (i32, i32)})
 * @param type its declared type
 */
public record RustParam(String name, RustType type) {}
