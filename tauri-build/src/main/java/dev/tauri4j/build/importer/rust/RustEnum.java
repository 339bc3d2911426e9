package dev.tauri4j.build.importer.rust;

import java.util.List;
import java.util.Optional;

/**
 * An enum, with what serde makes of it.
 *
 * @param name      its name
 * @param file      the source file, relative to the Tauri project
 * @param line      the line of {@code enum}
 * @param derives   the traits it derives
 * @param renameAll {@code #[serde(rename_all = "...")]}
 * @param tagged    whether serde tags it other than externally ({@code tag}, {@code content}, {@code untagged})
 * @param variants  its variants
 * @param source    its source text
 */
public record RustEnum(String name, String file, int line, List<String> derives, Optional<String> renameAll,
        boolean tagged, List<Variant> variants, String source) {

    /**
     * A variant.
     *
     * @param name   its Rust name
     * @param rename {@code #[serde(rename = "...")]}
     * @param unit   whether it carries no data ({@code Red}, not {@code Rgb(u8, u8, u8)})
     */
    public record Variant(String name, Optional<String> rename, boolean unit) {}

    /** Whether every variant is a unit one: such an enum is a JSON string, a Java enum. */
    public boolean isUnitOnly() {
        return variants.stream().allMatch(Variant::unit);
    }

    /** Where it was. */
    public String location() {
        return file + ":" + line;
    }
}
