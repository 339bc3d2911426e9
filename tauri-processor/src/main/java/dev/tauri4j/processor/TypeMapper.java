package dev.tauri4j.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Maps Java types to their JSON {@link Shape}, the way the runtime's Jackson mapper (with the JDK 8 module) reads
 * and writes them, and collects the records and enums bindings.ts must declare. Anything else is refused with a
 * {@link Unsupported} that says what to use instead.
 */
final class TypeMapper {

    /** A type tauri4j cannot carry as JSON; the message is the user-facing explanation. */
    static final class Unsupported extends Exception {
        Unsupported(String message) {
            super(message, null, false, false);
        }
    }

    private static final Map<String, String> SCALARS = Map.ofEntries(
            Map.entry("java.lang.String", "string"), Map.entry("java.lang.Character", "string"),
            Map.entry("java.util.UUID", "string"), Map.entry("java.lang.Boolean", "boolean"),
            Map.entry("java.lang.Byte", "number"), Map.entry("java.lang.Short", "number"),
            Map.entry("java.lang.Integer", "number"), Map.entry("java.lang.Long", "number"),
            Map.entry("java.lang.Float", "number"), Map.entry("java.lang.Double", "number"),
            Map.entry("java.math.BigInteger", "number"), Map.entry("java.math.BigDecimal", "number"),
            Map.entry("java.lang.Object", "unknown"), Map.entry("com.fasterxml.jackson.databind.JsonNode", "unknown"));

    private static final Set<String> COLLECTIONS = Set.of("java.util.List", "java.util.Collection", "java.util.Set",
            "java.util.SortedSet", "java.util.ArrayList", "java.util.LinkedList", "java.util.HashSet",
            "java.util.LinkedHashSet", "java.util.TreeSet");

    private static final Set<String> MAPS = Set.of("java.util.Map", "java.util.SortedMap", "java.util.HashMap",
            "java.util.LinkedHashMap", "java.util.TreeMap");

    /** The result types whose value is awaited before it is sent. */
    static final Set<String> FUTURES = Set.of("java.util.concurrent.CompletableFuture", "java.util.concurrent.CompletionStage");

    private final Elements elements;
    private final SortedMap<String, Decl> decls = new TreeMap<>();
    private final Set<String> visiting = new HashSet<>();
    // the type parameters of the generic record whose components are being mapped
    private Set<String> typeVars = Set.of();

    TypeMapper(Elements elements) {
        this.elements = elements;
    }

    /** The records and enums met so far, by TypeScript name. */
    SortedMap<String, Decl> decls() {
        return decls;
    }

    /** The shape of a value type; {@code where} names the place for messages ("parameter 'x'"). */
    Shape map(TypeMirror type, String where) throws Unsupported {
        return switch (type.getKind()) {
            case BOOLEAN -> new Shape.Scalar("boolean");
            case BYTE, SHORT, INT, LONG, FLOAT, DOUBLE -> new Shape.Scalar("number");
            case CHAR -> new Shape.Scalar("string");
            case ARRAY -> {
                TypeMirror component = ((ArrayType) type).getComponentType();
                yield component.getKind() == TypeKind.BYTE ? new Shape.Bytes() : new Shape.ArrayOf(map(component, where));
            }
            case DECLARED -> declared((DeclaredType) type, where);
            case TYPEVAR -> {
                String name = type.toString();
                if (typeVars.contains(name)) yield new Shape.TypeVar(name);
                throw new Unsupported(where + " has the type variable " + type
                        + ", whose JSON form is unknown at compile time. Fix: use a concrete type");
            }
            case WILDCARD -> throw new Unsupported(where + " has the wildcard " + type + ". Fix: use a concrete type argument");
            default -> throw new Unsupported(where + " has the type " + type + ", which cannot travel as JSON");
        };
    }

    private Shape declared(DeclaredType type, String where) throws Unsupported {
        TypeElement element = (TypeElement) type.asElement();
        String name = element.getQualifiedName().toString();
        List<? extends TypeMirror> args = type.getTypeArguments();
        String scalar = SCALARS.get(name);
        if (scalar != null) return new Shape.Scalar(scalar);
        if (name.equals("java.lang.Void")) return new Shape.None();
        if (COLLECTIONS.contains(name)) return new Shape.ArrayOf(map(only(type, args, where), where));
        if (name.equals("java.util.Optional")) return new Shape.Nullable(map(only(type, args, where), where));
        if (MAPS.contains(name)) {
            if (args.size() != 2) throw raw(type, where);
            TypeMirror key = args.getFirst();
            if (!(key instanceof DeclaredType k && ((TypeElement) k.asElement()).getQualifiedName().contentEquals("java.lang.String"))) {
                throw new Unsupported(where + " is a map with " + key + " keys; JSON object keys are strings."
                        + " Fix: use Map<String, ...>");
            }
            return new Shape.MapOf(map(args.get(1), where));
        }
        if (element.getKind() == ElementKind.ENUM) return enumShape(element, where);
        if (element.getKind() == ElementKind.RECORD) return recordShape(element, args, where);
        if (isPlatform(element)) {
            throw new Unsupported(where + " has the type " + name + ", which tauri4j does not send as JSON."
                    + " Fix: use a record, an enum, String, a number, boolean, List, Set, Map<String, ...>, Optional or byte[]"
                    + (name.startsWith("java.time.") ? " (for a date or time, an ISO-8601 String)" : ""));
        }
        throw new Unsupported(where + " has the type " + name + ", which is neither a record nor an enum."
                + " Fix: make it a record (commands send records, enums and JDK values as JSON)");
    }

    /** A JDK, Jackson or tauri4j runtime type, as opposed to one of the app's own. */
    static boolean isPlatform(TypeElement element) {
        String name = element.getQualifiedName().toString();
        String pkg = MethodAnalyzer.packageOf(element);
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                || name.startsWith("com.fasterxml.jackson.") || pkg.equals("dev.tauri4j")
                || RUNTIME_PACKAGES.stream().anyMatch(p -> pkg.equals(p) || pkg.startsWith(p + "."));
    }

    /** tauri4j's packages besides {@code dev.tauri4j}: the runtime's classes (and the config model's) are not app state. */
    static final Set<String> RUNTIME_PACKAGES = Set.of("dev.tauri4j.internal", "dev.tauri4j.assets",
            "dev.tauri4j.config", "dev.tauri4j.menu", "dev.tauri4j.plugin", "dev.tauri4j.testing");

    private Shape enumShape(TypeElement element, String where) throws Unsupported {
        String qualified = requirePublic(element, where);
        String tsName = element.getSimpleName().toString();
        if (claim(tsName, qualified, where)) {
            List<String> constants = element.getEnclosedElements().stream()
                    .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT).map(e -> e.getSimpleName().toString()).toList();
            decls.put(tsName, new Decl.Union(tsName, qualified, DocComment.parse(elements.getDocComment(element)), constants));
        }
        return new Shape.Named(tsName, List.of());
    }

    private Shape recordShape(TypeElement element, List<? extends TypeMirror> args, String where) throws Unsupported {
        String qualified = requirePublic(element, where);
        List<String> params = element.getTypeParameters().stream().map(p -> p.getSimpleName().toString()).toList();
        if (args.size() != params.size()) {
            throw new Unsupported(where + " uses the raw type " + qualified + ". Fix: give its type arguments");
        }
        String tsName = element.getSimpleName().toString();
        if (claim(tsName, qualified, where) && visiting.add(qualified)) {
            Set<String> outer = typeVars;
            typeVars = Set.copyOf(params);
            try {
                declare(element, qualified, tsName, params, where);
            } finally {
                typeVars = outer;
            }
        }
        List<Shape> mappedArgs = new ArrayList<>();
        for (TypeMirror arg : args) mappedArgs.add(map(arg, where));
        return new Shape.Named(tsName, List.copyOf(mappedArgs));
    }

    private void declare(TypeElement element, String qualified, String tsName, List<String> params, String where) throws Unsupported {
        DocComment doc = DocComment.parse(elements.getDocComment(element));
        List<Decl.Field> fields = new ArrayList<>();
        for (RecordComponentElement component : element.getRecordComponents()) {
            String field = "component '" + component.getSimpleName() + "' of record " + qualified + " (in " + where + ")";
            Shape shape = map(component.asType(), field);
            if (isNullable(component) || isNullable(component.getAccessor())) shape = nullable(shape);
            fields.add(new Decl.Field(component.getSimpleName().toString(), shape, javaSource(component.asType()),
                    doc.params().getOrDefault(component.getSimpleName().toString(), "")));
        }
        decls.put(tsName, new Decl.Interface(tsName, qualified, params, doc, List.copyOf(fields)));
    }

    /** True when {@code tsName} is free or already this type's; throws when another type has it. */
    private boolean claim(String tsName, String qualified, String where) throws Unsupported {
        Decl existing = decls.get(tsName);
        if (existing != null && !existing.qualified().equals(qualified)) {
            throw new Unsupported(where + " uses " + qualified + ", but " + existing.qualified() + " has the same simple name"
                    + " and bindings.ts declares each type once by that name. Fix: rename one of them");
        }
        if (existing == null && visiting.contains(qualified)) return false; // a record that contains itself
        return existing == null;
    }

    private static String requirePublic(TypeElement element, String where) throws Unsupported {
        for (Element e = element; e instanceof TypeElement t; e = t.getEnclosingElement()) {
            if (!t.getModifiers().contains(Modifier.PUBLIC) || t.getNestingKind() == NestingKind.LOCAL) {
                throw new Unsupported(where + " uses " + element.getQualifiedName() + ", which is not public; the generated"
                        + " registrar must see it. Fix: make " + t.getSimpleName() + " public");
            }
        }
        return element.getQualifiedName().toString();
    }

    private static TypeMirror only(DeclaredType type, List<? extends TypeMirror> args, String where) throws Unsupported {
        if (args.size() != 1) throw raw(type, where);
        return args.getFirst();
    }

    private static Unsupported raw(DeclaredType type, String where) {
        return new Unsupported(where + " uses the raw type " + type + ". Fix: give its type arguments");
    }

    static Shape nullable(Shape shape) {
        return shape instanceof Shape.Nullable ? shape : new Shape.Nullable(shape);
    }

    /** Whether a {@code @Nullable} (any package: JSpecify, JSR 305, Jakarta...) is on the element or its type. */
    static boolean isNullable(Element element) {
        if (element == null) return false;
        List<AnnotationMirror> all = new ArrayList<>(element.getAnnotationMirrors());
        TypeMirror type = element instanceof javax.lang.model.element.ExecutableElement m ? m.getReturnType() : element.asType();
        all.addAll(type.getAnnotationMirrors());
        return all.stream().anyMatch(a -> a.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable"));
    }

    /** The type as Java source, fully qualified and without type-use annotations. */
    static String javaSource(TypeMirror type) {
        return switch (type.getKind()) {
            case ARRAY -> javaSource(((ArrayType) type).getComponentType()) + "[]";
            case DECLARED -> {
                DeclaredType d = (DeclaredType) type;
                String raw = ((TypeElement) d.asElement()).getQualifiedName().toString();
                yield d.getTypeArguments().isEmpty() ? raw
                        : raw + d.getTypeArguments().stream().map(TypeMapper::javaSource).collect(Collectors.joining(", ", "<", ">"));
            }
            default -> type.getKind().isPrimitive() ? type.getKind().name().toLowerCase(java.util.Locale.ROOT) : type.toString();
        };
    }

    /** The type as a {@code java.lang.reflect.Type} expression: a class literal, or {@code Types.of(...)} for generics. */
    static String typeExpr(TypeMirror type) {
        if (!hasTypeArguments(type)) return javaSource(type) + ".class";
        if (type instanceof ArrayType array) return "dev.tauri4j.Types.arrayOf(" + typeExpr(array.getComponentType()) + ")";
        DeclaredType d = (DeclaredType) type;
        StringBuilder out = new StringBuilder("dev.tauri4j.Types.of(")
                .append(((TypeElement) d.asElement()).getQualifiedName()).append(".class");
        for (TypeMirror arg : d.getTypeArguments()) out.append(", ").append(typeExpr(arg));
        return out.append(')').toString();
    }

    private static boolean hasTypeArguments(TypeMirror type) {
        if (type instanceof ArrayType array) return hasTypeArguments(array.getComponentType());
        return type instanceof DeclaredType d && !d.getTypeArguments().isEmpty();
    }
}
