package dev.tauri4j.config.scope;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One scope entry's value as written in a capability or permission file: Tauri's ACL {@code Value} (null, boolean,
 * number, string, list or map). A plugin reads its own scope type out of it, e.g. {@code {"path": "$APPDATA/**"}}.
 */
public sealed interface ScopeValue {

    /** JSON {@code null}. */
    record Null() implements ScopeValue {}

    /** {@code true} or {@code false}. */
    record Bool(boolean value) implements ScopeValue {}

    /** A number, exactly as written. */
    record Num(BigDecimal value) implements ScopeValue {}

    /** A string. */
    record Str(String value) implements ScopeValue {}

    /** A list of values. */
    record Arr(List<ScopeValue> items) implements ScopeValue {
        public Arr {
            items = List.copyOf(items);
        }
    }

    /** A map of keys to values, in file order. */
    record Obj(Map<String, ScopeValue> fields) implements ScopeValue {
        public Obj {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    /** The text when this is a string. */
    default Optional<String> text() {
        return this instanceof Str s ? Optional.of(s.value()) : Optional.empty();
    }

    /** The value of {@code key} when this is a map holding it. */
    default Optional<ScopeValue> field(String key) {
        return this instanceof Obj o ? Optional.ofNullable(o.fields().get(key)) : Optional.empty();
    }

    /** The string at {@code key} when this is a map holding a string there. */
    default Optional<String> textField(String key) {
        return field(key).flatMap(ScopeValue::text);
    }

    /** A short rendering with its type for error messages: {@code "x" (string)}, {@code an object}. */
    default String describe() {
        return switch (this) {
            case Null n -> "null";
            case Bool b -> b.value() + " (boolean)";
            case Num n -> n.value().toPlainString() + " (number)";
            case Str s -> "\"" + s.value().replace("\"", "\\\"") + "\" (string)";
            case Arr a -> "an array";
            case Obj o -> "an object";
        };
    }
}
