package dev.tauri4j.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A javadoc comment split into its description, {@code @param} texts and {@code @return} text, converted to
 * TSDoc-friendly text ({@code {@code x}} becomes {@code `x`}, HTML tags go).
 *
 * @param description the main text, possibly several lines
 * @param params      parameter name to its text
 * @param returns     the {@code @return} text, or empty
 * @param others      the other block tags as written ({@code @throws ...}, {@code @deprecated ...})
 */
record DocComment(String description, Map<String, String> params, String returns, List<String> others) {

    static final DocComment EMPTY = new DocComment("", Map.of(), "", List.of());

    /** Parses the text {@code Elements.getDocComment} returns (null for none). */
    static DocComment parse(String javadoc) {
        if (javadoc == null || javadoc.isBlank()) return EMPTY;
        StringBuilder description = new StringBuilder();
        Map<String, String> params = new LinkedHashMap<>();
        String returns = "";
        List<String> others = new ArrayList<>();
        List<String> blocks = new ArrayList<>();
        for (String line : javadoc.strip().split("\\R")) {
            String text = line.startsWith(" ") ? line.substring(1) : line;
            if (text.startsWith("@")) {
                blocks.add(text);
            } else if (!blocks.isEmpty()) {
                blocks.set(blocks.size() - 1, blocks.getLast() + " " + text.strip());
            } else {
                description.append(text).append('\n');
            }
        }
        for (String block : blocks) {
            String[] parts = block.split("\\s+", 3);
            switch (parts[0]) {
                case "@param" -> {
                    if (parts.length > 1) params.put(parts[1], parts.length > 2 ? clean(parts[2]) : "");
                }
                case "@return" -> returns = clean(block.substring("@return".length()).strip());
                default -> others.add(clean(block));
            }
        }
        return new DocComment(clean(description.toString()), Map.copyOf(params), returns, List.copyOf(others));
    }

    /** Javadoc markup to plain TSDoc text; never contains a comment terminator. */
    static String clean(String text) {
        // inline tags first, with balanced braces ({@code {a, b}}), kept out of the HTML stripping (List<String>)
        StringBuilder out = new StringBuilder();
        List<String> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int end = text.startsWith("{@", i) ? closingBrace(text, i) : -1;
            if (end < 0) {
                out.append(text.charAt(i++));
                continue;
            }
            out.append('\u0000').append(spans.size()).append('\u0000');
            spans.add(inlineTag(text.substring(i + 2, end)));
            i = end + 1;
        }
        String s = out.toString().replaceAll("(?i)<p>", "\n").replaceAll("</?[a-zA-Z][^>]*>", "");
        s = s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        for (int n = 0; n < spans.size(); n++) s = s.replace("\u0000" + n + "\u0000", spans.get(n));
        return s.replace("*/", "*\\/").strip().replaceAll("\n{3,}", "\n\n");
    }

    private static int closingBrace(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') depth++;
            else if (c == '}' && --depth == 0) return i;
        }
        return -1;
    }

    /** {@code code x} and {@code literal x} as code; {@code link A#b label} as its label or its reference. */
    private static String inlineTag(String inner) {
        String[] parts = inner.split("\\s+", 2);
        String body = parts.length > 1 ? parts[1].strip() : "";
        return switch (parts[0]) {
            case "code", "literal" -> "`" + body + "`";
            case "link", "linkplain" -> {
                int paren = body.indexOf(')');
                int space = body.indexOf(' ', paren < 0 ? 0 : paren);
                if (space > 0) yield body.substring(space + 1).strip();
                String ref = body.startsWith("#") ? body.substring(1) : body.replace('#', '.');
                yield "`" + ref + "`";
            }
            default -> body;
        };
    }

    /** The lines of a TSDoc comment, indented by {@code indent}; empty when there is nothing to say. */
    static String tsdoc(String indent, List<String> lines) {
        List<String> all = new ArrayList<>();
        for (String line : lines) {
            for (String l : line.split("\n", -1)) all.add(l.stripTrailing());
        }
        while (!all.isEmpty() && all.getLast().isEmpty()) all.removeLast();
        if (all.isEmpty()) return "";
        if (all.size() == 1) return indent + "/** " + all.getFirst() + " */\n";
        StringBuilder out = new StringBuilder(indent).append("/**\n");
        for (String l : all) out.append(indent).append(l.isEmpty() ? " *" : " * " + l).append('\n');
        return out.append(indent).append(" */\n").toString();
    }
}
