package dev.tauri4j.internal.ipc;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * App state that commands receive by type, like Tauri's {@code State<T>}: one object per type, found by its
 * own class or by any of its superclasses and interfaces that no other managed object also has.
 */
public final class StateStore {

    private static final Set<Class<?>> ARGUMENT_TYPES = Set.of(String.class, Boolean.class, Character.class,
            Byte.class, Short.class, Integer.class, Long.class, Float.class, Double.class);

    private final Map<Class<?>, Object> exact = new ConcurrentHashMap<>();
    private final Map<Class<?>, Object> inherited = new ConcurrentHashMap<>();
    // a supertype two objects share names neither; kept so the error can say which objects collided
    private final Map<Class<?>, List<Class<?>>> ambiguous = new ConcurrentHashMap<>();

    /**
     * Manages {@code value} under its class and under its own (non-JDK) superclasses and interfaces. JDK
     * supertypes such as {@code Map} or {@code Runnable} are skipped: they would capture ordinary arguments.
     *
     * @throws IllegalStateException when an object of the same class is already managed
     */
    public synchronized void manage(Object value) {
        Objects.requireNonNull(value, "value");
        Class<?> type = value.getClass();
        putExact(type, value);
        for (Class<?> supertype : supertypes(type)) {
            if (ambiguous.containsKey(supertype)) {
                ambiguous.get(supertype).add(type);
            } else if (inherited.containsKey(supertype)) {
                Object other = inherited.remove(supertype);
                ambiguous.put(supertype, new CopyOnWriteArrayList<>(List.of(other.getClass(), type)));
            } else {
                inherited.put(supertype, value);
            }
        }
    }

    /** Manages {@code value} under exactly {@code type} (say, an interface two managed objects share). */
    public synchronized <T> void manage(Class<T> type, T value) {
        Objects.requireNonNull(type, "type");
        putExact(type, type.cast(Objects.requireNonNull(value, "value")));
    }

    /** The object managed for {@code type}, if exactly one fits. */
    public <T> Optional<T> get(Class<T> type) {
        return Optional.ofNullable(type.cast(find(type)));
    }

    /** Whether nothing is managed; lets binding skip the look-ups. */
    public boolean isEmpty() {
        return exact.isEmpty();
    }

    /** The object for {@code type} or null; the hot path of argument binding, so no Optional. */
    Object find(Class<?> type) {
        Object value = exact.get(type);
        return value != null ? value : inherited.get(type);
    }

    /** Why {@link #find} came back empty, for error messages. */
    String explainMissing(Class<?> type) {
        List<Class<?>> rivals = ambiguous.get(type);
        if (rivals != null) {
            return "app state of type " + type.getName() + " is ambiguous: " + rivals.stream().map(Class::getName).toList()
                    + " are all managed and all are a " + type.getSimpleName() + "; use manage("
                    + type.getSimpleName() + ".class, value) to choose one";
        }
        return "no app state of type " + type.getName() + " is managed; register one with manage(...)";
    }

    private void putExact(Class<?> type, Object value) {
        if (ARGUMENT_TYPES.contains(type) || type.isArray() || type.isPrimitive()) {
            throw new IllegalArgumentException("cannot manage a " + type.getSimpleName()
                    + " as app state: it would be injected in place of every " + type.getSimpleName()
                    + " argument; wrap it in a record");
        }
        if (exact.putIfAbsent(type, value) != null) {
            throw new IllegalStateException("app state of type " + type.getName() + " is already managed");
        }
    }

    private static Set<Class<?>> supertypes(Class<?> type) {
        Set<Class<?>> out = new LinkedHashSet<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c != type) {
                addIfApp(out, c);
            }
            for (Class<?> i : c.getInterfaces()) {
                addInterfaces(out, i);
            }
        }
        return out;
    }

    private static void addInterfaces(Set<Class<?>> out, Class<?> type) {
        if (addIfApp(out, type)) {
            for (Class<?> i : type.getInterfaces()) {
                addInterfaces(out, i);
            }
        }
    }

    private static boolean addIfApp(Set<Class<?>> out, Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        boolean jdk = loader == null || loader == ClassLoader.getPlatformClassLoader();
        return !jdk && out.add(type);
    }
}
