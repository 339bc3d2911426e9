package dev.tauri4j.build.importer.rust;

import java.util.List;

/**
 * A Rust type as written in a signature, reduced to what the Java mapping needs: a path with its type arguments
 * ({@code tauri::State<'_, AppState>} is the path {@code tauri::State} with one argument; lifetimes are dropped), a
 * reference, a tuple, an array or slice, or something else kept as text ({@code impl Fn()}, {@code dyn Trait}).
 *
 * @param form what sort of type
 * @param path for a {@link Form#PATH}, its path as written ({@code std::collections::HashMap}); else empty
 * @param args type arguments (PATH), the referenced type (REF), the elements (TUPLE), the element (ARRAY, SLICE)
 * @param text the type's source text, for messages and comments
 */
public record RustType(Form form, String path, List<RustType> args, String text) {

    /** The shapes of type the reader tells apart. */
    public enum Form { PATH, REF, TUPLE, ARRAY, SLICE, OTHER }

    /** The last segment of the path: {@code HashMap} for {@code std::collections::HashMap}. */
    public String name() {
        int i = path.lastIndexOf("::");
        return i < 0 ? path : path.substring(i + 2);
    }

    /** The {@code i}th argument. */
    public RustType arg(int i) {
        return args.get(i);
    }

    /** {@code ()}. */
    public boolean isUnit() {
        return form == Form.TUPLE && args.isEmpty();
    }

    @Override
    public String toString() {
        return text;
    }
}
