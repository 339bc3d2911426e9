package dev.tauri4j.build.importer;

import java.util.Locale;
import java.util.Set;

/**
 * The JSON names serde gives fields and variants under {@code rename_all}, and Tauri gives command arguments
 * (camelCase unless {@code #[tauri::command(rename_all = "snake_case")]}), with the rules serde documents.
 */
final class SerdeNames {

    private static final Set<String> JAVA_KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
            "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
            "native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while",
            "true", "false", "null", "_", "var", "yield", "record");

    private SerdeNames() {}

    /** A snake_case field's JSON name under {@code rule} (serde's {@code RenameRule::apply_to_field}). */
    static String field(String name, String rule) {
        return switch (rule) {
            case "lowercase", "snake_case" -> name;
            case "UPPERCASE", "SCREAMING_SNAKE_CASE" -> name.toUpperCase(Locale.ROOT);
            case "PascalCase" -> pascal(name);
            case "camelCase" -> lowerFirst(pascal(name));
            case "kebab-case" -> name.replace('_', '-');
            case "SCREAMING-KEBAB-CASE" -> name.toUpperCase(Locale.ROOT).replace('_', '-');
            default -> throw new IllegalArgumentException("unknown rename_all rule \"" + rule + "\"");
        };
    }

    /** A PascalCase variant's JSON name under {@code rule} (serde's {@code RenameRule::apply_to_variant}). */
    static String variant(String name, String rule) {
        return switch (rule) {
            case "PascalCase" -> name;
            case "lowercase" -> name.toLowerCase(Locale.ROOT);
            case "UPPERCASE" -> name.toUpperCase(Locale.ROOT);
            case "camelCase" -> lowerFirst(name);
            case "snake_case" -> snake(name);
            case "SCREAMING_SNAKE_CASE" -> snake(name).toUpperCase(Locale.ROOT);
            case "kebab-case" -> snake(name).replace('_', '-');
            case "SCREAMING-KEBAB-CASE" -> snake(name).toUpperCase(Locale.ROOT).replace('_', '-');
            default -> throw new IllegalArgumentException("unknown rename_all rule \"" + rule + "\"");
        };
    }

    /** Whether {@code name} can be a Java identifier as is. */
    static boolean isJavaName(String name) {
        if (name.isEmpty() || JAVA_KEYWORDS.contains(name) || !Character.isJavaIdentifierStart(name.charAt(0))) return false;
        return name.chars().allMatch(Character::isJavaIdentifierPart);
    }

    /** A Java-style name for a Rust one: {@code user_name} is {@code userName}. */
    static String javaName(String rustName) {
        String camel = lowerFirst(pascal(rustName));
        return isJavaName(camel) ? camel : camel + "_";
    }

    private static String pascal(String snake) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String snake(String pascal) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pascal.length(); i++) {
            char c = pascal.charAt(i);
            if (Character.isUpperCase(c) && i > 0) out.append('_');
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }
}
