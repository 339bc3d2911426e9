package dev.tauri4j.build.importer;

import dev.tauri4j.build.importer.rust.RustCommand;
import dev.tauri4j.build.importer.rust.RustParam;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A command as its Java stub: the parameters under the names the frontend sends (Tauri turns snake_case Rust names
 * into camelCase keys unless the command says {@code rename_all = "snake_case"}), the mapped types, and what the port
 * must mind.
 *
 * @param rust    the Rust function
 * @param params  the Java parameters in order
 * @param returns the Java return type
 * @param notes   what the mapping lost, for the comment and the report
 */
record PortedCommand(RustCommand rust, List<Param> params, JavaType returns, List<String> notes) {

    /**
     * A Java parameter.
     *
     * @param name the Java name, which is the JSON key the frontend sends for an argument
     * @param type its type
     */
    record Param(String name, JavaType type) {}

    static PortedCommand of(RustCommand command, JavaTypeMapper mapper) {
        List<Param> params = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String rule = command.renameAll().orElse("camelCase");
        int index = 0;
        for (RustParam p : command.params()) {
            index++;
            JavaType type = mapper.map(p.type(), JavaTypeMapper.Position.PARAMETER);
            notes.addAll(type.notes());
            String name;
            if (p.name() == null) {
                name = "arg" + index;
                notes.add("parameter " + index + " is a pattern, not a name; Tauri reads no such key either: rewrite it");
            } else {
                String key = p.name().startsWith("_") ? p.name().substring(1) : p.name();
                String jsKey = rule.equals("snake_case") ? key : SerdeNames.field(key, rule);
                if (SerdeNames.isJavaName(jsKey)) {
                    name = jsKey;
                } else {
                    name = SerdeNames.javaName(key);
                    if (type.role() == JavaType.Role.ARGUMENT) {
                        notes.add("the frontend sends \"" + jsKey + "\", which cannot be a Java parameter name: read it"
                                + " with a handler, call.arg(\"" + jsKey + "\", ...), or rename it on both sides");
                    }
                }
            }
            params.add(new Param(name, type));
        }
        JavaType returns = command.returns().map(t -> mapper.map(t, JavaTypeMapper.Position.RETURN))
                .orElse(JavaType.of("void"));
        notes.addAll(returns.notes());
        return new PortedCommand(command, List.copyOf(params), returns, List.copyOf(new LinkedHashSet<>(notes)));
    }

    /** The imports of the parameter and return types. */
    Set<String> imports() {
        Set<String> imports = new LinkedHashSet<>(returns.imports());
        params.forEach(p -> imports.addAll(p.type().imports()));
        return imports;
    }

    /** The crate's own types the method names. */
    Set<String> declared() {
        Set<String> declared = new LinkedHashSet<>(returns.declared());
        params.forEach(p -> declared.addAll(p.type().declared()));
        return declared;
    }

    /** The state classes its parameters inject. */
    List<String> states() {
        return params.stream().filter(p -> p.type().role() == JavaType.Role.STATE).map(p -> p.type().text()).toList();
    }
}
