package dev.tauri4j.build.importer;

import dev.tauri4j.build.importer.rust.RustEnum;
import dev.tauri4j.build.importer.rust.RustStruct;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Java source text an import writes: the commands class, records, enums, state classes and Main. */
final class JavaSources {

    private static final Pattern UNICODE_ESCAPE = Pattern.compile("(\\\\+)u");

    private JavaSources() {}

    /** {@code Commands.java}: one {@code @Command} stub per command, the Rust source in a comment above it. */
    static String commands(String pkg, List<PortedCommand> commands) {
        TreeSet<String> imports = new TreeSet<>(List.of("dev.tauri4j.Command", "dev.tauri4j.CommandException"));
        commands.forEach(c -> imports.addAll(c.imports()));
        StringBuilder out = header(pkg, imports);
        out.append("/**\n * The commands of the Tauri app, one per {@code #[tauri::command]} in generate_handler!, each with the\n"
                + " * Rust it replaces. Port a command by replacing its body; the frontend's invoke calls stay as they are.\n"
                + " */\npublic final class Commands {\n\n    private Commands() {}\n");
        for (PortedCommand c : commands) {
            out.append("\n    // Rust (").append(c.rust().location()).append("):\n");
            rustComment(out, c.rust().source(), "    ");
            for (String note : c.notes()) out.append("    // Port: ").append(oneLine(note)).append('\n');
            out.append("    /** {@code ").append(c.rust().name()).append("}, ported from Rust")
                    .append(c.rust().async() ? " (an async fn there; here it runs on a virtual thread of its own)" : "")
                    .append(". */\n");
            out.append("    @Command\n    public static ").append(c.returns().text()).append(' ').append(c.rust().name())
                    .append('(');
            for (int i = 0; i < c.params().size(); i++) {
                PortedCommand.Param p = c.params().get(i);
                out.append(i == 0 ? "" : ", ").append(p.type().text()).append(' ').append(p.name());
            }
            out.append(") {\n        throw new CommandException(\"NOT_PORTED\", \"not ported yet: ").append(c.rust().name())
                    .append(" (was ").append(c.rust().location()).append(")\");\n    }\n");
        }
        return out.append("}\n").toString();
    }

    /** A record for a serde struct, component names the JSON names (or {@code @JsonProperty} where they cannot be). */
    static String record(String pkg, RustStruct struct, JavaTypeMapper mapper, List<String> notes) {
        TreeSet<String> imports = new TreeSet<>();
        StringBuilder components = new StringBuilder();
        for (RustStruct.Field f : struct.fields()) {
            if (f.skipped()) continue;
            if (f.flatten()) notes.add(struct.name() + "." + f.name() + " is #[serde(flatten)]: its fields sit in "
                    + struct.name() + "'s JSON object; copy them into the record (it is a component of its own here)");
            JavaType type = mapper.map(f.type(), JavaTypeMapper.Position.FIELD);
            if (f.type().form() == dev.tauri4j.build.importer.rust.RustType.Form.PATH && f.type().name().equals("Option")) {
                type = type.boxed();
            }
            imports.addAll(type.imports());
            notes.addAll(type.notes().stream().map(n -> struct.name() + "." + f.name() + ": " + n).toList());
            String json = f.rename().orElseGet(() -> struct.renameAll().map(r -> SerdeNames.field(f.name(), r)).orElse(f.name()));
            String javaName = SerdeNames.isJavaName(json) ? json : SerdeNames.javaName(f.name());
            if (!components.isEmpty()) components.append(",\n        ");
            if (!javaName.equals(json)) {
                imports.add("com.fasterxml.jackson.annotation.JsonProperty");
                components.append("@JsonProperty(\"").append(json).append("\") ");
            }
            components.append(type.text()).append(' ').append(javaName);
        }
        StringBuilder out = header(pkg, imports);
        out.append("// Rust (").append(struct.location()).append("):\n");
        rustComment(out, struct.source(), "");
        out.append("/** {@code ").append(struct.name()).append("} as JSON carries it (serde's names). */\n")
                .append("public record ").append(struct.name()).append("(\n        ").append(components).append(") {}\n");
        return out.toString();
    }

    /** An enum for a serde enum of unit variants, with {@code @JsonProperty} where serde renames a variant. */
    static String enumeration(String pkg, RustEnum rustEnum) {
        TreeSet<String> imports = new TreeSet<>();
        StringBuilder constants = new StringBuilder();
        for (RustEnum.Variant v : rustEnum.variants()) {
            String json = v.rename().orElseGet(() -> rustEnum.renameAll().map(r -> SerdeNames.variant(v.name(), r)).orElse(v.name()));
            if (!constants.isEmpty()) constants.append(",\n");
            constants.append("    ");
            if (!json.equals(v.name())) {
                imports.add("com.fasterxml.jackson.annotation.JsonProperty");
                constants.append("@JsonProperty(\"").append(json).append("\") ");
            }
            constants.append(v.name());
        }
        StringBuilder out = header(pkg, imports);
        out.append("// Rust (").append(rustEnum.location()).append("):\n");
        rustComment(out, rustEnum.source(), "");
        out.append("/** {@code ").append(rustEnum.name()).append("} as JSON carries it (serde's names). */\n")
                .append("public enum ").append(rustEnum.name()).append(" {\n").append(constants).append("\n}\n");
        return out.toString();
    }

    /** A class for managed state ({@code State<T>}): the runtime injects the one {@code Main} manages. */
    static String state(String pkg, String name, Optional<RustStruct> rust) {
        StringBuilder out = header(pkg, new TreeSet<>());
        rust.ifPresent(s -> {
            out.append("// Rust (").append(s.location()).append("):\n");
            rustComment(out, s.source(), "");
        });
        out.append("/**\n * App state, as Rust's {@code State<").append(name).append(">}: Main manages one, commands that"
                + " declare a parameter\n * of this type get it. Commands run on virtual threads at the same time:"
                + " guard its fields\n * (java.util.concurrent, synchronized) as the Rust side did with Mutex.\n */\n")
                .append("public final class ").append(name).append(" {\n}\n");
        return out.toString();
    }

    /** {@code Main.java}: the builder with the app's plugins and state. */
    static String main(String pkg, List<String> pluginClasses, List<String> states) {
        TreeSet<String> imports = new TreeSet<>(List.of("dev.tauri4j.Tauri"));
        imports.addAll(pluginClasses);
        StringBuilder out = header(pkg, imports);
        out.append("/**\n * Starts the app imported from Tauri: the windows of tauri.conf.json, the commands of {@link Commands}\n"
                + " * (registered by the generated registrar).\n */\npublic final class Main {\n\n    private Main() {}\n\n"
                + "    public static void main(String[] args) {\n        Tauri.builder()\n");
        for (String plugin : pluginClasses) {
            out.append("                .plugin(new ").append(plugin.substring(plugin.lastIndexOf('.') + 1)).append("())\n");
        }
        for (String state : states) out.append("                .manage(new ").append(state).append("())\n");
        return out.append("                .run(args);\n    }\n}\n").toString();
    }

    private static StringBuilder header(String pkg, TreeSet<String> imports) {
        StringBuilder out = new StringBuilder("package ").append(pkg).append(";\n\n");
        for (String i : imports) {
            if (i.contains(".") && !i.startsWith("java.lang.") && !i.substring(0, i.lastIndexOf('.')).equals(pkg)) {
                out.append("import ").append(i).append(";\n");
            }
        }
        if (!imports.isEmpty()) out.append('\n');
        return out;
    }

    /**
     * Rust source as line comments. javac reads {@code \}{@code u} escapes even in comments, so a backslash run
     * of odd length before a {@code u} gets one more backslash (Rust's {@code "\}{@code u{1F600}"} would not compile).
     */
    static void rustComment(StringBuilder out, String source, String indent) {
        for (String line : source.stripTrailing().split("\n", -1)) {
            Matcher m = UNICODE_ESCAPE.matcher(line.stripTrailing());
            StringBuilder safe = new StringBuilder();
            while (m.find()) {
                String slashes = m.group(1);
                m.appendReplacement(safe, Matcher.quoteReplacement((slashes.length() % 2 == 1 ? slashes + "\\" : slashes) + "u"));
            }
            m.appendTail(safe);
            out.append(indent).append("//").append(safe.isEmpty() ? "" : " ").append(safe).append('\n');
        }
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ');
    }
}
