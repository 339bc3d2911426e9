package dev.tauri4j.processor;

import java.util.Set;

/** TypeScript identifiers for command names. */
final class Names {

    private static final Set<String> RESERVED = Set.of("break", "case", "catch", "class", "const", "continue", "debugger",
            "default", "delete", "do", "else", "enum", "export", "extends", "false", "finally", "for", "function", "if",
            "import", "in", "instanceof", "new", "null", "return", "super", "switch", "this", "throw", "true", "try",
            "typeof", "var", "void", "while", "with", "let", "static", "yield", "await", "implements", "interface",
            "package", "private", "protected", "public", "invoke", "Channel");

    private Names() {}

    /** {@code greet} stays, {@code add_todo} and {@code add-todo} become {@code addTodo}; a clash with a keyword gets a {@code _}. */
    static String function(String command) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '$') {
                out.append(upper && out.length() > 0 ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        if (out.isEmpty() || Character.isDigit(out.charAt(0))) out.insert(0, '_');
        String name = out.toString();
        return RESERVED.contains(name) ? name + "_" : name;
    }
}
