package dev.tauri4j.processor;

import java.util.List;
import java.util.stream.Collectors;

/** What a Java type looks like on the wire, as far as the TypeScript side needs to know. */
sealed interface Shape {

    /** A JSON scalar or free value: {@code ts} is its TypeScript type ({@code string}, {@code number}, ...). */
    record Scalar(String ts) implements Shape {}

    /** A {@code byte[]}: binary at the top level of a call, a base64 string inside JSON. */
    record Bytes() implements Shape {}

    /** A Java array or collection: a JSON array. */
    record ArrayOf(Shape item) implements Shape {}

    /** A {@code Map<String, V>}: a JSON object. */
    record MapOf(Shape value) implements Shape {}

    /** An {@code Optional<T>} or a nullable value: the value or {@code null}. */
    record Nullable(Shape inner) implements Shape {}

    /** A record or enum, declared once in bindings.ts under {@code name}; {@code args} for a generic record. */
    record Named(String name, List<Shape> args) implements Shape {}

    /** A type parameter of the generic record being declared. */
    record TypeVar(String name) implements Shape {}

    /** No value ({@code void}, {@code Void}). */
    record None() implements Shape {}

    /** The TypeScript type; {@code topLevel} is true for a command's own parameters and result. */
    static String ts(Shape shape, boolean topLevel) {
        return switch (shape) {
            case Scalar s -> s.ts();
            case Bytes _ -> topLevel ? "Uint8Array" : "string";
            case ArrayOf a -> {
                String item = ts(a.item(), false);
                yield (item.contains(" ") ? "(" + item + ")" : item) + "[]";
            }
            case MapOf m -> "Record<string, " + ts(m.value(), false) + ">";
            case Nullable n -> {
                String inner = ts(n.inner(), topLevel);
                yield inner.endsWith(" | null") ? inner : inner + " | null";
            }
            case Named n -> n.args().isEmpty() ? n.name()
                    : n.name() + n.args().stream().map(a -> ts(a, false)).collect(Collectors.joining(", ", "<", ">"));
            case TypeVar v -> v.name();
            case None _ -> "void";
        };
    }
}
