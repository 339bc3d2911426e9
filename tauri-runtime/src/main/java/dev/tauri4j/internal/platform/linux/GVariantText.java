package dev.tauri4j.internal.platform.linux;

import dev.tauri4j.plugin.SessionBus.Variant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Java values written as GVariant text ({@code g_variant_parse}'s format), directed by a D-Bus type: one parser call
 * builds any shape we send, so no variadic {@code g_variant_new} and no builder calls per element are needed.
 */
final class GVariantText {

    private final String type;
    private int pos;

    private GVariantText(String type) {
        this.type = type;
    }

    /** {@code value} as text of the single complete type {@code type} (e.g. {@code "(sua{sv})"}). */
    static String encode(String type, Object value) {
        GVariantText t = new GVariantText(type);
        String text = t.value(value);
        if (t.pos != type.length()) throw new IllegalArgumentException("'" + type + "' is more than one D-Bus type");
        return text;
    }

    /** The D-Bus type a Java value takes inside a {@code v}. */
    static String typeOf(Object value) {
        return switch (value) {
            case Variant v -> v.signature();
            case String s -> "s";
            case Boolean b -> "b";
            case Integer i -> "i";
            case Long l -> "x";
            case Double d -> "d";
            case byte[] b -> "ay";
            case Collection<?> c when c.stream().allMatch(String.class::isInstance) -> "as";
            case Map<?, ?> m -> "a{sv}";
            case null -> throw new IllegalArgumentException("a D-Bus variant cannot hold null");
            default -> throw new IllegalArgumentException("no D-Bus type for a " + value.getClass().getName()
                    + " in a variant; wrap it in SessionBus.Variant with its signature");
        };
    }

    private String value(Object value) {
        char c = at(pos);
        int start = pos;
        switch (c) {
            case 'b' -> { pos++; return String.valueOf((boolean) (Boolean) need(value, Boolean.class)); }
            case 'y' -> { pos++; return "byte " + (number(value) & 0xff); }
            case 'n' -> { pos++; return "int16 " + number(value); }
            case 'q' -> { pos++; return "uint16 " + number(value); }
            case 'i' -> { pos++; return "int32 " + number(value); }
            case 'u' -> { pos++; return "uint32 " + number(value); }
            case 'x' -> { pos++; return "int64 " + number(value); }
            case 't' -> { pos++; return "uint64 " + Long.toUnsignedString(number(value)); }
            case 'd' -> { pos++; return "double " + ((Number) need(value, Number.class)).doubleValue(); }
            case 's' -> { pos++; return quote(need(value, String.class)); }
            case 'o' -> { pos++; return "objectpath " + quote(need(value, String.class)); }
            case 'g' -> { pos++; return "signature " + quote(need(value, String.class)); }
            case 'v' -> {
                pos++;
                Object inner = value instanceof Variant v ? v.value() : value;
                return "<" + encode(typeOf(value), inner) + ">";
            }
            case 'm' -> {
                pos++;
                int inner = pos;
                if (value == null) {
                    pos = skip(inner);
                    return "@" + type.substring(start, pos) + " nothing";
                }
                return "just " + value(value);
            }
            case 'a' -> { return array(start, value); }
            case '(' -> { return struct(value); }
            default -> throw new IllegalArgumentException("unsupported D-Bus type '" + c + "' in '" + type + "'");
        }
    }

    private String array(int start, Object value) {
        int elem = start + 1;
        int end = skip(elem);
        StringBuilder out = new StringBuilder("@").append(type, start, end).append(' ');
        if (at(elem) == '{') {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) need(value, Map.class)).entrySet()) {
                if (!first) out.append(", ");
                first = false;
                pos = elem + 1;
                out.append(value(e.getKey())).append(": ").append(value(e.getValue()));
            }
            pos = end;
            return out.append('}').toString();
        }
        out.append('[');
        if (value instanceof byte[] bytes && type.charAt(elem) == 'y') {
            // the annotation types the elements: bare numbers halve the text of an icon's pixels
            for (int i = 0; i < bytes.length; i++) out.append(i > 0 ? "," : "").append(bytes[i] & 0xff);
            pos = end;
            return out.append(']').toString();
        }
        List<?> items = value instanceof byte[] bytes ? toList(bytes) : List.copyOf((Collection<?>) need(value, Collection.class));
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) out.append(", ");
            pos = elem;
            out.append(value(items.get(i)));
        }
        pos = end;
        return out.append(']').toString();
    }

    private String struct(Object value) {
        List<?> fields = value instanceof Object[] array ? List.of(array) : List.copyOf((Collection<?>) need(value, Collection.class));
        pos++;
        StringBuilder out = new StringBuilder("(");
        int n = 0;
        while (at(pos) != ')') {
            if (n >= fields.size()) throw new IllegalArgumentException("D-Bus type '" + type + "' needs more than " + n + " values");
            if (n > 0) out.append(", ");
            out.append(value(fields.get(n++)));
        }
        pos++;
        if (n != fields.size()) throw new IllegalArgumentException("D-Bus type '" + type + "' takes " + n + " values, not " + fields.size());
        return out.append(n == 1 ? ",)" : ")").toString();
    }

    /** The index just after the complete type starting at {@code i}. */
    private int skip(int i) {
        char c = at(i);
        if (c == 'a' || c == 'm') return skip(i + 1);
        if (c == '(' || c == '{') {
            char close = c == '(' ? ')' : '}';
            int j = i + 1;
            while (at(j) != close) j = skip(j);
            return j + 1;
        }
        return i + 1;
    }

    private char at(int i) {
        if (i >= type.length()) throw new IllegalArgumentException("incomplete D-Bus type '" + type + "'");
        return type.charAt(i);
    }

    private static List<Integer> toList(byte[] bytes) {
        Integer[] out = new Integer[bytes.length];
        for (int i = 0; i < bytes.length; i++) out[i] = bytes[i] & 0xff;
        return List.of(out);
    }

    private static long number(Object value) {
        return ((Number) need(value, Number.class)).longValue();
    }

    private static <T> T need(Object value, Class<T> type) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("a D-Bus value needs a " + type.getSimpleName() + ", got "
                    + (value == null ? "null" : value.getClass().getSimpleName()));
        }
        return type.cast(value);
    }

    /** A GVariant string literal: single quotes, backslash escapes, control characters as \\uXXXX. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('\'');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\'' -> out.append("\\'");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (ch < 0x20 || ch == 0x7f) out.append(String.format("\\u%04x", (int) ch));
                    else out.append(ch);
                }
            }
        }
        return out.append('\'').toString();
    }
}
