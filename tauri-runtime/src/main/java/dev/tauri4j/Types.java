package dev.tauri4j;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Builds generic {@link Type}s such as {@code List<Todo>} without reflection, for
 * {@link Invocation#arg(String, Type)}: {@code call.arg("todos", Types.of(List.class, Todo.class))}.
 */
public final class Types {

    private Types() {}

    /** The parameterized type {@code raw<args...>}, e.g. {@code Types.of(Map.class, String.class, Todo.class)}. */
    public static ParameterizedType of(Class<?> raw, Type... args) {
        Objects.requireNonNull(raw, "raw");
        if (raw.getTypeParameters().length != args.length) {
            throw new IllegalArgumentException(raw.getName() + " takes " + raw.getTypeParameters().length
                    + " type arguments, not " + args.length);
        }
        return new Parameterized(raw, args.clone());
    }

    /** The array type {@code component[]}, for arrays of generic types. */
    public static GenericArrayType arrayOf(Type component) {
        Objects.requireNonNull(component, "component");
        return new GenericArray(component);
    }

    private record Parameterized(Class<?> raw, Type[] args) implements ParameterizedType {
        @Override
        public Type[] getActualTypeArguments() {
            return args.clone();
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public Type getOwnerType() {
            return raw.getDeclaringClass();
        }

        // equal to the JDK's own ParameterizedType for the same type, as the interface asks
        @Override
        public boolean equals(Object o) {
            return o instanceof ParameterizedType p && raw.equals(p.getRawType())
                    && Objects.equals(getOwnerType(), p.getOwnerType()) && Arrays.equals(args, p.getActualTypeArguments());
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(args) ^ Objects.hashCode(getOwnerType()) ^ raw.hashCode();
        }

        @Override
        public String toString() {
            return raw.getTypeName() + Arrays.stream(args).map(Type::getTypeName).collect(Collectors.joining(", ", "<", ">"));
        }
    }

    private record GenericArray(Type component) implements GenericArrayType {
        @Override
        public Type getGenericComponentType() {
            return component;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof GenericArrayType g && component.equals(g.getGenericComponentType());
        }

        @Override
        public int hashCode() {
            return component.hashCode();
        }

        @Override
        public String toString() {
            return component.getTypeName() + "[]";
        }
    }
}
