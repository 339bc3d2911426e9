package dev.tauri4j.internal.ipc;

import dev.tauri4j.App;
import dev.tauri4j.Channel;
import dev.tauri4j.Invocation;
import dev.tauri4j.Tauri;
import dev.tauri4j.Window;
import dev.tauri4j.plugin.CommandScope;
import dev.tauri4j.plugin.GlobalScope;
import java.lang.reflect.Parameter;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * The one rule set that says where each command parameter's value comes from, for lambda commands
 * ({@link Binding}) and for {@code @Command} methods (tauri-processor's {@code MethodAnalyzer} mirrors
 * {@link #role} at compile time; {@code BindingParityTest} checks the two paths agree). As in Tauri:
 * <ol>
 *   <li>{@link App}, {@link Window} and {@link Invocation} are injected by type.</li>
 *   <li>A {@link CommandScope} or {@link GlobalScope} is the call's scope (Tauri's {@code CommandScope<T>} and
 *       {@code GlobalScope<T>}), entries read as its type argument, or as the plugin's {@code scopeType()} when the
 *       compiler kept none (a lambda), the argument is a wildcard, or it is {@code Object}.</li>
 *   <li>A {@link Channel} is the JS {@code Channel} passed under the parameter's name.</li>
 *   <li>App state (Tauri's {@code State<T>}) is a parameter whose type is one of the app's own classes or interfaces
 *       that is neither a record nor an enum; it is looked up by that type, {@code MISSING_STATE} when not managed.</li>
 *   <li>Everything else is an argument taken by its parameter name from the arguments object, a lone record included
 *       ({@code create(Todo todo)} is {@code invoke('create', { todo: {...} })}, as in Tauri). Absent is
 *       {@code MISSING_ARGUMENT}; an {@code Optional} is empty when absent or null, a {@code @Nullable} parameter
 *       is null; JSON null is null, except for a primitive ({@code INVALID_ARGUMENT}).</li>
 *   <li>A raw binary body binds to the command's only JS parameter when that is a {@code byte[]}; any other named
 *       argument of such a call is {@code INVALID_ARGUMENT}.</li>
 * </ol>
 * The value rules themselves (missing, null, Optional, byte[], the error texts) live in {@link Call}, which both
 * paths read through.
 */
final class BindingRules {

    /** Where a parameter's value comes from. */
    enum Role { APP, WINDOW, INVOCATION, COMMAND_SCOPE, GLOBAL_SCOPE, CHANNEL, STATE, ARGUMENT }

    private static final CodeSource RUNTIME = Tauri.class.getProtectionDomain().getCodeSource();

    private BindingRules() {}

    /** The role of a parameter of (erased) type {@code raw}. */
    static Role role(Class<?> raw) {
        if (raw == App.class) {
            return Role.APP;
        }
        if (raw == Window.class) {
            return Role.WINDOW;
        }
        if (raw == Invocation.class) {
            return Role.INVOCATION;
        }
        if (raw == CommandScope.class) {
            return Role.COMMAND_SCOPE;
        }
        if (raw == GlobalScope.class) {
            return Role.GLOBAL_SCOPE;
        }
        if (raw == Channel.class) {
            return Role.CHANNEL;
        }
        return isState(raw) ? Role.STATE : Role.ARGUMENT;
    }

    /** App state: one of the app's own classes or interfaces, that is, neither data nor a JDK, Jackson or tauri4j type. */
    static boolean isState(Class<?> raw) {
        return !(raw.isPrimitive() || raw.isArray() || raw.isRecord() || raw.isEnum() || raw.isAnnotation()
                || isPlatform(raw));
    }

    /**
     * Whether a parameter is {@code @Nullable}: an annotation of that simple name (JSpecify, JSR 305, Jakarta...) on
     * it or on its type, as the processor reads it. Only annotations kept at run time are seen, and javac keeps a
     * lambda parameter's type annotations (JSpecify's) but not its declaration annotations.
     */
    static boolean isNullable(Parameter parameter) {
        if (parameter.getType().isPrimitive()) {
            return false;
        }
        return Stream.concat(Arrays.stream(parameter.getAnnotations()), Arrays.stream(parameter.getAnnotatedType().getAnnotations()))
                .anyMatch(a -> a.annotationType().getSimpleName().equals("Nullable"));
    }

    private static boolean isPlatform(Class<?> raw) {
        ClassLoader loader = raw.getClassLoader();
        if (loader == null || loader == ClassLoader.getPlatformClassLoader()) {
            return true;
        }
        String name = raw.getName();
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                || name.startsWith("com.fasterxml.jackson.") || name.startsWith("dev.tauri4j.config.")
                || RUNTIME != null && RUNTIME.equals(raw.getProtectionDomain().getCodeSource());
    }
}
