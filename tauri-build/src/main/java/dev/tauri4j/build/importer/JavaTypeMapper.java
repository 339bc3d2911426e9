package dev.tauri4j.build.importer;

import dev.tauri4j.build.importer.rust.RustEnum;
import dev.tauri4j.build.importer.rust.RustStruct;
import dev.tauri4j.build.importer.rust.RustType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps Rust types to the Java types the runtime binds the same JSON to (docs/command-arguments.md): numbers to the
 * primitive that holds their range, {@code Option} to {@code Optional} for parameters and to a nullable box
 * elsewhere, {@code Vec<u8>} to {@code byte[]}, collections to {@code List}/{@code Set}/{@code Map}, serde structs to
 * records and unit enums to enums of the same name, {@code serde_json::Value} to {@code JsonNode}, and Tauri's
 * injected types to tauri4j's ({@code AppHandle} is {@code App}, {@code State<T>} is state of type {@code T}).
 */
final class JavaTypeMapper {

    /** Where a type appears: a parameter may be {@code Optional}, a component or answer is a nullable box. */
    enum Position { PARAMETER, RETURN, FIELD }

    private static final String LIST = "java.util.List";
    private static final String MAP = "java.util.Map";
    private static final String JSON = "com.fasterxml.jackson.databind.JsonNode";

    private final Map<String, RustStruct> structs;
    private final Map<String, RustEnum> enums;

    JavaTypeMapper(Map<String, RustStruct> structs, Map<String, RustEnum> enums) {
        this.structs = structs;
        this.enums = enums;
    }

    JavaType map(RustType type, Position position) {
        return switch (type.form()) {
            case REF -> map(type.arg(0), position);
            case SLICE, ARRAY -> isByte(type.arg(0)) ? JavaType.of("byte[]") : list(type.arg(0), LIST, "List");
            case TUPLE -> type.isUnit() ? JavaType.of(position == Position.RETURN ? "void" : "Object")
                    : JavaType.of("List<Object>", LIST).withNote("the tuple " + type.text()
                            + " is a JSON array of mixed values in Tauri; it is a List<Object> here");
            case OTHER -> unknown(type);
            case PATH -> path(type, position);
        };
    }

    private JavaType path(RustType type, Position position) {
        String name = type.name();
        int arity = type.args().size();
        switch (name) {
            case "String", "str", "char", "PathBuf", "Path", "OsString", "OsStr", "Uuid", "Url", "DateTime",
                 "NaiveDate", "NaiveDateTime" -> { return JavaType.of("String"); }
            case "bool" -> { return JavaType.of("boolean"); }
            case "i8" -> { return JavaType.of("byte"); }
            case "i16" -> { return JavaType.of("short"); }
            case "i32", "u8", "u16" -> { return JavaType.of("int"); }
            case "i64", "isize", "u32" -> { return JavaType.of("long"); }
            case "u64", "usize" -> { return JavaType.of("long").withNote(name + " is a long here: values above "
                    + "Long.MAX_VALUE do not fit (use BigInteger if they occur)"); }
            case "i128", "u128" -> { return JavaType.of("java.math.BigInteger"); }
            case "f32" -> { return JavaType.of("float"); }
            case "f64" -> { return JavaType.of("double"); }
            case "Value" -> { return JavaType.of("JsonNode", JSON); }
            default -> { }
        }
        if (arity >= 1) {
            switch (name) {
                case "Box", "Arc", "Rc", "Cow", "Mutex", "RwLock" -> { return map(type.arg(0), position); }
                case "Option" -> {
                    JavaType inner = map(type.arg(0), Position.FIELD).boxed();
                    if (position != Position.PARAMETER) return inner;
                    return new JavaType("Optional<" + inner.text() + ">", plus(inner.imports(), "java.util.Optional"),
                            JavaType.Role.ARGUMENT, inner.notes(), inner.declared());
                }
                case "Vec", "VecDeque", "LinkedList", "SmallVec" -> {
                    return isByte(type.arg(0)) ? JavaType.of("byte[]") : list(type.arg(0), LIST, "List");
                }
                case "HashSet", "BTreeSet", "IndexSet" -> { return list(type.arg(0), "java.util.Set", "Set"); }
                case "HashMap", "BTreeMap", "IndexMap", "Map" -> {
                    if (arity < 2) return unknown(type);
                    JavaType key = map(type.arg(0), Position.FIELD).boxed();
                    JavaType value = map(type.arg(1), Position.FIELD).boxed();
                    JavaType map = combine("Map<" + key.text() + ", " + value.text() + ">", MAP, key, value);
                    return key.text().equals("String") ? map : map.withNote("JSON object keys are strings: "
                            + type.text() + " arrives with " + key.text() + " keys read from text");
                }
                case "Result" -> {
                    JavaType ok = map(type.arg(0), position);
                    String error = arity > 1 ? type.arg(1).text() : "its error type";
                    return ok.withNote("Rust returned " + type.text() + ": throw new CommandException(message) where it"
                            + " returned Err (" + error + (arity > 1 && type.arg(1).name().equals("String") ? ""
                            : "; CommandException(code, message, data) carries a structured error") + ")");
                }
                case "State" -> {
                    return JavaType.of(type.arg(0).name()).withRole(JavaType.Role.STATE);
                }
                case "Channel" -> {
                    JavaType element = map(type.arg(0), Position.FIELD).boxed();
                    return combine("Channel<" + element.text() + ">", "dev.tauri4j.Channel", element);
                }
                default -> { }
            }
        }
        switch (name) {
            case "AppHandle", "App" -> { return JavaType.of("App", "dev.tauri4j.App").withRole(JavaType.Role.INJECTED); }
            case "Window", "WebviewWindow", "Webview" -> {
                return JavaType.of("Window", "dev.tauri4j.Window").withRole(JavaType.Role.INJECTED);
            }
            case "Request" -> { return JavaType.of("Invocation", "dev.tauri4j.Invocation").withRole(JavaType.Role.INJECTED); }
            case "Response" -> { return JavaType.of("byte[]").withNote("tauri::ipc::Response sent raw bytes: a byte[] answer does too"); }
            case "Result" -> { return JavaType.of("void"); }
            default -> { }
        }
        RustStruct struct = structs.get(name);
        if (struct != null) {
            if (struct.tuple() && struct.fields().size() == 1) return map(struct.fields().get(0).type(), position);
            return declared(name);
        }
        RustEnum rustEnum = enums.get(name);
        if (rustEnum != null) {
            if (rustEnum.isUnitOnly() && !rustEnum.tagged()) return declared(name);
            return JavaType.of("JsonNode", JSON).withNote("the enum " + name + " (" + rustEnum.location()
                    + ") carries data: serde writes it as a tagged JSON value, read here as JsonNode; a sealed interface"
                    + " of records with Jackson's @JsonTypeInfo can type it");
        }
        return unknown(type);
    }

    private JavaType declared(String name) {
        return new JavaType(name, Set.of(), JavaType.Role.ARGUMENT, List.of(), Set.of(name));
    }

    private JavaType list(RustType element, String collection, String simple) {
        JavaType inner = map(element, Position.FIELD).boxed();
        return combine(simple + "<" + inner.text() + ">", collection, inner);
    }

    private static JavaType combine(String text, String importName, JavaType... parts) {
        Set<String> imports = new LinkedHashSet<>(Set.of(importName));
        List<String> notes = new ArrayList<>();
        Set<String> declared = new HashSet<>();
        for (JavaType part : parts) {
            imports.addAll(part.imports());
            notes.addAll(part.notes());
            declared.addAll(part.declared());
        }
        return new JavaType(text, Set.copyOf(imports), JavaType.Role.ARGUMENT, List.copyOf(notes), Set.copyOf(declared));
    }

    private static JavaType unknown(RustType type) {
        return JavaType.of("JsonNode", JSON).withNote("the type " + type.text()
                + " has no Java mapping here (not one of Rust's std types nor a struct or enum of the crate): it is"
                + " read as JsonNode; give it a Java type");
    }

    private static boolean isByte(RustType type) {
        return type.form() == RustType.Form.PATH && type.name().equals("u8");
    }

    static <T> List<T> plus(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return List.copyOf(out);
    }

    static Set<String> plus(Set<String> set, String item) {
        Set<String> out = new HashSet<>(set);
        out.add(item);
        return Set.copyOf(out);
    }
}
