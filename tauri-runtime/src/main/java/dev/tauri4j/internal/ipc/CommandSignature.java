package dev.tauri4j.internal.ipc;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.lang.classfile.Signature;
import java.lang.invoke.MethodType;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The parameters of an {@code Fn} command as its source declares them (names and generic types), read from
 * the lambda's {@link SerializedLambda}, reflection and, for lambda bodies, the class file's debug tables.
 *
 * @param params the parameters in call order
 * @param origin where the code lives, for error messages
 * @param lambdaBody whether the code is a lambda body (names then come only from {@code -g})
 */
record CommandSignature(List<Param> params, String origin, boolean lambdaBody) {

    /**
     * One parameter; {@code name} is null when the class file kept none. {@code receiver} marks the instance an
     * unbound method reference ({@code TodoService::list}) is called on. {@code erased} marks a generic type
     * whose arguments javac did not keep (a lambda parameter such as {@code List<Todo>}). {@code nullable} marks a
     * parameter annotated {@code @Nullable} (see {@link BindingRules#isNullable}).
     */
    record Param(String name, JavaType type, boolean receiver, boolean erased, boolean nullable) {}

    /** Inspects {@code fn}, which implements one of {@code Fn1..Fn5} with {@code arity} parameters. */
    static CommandSignature inspect(Object fn, int arity) {
        SerializedLambda lambda = serialized(fn);
        List<Param> params = new ArrayList<>(arity);
        Executable target;
        if (lambda == null) {
            target = applyMethod(fn.getClass(), arity);
            params.addAll(declared(target, true));
        } else {
            ClassLoader loader = fn.getClass().getClassLoader();
            Class<?> owner = load(lambda.getImplClass().replace('/', '.'), loader);
            MethodType implType = MethodType.fromMethodDescriptorString(lambda.getImplMethodSignature(), loader);
            target = find(owner, lambda.getImplMethodName(), implType);
            boolean instance = target instanceof Method m && !Modifier.isStatic(m.getModifiers());
            int captured = lambda.getCapturedArgCount();
            List<Param> declared = declared(target, instance);
            if (instance && captured == 0) {
                Class<?> receiver = MethodType.fromMethodDescriptorString(lambda.getInstantiatedMethodType(), loader)
                        .parameterType(0);
                params.add(new Param(null, Arguments.type(receiver), true, false, false));
                params.addAll(declared);
            } else {
                // captured values come first in the implementation method; a captured receiver is not among them
                int leading = instance ? captured - 1 : captured;
                params.addAll(declared.subList(Math.min(leading, declared.size()), declared.size()));
            }
        }
        String origin = target.getDeclaringClass().getName() + (target.isSynthetic() ? " (a lambda)" : "." + target.getName());
        if (params.size() != arity) {
            throw new IllegalStateException("cannot match the " + arity + " parameters of the command to " + origin
                    + ", which takes " + params.size());
        }
        return new CommandSignature(List.copyOf(params), origin, target.isSynthetic());
    }

    /** The parameters whose type arguments were lost to erasure. */
    List<Param> erased() {
        return params.stream().filter(Param::erased).toList();
    }

    private static SerializedLambda serialized(Object fn) {
        Class<?> type = fn.getClass();
        if (!type.isSynthetic() && !type.isHidden()) {
            return null;
        }
        try {
            Method writeReplace = type.getDeclaredMethod("writeReplace");
            writeReplace.setAccessible(true);
            return writeReplace.invoke(fn) instanceof SerializedLambda lambda ? lambda : null;
        } catch (NoSuchMethodException e) {
            return null;
        } catch (InaccessibleObjectException e) {
            throw new IllegalStateException("cannot inspect the command's lambda: open package "
                    + type.getPackageName() + " to tauri4j (opens ... in module-info.java)", e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot inspect the command's lambda: " + e, e);
        }
    }

    private static Executable applyMethod(Class<?> type, int arity) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals("apply") && m.getParameterCount() == arity && !m.isBridge()
                        && !Modifier.isStatic(m.getModifiers())) {
                    return m;
                }
            }
        }
        throw new IllegalStateException("no apply method with " + arity + " parameters in " + type.getName());
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot load " + name + ", the class of the command's code", e);
        }
    }

    private static Executable find(Class<?> owner, String name, MethodType type) {
        try {
            if (name.equals("<init>")) {
                return owner.getDeclaredConstructor(type.parameterArray());
            }
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no constructor " + type + " in " + owner.getName(), e);
        }
        // a method reference names the receiver's static type, which may only inherit the method
        for (Class<?> c = owner; c != null; c = c.getSuperclass()) {
            Executable found = declaredMethod(c, name, type);
            if (found != null) {
                return found;
            }
            for (Class<?> i : c.getInterfaces()) {
                found = declaredMethod(i, name, type);
                if (found != null) {
                    return found;
                }
            }
        }
        throw new IllegalStateException("no method " + name + type + " in " + owner.getName());
    }

    private static Executable declaredMethod(Class<?> owner, String name, MethodType type) {
        try {
            return owner.getDeclaredMethod(name, type.parameterArray());
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static List<Param> declared(Executable target, boolean instance) {
        Parameter[] reflected = target.getParameters();
        Class<?>[] raw = target.getParameterTypes();
        Type[] generic = target.getGenericParameterTypes();
        boolean named = Arrays.stream(reflected).allMatch(Parameter::isNamePresent);
        // a lambda body has no Signature attribute, and javac (17 and 25 checked) writes no LocalVariableTypeTable
        // entries for its parameters either: their type arguments are gone. The table is still read, for
        // compilers that do keep them
        Map<Integer, LocalVariables.Local> locals = named && !target.isSynthetic() ? Map.of()
                : LocalVariables.ofMethod(target.getDeclaringClass(), name(target), descriptor(target));
        int slot = instance || target instanceof Constructor<?> ? 1 : 0;
        List<Param> out = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            LocalVariables.Local local = locals.get(slot);
            String name = named ? reflected[i].getName() : local == null ? null : local.name();
            JavaType type;
            boolean erased = false;
            if (local != null && local.signature() != null) {
                type = fromSignature(local.signature(), raw[i], target.getDeclaringClass().getClassLoader());
            } else {
                type = Arguments.type(generic.length == raw.length ? generic[i] : raw[i]);
                erased = target.isSynthetic() && raw[i].getTypeParameters().length > 0;
            }
            out.add(new Param(name, type, false, erased, BindingRules.isNullable(reflected[i])));
            slot += raw[i] == long.class || raw[i] == double.class ? 2 : 1;
        }
        return out;
    }

    private static String name(Executable target) {
        return target instanceof Constructor<?> ? "<init>" : target.getName();
    }

    private static String descriptor(Executable target) {
        Class<?> result = target instanceof Method m ? m.getReturnType() : void.class;
        return MethodType.methodType(result, target.getParameterTypes()).toMethodDescriptorString();
    }

    static JavaType fromSignature(String signature, Class<?> erased, ClassLoader loader) {
        try {
            JavaType type = toJavaType(Signature.parseFrom(signature), loader);
            return type != null ? type : Arguments.type(erased);
        } catch (RuntimeException e) {
            // an unusual signature (say, a generic inner class of a generic class) still binds by its erasure
            return Arguments.type(erased);
        }
    }

    /** The Jackson type for a signature, or null for a type variable (its erasure is all we can know). */
    private static JavaType toJavaType(Signature signature, ClassLoader loader) {
        TypeFactory types = Arguments.types();
        return switch (signature) {
            case Signature.TypeVarSig _ -> null;
            case Signature.BaseTypeSig base -> types.constructType(primitive(base.baseType()));
            case Signature.ArrayTypeSig array -> {
                JavaType component = toJavaType(array.componentSignature(), loader);
                yield types.constructArrayType(component != null ? component : types.constructType(Object.class));
            }
            case Signature.ClassTypeSig type -> {
                Class<?> raw = load(binaryName(type), loader);
                if (type.typeArgs().isEmpty()) {
                    yield types.constructType(raw);
                }
                JavaType[] args = new JavaType[type.typeArgs().size()];
                for (int i = 0; i < args.length; i++) {
                    JavaType arg = switch (type.typeArgs().get(i)) {
                        case Signature.TypeArg.Unbounded _ -> null;
                        case Signature.TypeArg.Bounded bounded -> toJavaType(bounded.boundType(), loader);
                    };
                    args[i] = arg != null ? arg : types.constructType(Object.class);
                }
                yield types.constructParametricType(raw, args);
            }
            default -> throw new IllegalArgumentException("unexpected signature " + signature);
        };
    }

    private static String binaryName(Signature.ClassTypeSig type) {
        return type.outerType().map(outer -> binaryName(outer) + "$" + type.className())
                .orElseGet(() -> type.className().replace('/', '.'));
    }

    private static Class<?> primitive(char code) {
        return switch (code) {
            case 'Z' -> boolean.class;
            case 'B' -> byte.class;
            case 'C' -> char.class;
            case 'S' -> short.class;
            case 'I' -> int.class;
            case 'J' -> long.class;
            case 'F' -> float.class;
            case 'D' -> double.class;
            default -> throw new IllegalArgumentException("not a primitive type code: " + code);
        };
    }
}
