package dev.tauri4j.build.importer.rust;

import java.util.List;
import java.util.Optional;

/**
 * A struct, with what serde makes of it.
 *
 * @param name      its name
 * @param file      the source file, relative to the Tauri project
 * @param line      the line of {@code struct}
 * @param derives   the traits it derives ({@code Serialize}, {@code Deserialize}, {@code Clone}...)
 * @param renameAll {@code #[serde(rename_all = "...")]}
 * @param fields    its fields (a tuple struct's are named {@code 0}, {@code 1}...)
 * @param tuple     whether it is a tuple struct ({@code struct Id(String);})
 * @param source    its source text
 */
public record RustStruct(String name, String file, int line, List<String> derives, Optional<String> renameAll,
        List<Field> fields, boolean tuple, String source) {

    /**
     * A field.
     *
     * @param name    the Rust name
     * @param type    its type
     * @param rename  {@code #[serde(rename = "...")]}
     * @param skipped {@code #[serde(skip)]} (or {@code skip_serializing} and {@code skip_deserializing} both)
     * @param flatten {@code #[serde(flatten)]}
     */
    public record Field(String name, RustType type, Optional<String> rename, boolean skipped, boolean flatten) {}

    /** Whether serde can turn it into JSON or read it from JSON. */
    public boolean isSerde() {
        return derives.contains("Serialize") || derives.contains("Deserialize");
    }

    /** Where it was: {@code src-tauri/src/lib.rs:12}. */
    public String location() {
        return file + ":" + line;
    }
}
