package dev.tauri4j.build.importer.rust;

import java.util.ArrayList;
import java.util.List;

/** Parses the tokens of one Rust type ({@code Result<Vec<Todo>, String>}, {@code &'a str}, {@code (i32, bool)}). */
final class RustTypeParser {

    private final List<RustToken> tokens;
    private final String source;
    private int pos;

    private RustTypeParser(List<RustToken> tokens, String source) {
        this.tokens = tokens;
        this.source = source;
    }

    /** The type the tokens spell; trailing tokens it does not understand make it {@link RustType.Form#OTHER}. */
    static RustType parse(List<RustToken> tokens, String source) {
        if (tokens.isEmpty()) return new RustType(RustType.Form.OTHER, "", List.of(), "");
        RustTypeParser parser = new RustTypeParser(tokens, source);
        RustType type = parser.type();
        if (parser.pos != tokens.size()) return new RustType(RustType.Form.OTHER, "", List.of(), parser.text(0, tokens.size()));
        return type;
    }

    private RustType type() {
        int start = pos;
        RustToken t = peek();
        if (t == null) return other(start);
        if (t.is("&") || t.is("&&") || t.is("*")) {
            pos++;
            if (t.is("*") && peek() != null && (peek().is("const") || peek().is("mut"))) pos++;
            if (peek() != null && peek().kind() == RustToken.Kind.LIFETIME) pos++;
            if (peek() != null && peek().is("mut")) pos++;
            RustType inner = type();
            return new RustType(RustType.Form.REF, "", List.of(inner), text(start, pos));
        }
        if (t.is("(")) {
            pos++;
            List<RustType> elements = new ArrayList<>();
            while (peek() != null && !peek().is(")")) {
                elements.add(type());
                if (peek() != null && peek().is(",")) pos++;
                else break;
            }
            expect(")");
            if (elements.size() == 1 && !tokens.get(pos - 2).is(",")) {
                return elements.get(0); // (T) is T
            }
            return new RustType(RustType.Form.TUPLE, "", elements, text(start, pos));
        }
        if (t.is("[")) {
            pos++;
            RustType element = type();
            boolean array = false;
            if (peek() != null && peek().is(";")) {
                array = true;
                while (peek() != null && !peek().is("]")) pos++;
            }
            expect("]");
            return new RustType(array ? RustType.Form.ARRAY : RustType.Form.SLICE, "", List.of(element), text(start, pos));
        }
        if (t.is("impl") || t.is("dyn") || t.is("fn")) {
            skipToEndOfType();
            return other(start);
        }
        if (t.is("::") || t.kind() == RustToken.Kind.IDENT) return path(start);
        pos++;
        return other(start);
    }

    private RustType path(int start) {
        StringBuilder path = new StringBuilder();
        List<RustType> args = new ArrayList<>();
        if (peek().is("::")) pos++;
        while (peek() != null && peek().kind() == RustToken.Kind.IDENT) {
            if (!path.isEmpty()) path.append("::");
            path.append(peek().text());
            pos++;
            if (peek() != null && peek().is("::") && pos + 1 < tokens.size() && tokens.get(pos + 1).is("<")) pos++;
            if (peek() != null && peek().is("<")) {
                args.clear();
                pos++;
                while (peek() != null && !peek().is(">")) {
                    if (peek().kind() == RustToken.Kind.LIFETIME) {
                        pos++;
                    } else if (peek().kind() == RustToken.Kind.IDENT && pos + 1 < tokens.size() && tokens.get(pos + 1).is("=")) {
                        pos += 2; // an associated type binding, Item = T: not a type argument
                        type();
                    } else {
                        args.add(type());
                    }
                    if (peek() != null && peek().is(",")) pos++;
                    else break;
                }
                expect(">");
            }
            if (peek() != null && peek().is("::")) pos++;
            else break;
        }
        return new RustType(RustType.Form.PATH, path.toString(), List.copyOf(args), text(start, pos));
    }

    private void skipToEndOfType() {
        int depth = 0;
        while (peek() != null) {
            RustToken t = peek();
            if (depth == 0 && (t.is(",") || t.is(">") || t.is(")") || t.is("]"))) return;
            if (t.is("<") || t.is("(") || t.is("[")) depth++;
            if (t.is(">") || t.is(")") || t.is("]")) depth--;
            pos++;
        }
    }

    private void expect(String s) {
        if (peek() != null && peek().is(s)) pos++;
        else pos = tokens.size() + 1; // not understood: the caller sees leftover and keeps the text
    }

    private RustToken peek() {
        return pos < tokens.size() ? tokens.get(pos) : null;
    }

    private RustType other(int start) {
        return new RustType(RustType.Form.OTHER, "", List.of(), text(start, Math.max(pos, start + 1)));
    }

    private String text(int from, int to) {
        int last = Math.min(to, tokens.size()) - 1;
        if (from > last) return "";
        return source.substring(tokens.get(from).start(), tokens.get(last).end());
    }
}
