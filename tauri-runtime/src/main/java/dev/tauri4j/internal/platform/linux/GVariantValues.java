package dev.tauri4j.internal.platform.linux;

import static dev.tauri4j.internal.platform.linux.GDBus.*;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** GVariants read into plain Java values (the mapping {@link dev.tauri4j.plugin.SessionBus} documents). */
final class GVariantValues {

    private GVariantValues() {}

    /** The children of a tuple (a reply's or a signal's body) as a list; NULL is an empty list. */
    static List<Object> tuple(MemorySegment v) throws Throwable {
        if (v.equals(Native.NULL)) return List.of();
        @SuppressWarnings("unchecked")
        List<Object> values = (List<Object>) read(v);
        return values;
    }

    /** One value; does not take {@code v}'s reference. */
    static Object read(MemorySegment v) throws Throwable {
        String type = Native.string((MemorySegment) g_variant_get_type_string.h().invokeExact(v));
        return switch (type.charAt(0)) {
            case 'b' -> (int) g_variant_get_boolean.h().invokeExact(v) != 0;
            case 'y' -> ((byte) g_variant_get_byte.h().invokeExact(v)) & 0xff;
            case 'n' -> (int) (short) g_variant_get_int16.h().invokeExact(v);
            case 'q' -> ((short) g_variant_get_uint16.h().invokeExact(v)) & 0xffff;
            case 'i', 'h' -> (int) g_variant_get_int32.h().invokeExact(v);
            case 'u' -> Integer.toUnsignedLong((int) g_variant_get_uint32.h().invokeExact(v));
            case 'x' -> (long) g_variant_get_int64.h().invokeExact(v);
            case 't' -> (long) g_variant_get_uint64.h().invokeExact(v);
            case 'd' -> (double) g_variant_get_double.h().invokeExact(v);
            case 's', 'o', 'g' -> Native.string((MemorySegment) g_variant_get_string.h().invokeExact(v, Native.NULL));
            case 'v' -> owned((MemorySegment) g_variant_get_variant.h().invokeExact(v));
            case 'm' -> {
                MemorySegment inner = (MemorySegment) g_variant_get_maybe.h().invokeExact(v);
                yield inner.equals(Native.NULL) ? null : owned(inner);
            }
            case 'a' -> type.equals("ay") ? bytes(v) : type.startsWith("a{") ? map(v) : list(v);
            default -> list(v); // ( and {
        };
    }

    private static Object owned(MemorySegment v) throws Throwable {
        try {
            return read(v);
        } finally {
            g_variant_unref.h().invokeExact(v);
        }
    }

    private static List<Object> list(MemorySegment v) throws Throwable {
        long n = (long) g_variant_n_children.h().invokeExact(v);
        List<Object> out = new ArrayList<>((int) n);
        for (long i = 0; i < n; i++) out.add(owned((MemorySegment) g_variant_get_child_value.h().invokeExact(v, i)));
        return out;
    }

    private static Map<Object, Object> map(MemorySegment v) throws Throwable {
        Map<Object, Object> out = new LinkedHashMap<>();
        for (Object entry : list(v)) {
            List<?> kv = (List<?>) entry;
            out.put(kv.get(0), kv.get(1));
        }
        return out;
    }

    private static byte[] bytes(MemorySegment v) throws Throwable {
        List<Object> items = list(v);
        byte[] out = new byte[items.size()];
        for (int i = 0; i < out.length; i++) out[i] = (byte) (int) (Integer) items.get(i);
        return out;
    }
}
