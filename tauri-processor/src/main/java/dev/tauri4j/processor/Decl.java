package dev.tauri4j.processor;

import java.util.List;

/** A type declared in bindings.ts: a record as an interface, an enum as a string union. */
sealed interface Decl {

    /** The TypeScript name (the Java simple name). */
    String name();

    /** The Java canonical name, to tell two types with one simple name apart. */
    String qualified();

    /** A record's components, in declaration order; {@code typeParams} of a generic record. */
    record Interface(String name, String qualified, List<String> typeParams, DocComment doc, List<Field> fields)
            implements Decl {}

    /** One record component. */
    record Field(String name, Shape shape, String javaType, String doc) {}

    /** An enum's constants, in declaration order (Jackson sends their names). */
    record Union(String name, String qualified, DocComment doc, List<String> constants) implements Decl {}
}
