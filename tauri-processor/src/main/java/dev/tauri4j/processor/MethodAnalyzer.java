package dev.tauri4j.processor;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/** Checks one {@code @Command} method and turns it into a {@link CommandModel}, or says what is wrong and where. */
final class MethodAnalyzer {

    /** A misuse, reported as a compile error on {@code element}. */
    static final class Problem extends Exception {
        final transient Element element;

        Problem(String message, Element element) {
            super(message, null, false, false);
            this.element = element;
        }
    }

    static final String COMMAND = "dev.tauri4j.Command";
    static final String PLUGIN_COMMANDS = "dev.tauri4j.plugin.PluginCommands";
    private static final String PLUGIN = "dev.tauri4j.plugin.Plugin";
    private static final java.util.regex.Pattern PLUGIN_NAME = java.util.regex.Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final Elements elements;
    private final javax.lang.model.util.Types typeUtils;
    private final TypeMapper types;

    MethodAnalyzer(Elements elements, javax.lang.model.util.Types typeUtils, TypeMapper types) {
        this.elements = elements;
        this.typeUtils = typeUtils;
        this.types = types;
    }

    CommandModel analyze(ExecutableElement method) throws Problem {
        String signature = method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName();
        if (method.getKind() != ElementKind.METHOD) throw new Problem("@Command goes on methods, not on " + method.getKind(), method);
        TypeElement owner = (TypeElement) method.getEnclosingElement();
        checkOwner(owner, method);
        if (!method.getModifiers().contains(Modifier.PUBLIC)) {
            throw new Problem("@Command method " + signature + " must be public: the generated registrar calls it."
                    + " Fix: add 'public'", method);
        }
        if (method.getModifiers().contains(Modifier.ABSTRACT)) {
            throw new Problem("@Command method " + signature + " is abstract; put @Command on a method with a body", method);
        }
        if (!method.getTypeParameters().isEmpty()) {
            throw new Problem("@Command method " + signature + " is generic; its JSON types must be known at compile time."
                    + " Fix: remove <" + method.getTypeParameters().stream().map(Object::toString)
                    .collect(java.util.stream.Collectors.joining(", ")) + "> and use concrete types", method);
        }
        String name = commandName(method);
        String plugin = pluginOf(owner, method);
        List<CommandModel.Param> params = params(method, name);
        ResultType result = result(method, name);
        CommandModel.Receiver receiver = plugin != null && !method.getModifiers().contains(Modifier.STATIC)
                ? CommandModel.Receiver.PLUGIN : receiver(owner, method);
        return new CommandModel(name, plugin, Names.function(name), packageOf(owner), owner.getQualifiedName().toString(),
                method.getSimpleName().toString(), receiver, params, result.shape(), result.java(),
                DocComment.parse(elements.getDocComment(method)), method);
    }

    private void checkOwner(TypeElement owner, ExecutableElement method) throws Problem {
        if (owner.getKind() != ElementKind.CLASS && owner.getKind() != ElementKind.RECORD) {
            throw new Problem("@Command methods belong in a class, not in the " + owner.getKind().toString().toLowerCase(java.util.Locale.ROOT)
                    + " " + owner.getQualifiedName(), method);
        }
        for (Element e = owner; e instanceof TypeElement t; e = t.getEnclosingElement()) {
            if (t.getNestingKind() == NestingKind.LOCAL || t.getNestingKind() == NestingKind.ANONYMOUS) {
                throw new Problem("@Command method in a local or anonymous class; the generated registrar cannot name it."
                        + " Fix: move it to a top-level class", method);
            }
            if (!t.getModifiers().contains(Modifier.PUBLIC)) {
                throw new Problem("class " + t.getQualifiedName() + " must be public for its @Command method "
                        + method.getSimpleName() + ": the generated registrar calls it. Fix: make it public", method);
            }
            if (t.getNestingKind() == NestingKind.MEMBER && !t.getModifiers().contains(Modifier.STATIC)
                    && t.getKind() == ElementKind.CLASS) {
                throw new Problem("class " + t.getQualifiedName() + " is an inner (non-static) class, so the generated registrar"
                        + " cannot make or find its instances. Fix: declare it 'static'", method);
            }
        }
    }

    /**
     * The plugin namespace of a method of {@code owner}: its {@code @PluginCommands} name, which only a plugin class
     * may carry; null for an app command. A plugin class without it is an error, since its commands would silently
     * join the app's namespace.
     */
    private String pluginOf(TypeElement owner, ExecutableElement method) throws Problem {
        TypeElement pluginType = elements.getTypeElement(PLUGIN);
        boolean isPlugin = pluginType != null && typeUtils.isAssignable(typeUtils.erasure(owner.asType()), typeUtils.erasure(pluginType.asType()));
        String name = null;
        for (var mirror : owner.getAnnotationMirrors()) {
            if (!((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(PLUGIN_COMMANDS)) continue;
            for (var entry : mirror.getElementValues().entrySet()) name = String.valueOf(entry.getValue().getValue());
        }
        if (name == null && isPlugin) {
            throw new Problem("@Command method " + method.getSimpleName() + " is in the plugin class " + owner.getQualifiedName()
                    + ", whose namespace the processor cannot know. Fix: annotate the class @PluginCommands(\"<its name()>\")", method);
        }
        if (name != null && !isPlugin) {
            throw new Problem("class " + owner.getQualifiedName() + " has @PluginCommands but does not implement " + PLUGIN
                    + "; plugin commands run on the plugin instance. Fix: put the @Command methods in the plugin class", method);
        }
        if (name != null && !PLUGIN_NAME.matcher(name).matches()) {
            throw new Problem("@PluginCommands(\"" + name + "\") on " + owner.getQualifiedName() + " is no plugin name: lower-case"
                    + " letters, digits and '-', starting with a letter. Fix: use the plugin's name()", method);
        }
        return name;
    }

    private static String commandName(ExecutableElement method) throws Problem {
        String name = method.getSimpleName().toString();
        for (var mirror : method.getAnnotationMirrors()) {
            if (!((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(COMMAND)) continue;
            for (var entry : mirror.getElementValues().entrySet()) {
                if (entry.getKey().getSimpleName().contentEquals("value")) {
                    String given = String.valueOf(entry.getValue().getValue());
                    if (!given.isEmpty()) name = given;
                }
            }
        }
        if (name.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new Problem("command name '" + name + "' must not contain whitespace or control characters", method);
        }
        if (name.startsWith("plugin:")) {
            throw new Problem("command name '" + name + "' starts with 'plugin:', which Tauri reserves for plugins", method);
        }
        return name;
    }

    private List<CommandModel.Param> params(ExecutableElement method, String command) throws Problem {
        List<CommandModel.Param> out = new ArrayList<>();
        List<? extends VariableElement> declared = method.getParameters();
        int fromJs = 0;
        for (VariableElement p : declared) {
            CommandModel.Param param = param(p, command);
            if (param.fromJs()) fromJs++;
            out.add(param);
        }
        // the one byte[] a command takes travels as the raw request body (Tauri's invoke(cmd, Uint8Array))
        if (fromJs == 1) {
            for (int i = 0; i < out.size(); i++) {
                CommandModel.Param p = out.get(i);
                if (p.kind() == CommandModel.Kind.VALUE && p.shape() instanceof Shape.Bytes) {
                    out.set(i, new CommandModel.Param(p.name(), CommandModel.Kind.RAW_BYTES, p.shape(), p.javaType(), p.typeExpr()));
                }
            }
        }
        return List.copyOf(out);
    }

    private CommandModel.Param param(VariableElement p, String command) throws Problem {
        String name = p.getSimpleName().toString();
        TypeMirror type = p.asType();
        String java = TypeMapper.javaSource(type);
        String where = "parameter '" + name + "' of command '" + command + "'";
        if (type.getKind() == TypeKind.DECLARED) {
            TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
            String qualified = element.getQualifiedName().toString();
            CommandModel.Kind injected = switch (qualified) {
                case "dev.tauri4j.App" -> CommandModel.Kind.APP;
                case "dev.tauri4j.Window" -> CommandModel.Kind.WINDOW;
                case "dev.tauri4j.Invocation" -> CommandModel.Kind.INVOCATION;
                default -> null;
            };
            if (injected != null) return new CommandModel.Param(name, injected, null, java, null);
            CommandModel.Kind scope = switch (qualified) {
                case "dev.tauri4j.plugin.CommandScope" -> CommandModel.Kind.COMMAND_SCOPE;
                case "dev.tauri4j.plugin.GlobalScope" -> CommandModel.Kind.GLOBAL_SCOPE;
                default -> null;
            };
            if (scope != null) return new CommandModel.Param(name, scope, null, java, scopeEntryClass((DeclaredType) type));
            if (qualified.equals("dev.tauri4j.Channel")) {
                List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
                if (args.size() != 1) throw new Problem(where + " is a raw Channel. Fix: say what it sends, e.g. Channel<String>", p);
                return new CommandModel.Param(name, CommandModel.Kind.CHANNEL, mapped(args.getFirst(), where, p), java, null);
            }
            if (isState(element)) {
                if (!((DeclaredType) type).getTypeArguments().isEmpty()) {
                    throw new Problem(where + " is the generic app state type " + java + "; state is looked up by class."
                            + " Fix: manage a non-generic class", p);
                }
                checkPublic(element, where, p);
                return new CommandModel.Param(name, CommandModel.Kind.STATE, null, java, java + ".class");
            }
            if (qualified.equals("java.util.Optional")) {
                Shape shape = mapped(type, where, p);
                TypeMirror inner = ((DeclaredType) type).getTypeArguments().getFirst();
                return new CommandModel.Param(name, CommandModel.Kind.OPTIONAL, shape, TypeMapper.javaSource(inner),
                        TypeMapper.typeExpr(inner));
            }
        }
        Shape shape = mapped(type, where, p);
        if (shape instanceof Shape.None) throw new Problem(where + " has the type Void, which carries no value", p);
        if (TypeMapper.isNullable(p)) {
            if (type.getKind().isPrimitive()) throw new Problem(where + " is a primitive and cannot be @Nullable. Fix: use the boxed type", p);
            return new CommandModel.Param(name, CommandModel.Kind.NULLABLE, TypeMapper.nullable(shape), java, TypeMapper.typeExpr(type));
        }
        return new CommandModel.Param(name, CommandModel.Kind.VALUE, shape, java, TypeMapper.typeExpr(type));
    }

    /**
     * The class a scope's entries are read as: its type argument's erasure, or null (the plugin's {@code scopeType()})
     * for a raw type, a wildcard or {@code Object}, as the runtime's {@code BindingRules} decides for a lambda.
     */
    private static String scopeEntryClass(DeclaredType scope) {
        if (scope.getTypeArguments().isEmpty()) return null;
        TypeMirror arg = scope.getTypeArguments().getFirst();
        if (!(arg instanceof DeclaredType d)) return null;
        String erased = ((TypeElement) d.asElement()).getQualifiedName().toString();
        return erased.equals("java.lang.Object") ? null : erased + ".class";
    }

    private record ResultType(Shape shape, String java) {}

    private ResultType result(ExecutableElement method, String command) throws Problem {
        TypeMirror type = method.getReturnType();
        String where = "the result of command '" + command + "'";
        if (type.getKind() == TypeKind.VOID) return new ResultType(new Shape.None(), "void");
        String java = TypeMapper.javaSource(type);
        if (type instanceof DeclaredType d && TypeMapper.FUTURES.contains(((TypeElement) d.asElement()).getQualifiedName().toString())) {
            if (d.getTypeArguments().size() != 1) throw new Problem(where + " is a raw " + java + ". Fix: give its value type", method);
            type = d.getTypeArguments().getFirst();
        }
        Shape shape = mapped(type, where, method);
        if (TypeMapper.isNullable(method)) shape = TypeMapper.nullable(shape);
        return new ResultType(shape, java);
    }

    private Shape mapped(TypeMirror type, String where, Element at) throws Problem {
        try {
            return types.map(type, where);
        } catch (TypeMapper.Unsupported e) {
            throw new Problem(e.getMessage(), at);
        }
    }

    /**
     * App state: one of the app's own classes or interfaces, that is, neither data nor a JDK, Jackson or tauri4j type.
     * The compile-time twin of the runtime's {@code BindingRules.isState}, which lambda commands use;
     * {@code BindingParityTest} checks that both paths agree.
     */
    private static boolean isState(TypeElement element) {
        return !TypeMapper.isPlatform(element) && (element.getKind() == ElementKind.CLASS || element.getKind() == ElementKind.INTERFACE);
    }

    private static void checkPublic(TypeElement element, String where, Element at) throws Problem {
        for (Element e = element; e instanceof TypeElement t; e = t.getEnclosingElement()) {
            if (!t.getModifiers().contains(Modifier.PUBLIC)) {
                throw new Problem(where + " is app state of type " + element.getQualifiedName() + ", which is not public;"
                        + " the generated registrar must name it. Fix: make " + t.getSimpleName() + " public", at);
            }
        }
    }

    private static CommandModel.Receiver receiver(TypeElement owner, ExecutableElement method) {
        if (method.getModifiers().contains(Modifier.STATIC)) return CommandModel.Receiver.STATIC;
        boolean canMake = !owner.getModifiers().contains(Modifier.ABSTRACT)
                && ElementFilter.constructorsIn(owner.getEnclosedElements()).stream()
                .anyMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
        return canMake ? CommandModel.Receiver.STATE_OR_NEW : CommandModel.Receiver.STATE;
    }

    static String packageOf(TypeElement type) {
        Element e = type;
        while (!(e instanceof PackageElement)) e = e.getEnclosingElement();
        return ((PackageElement) e).getQualifiedName().toString();
    }
}
