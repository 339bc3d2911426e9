package dev.tauri4j.build.importer;

import java.util.List;
import java.util.Set;

/**
 * A Rust type as Java: the source text to write, the imports it needs, and how the runtime fills a parameter of it.
 *
 * @param text     the Java type as written in source ({@code List<Todo>}, {@code int})
 * @param imports  the classes to import for it
 * @param role     how a parameter of this type gets its value
 * @param notes    what the mapping lost or the port must do, for the report and the method's comment
 * @param declared the names of the app's own structs and enums it refers to, which become Java files
 */
record JavaType(String text, Set<String> imports, Role role, List<String> notes, Set<String> declared) {

    /** How a parameter of the type is filled (docs/command-arguments.md). */
    enum Role { ARGUMENT, INJECTED, STATE }

    static JavaType of(String text, String... imports) {
        return new JavaType(text, Set.of(imports), Role.ARGUMENT, List.of(), Set.of());
    }

    JavaType withRole(Role role) {
        return new JavaType(text, imports, role, notes, declared);
    }

    JavaType withNote(String note) {
        return new JavaType(text, imports, role, JavaTypeMapper.plus(notes, note), declared);
    }

    /** The boxed form of a primitive ({@code int} is {@code Integer}), for type arguments and nullable places. */
    JavaType boxed() {
        String box = switch (text) {
            case "int" -> "Integer";
            case "long" -> "Long";
            case "short" -> "Short";
            case "byte" -> "Byte";
            case "float" -> "Float";
            case "double" -> "Double";
            case "boolean" -> "Boolean";
            case "char" -> "Character";
            default -> text;
        };
        return new JavaType(box, imports, role, notes, declared);
    }
}
