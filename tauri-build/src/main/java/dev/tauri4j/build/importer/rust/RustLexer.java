package dev.tauri4j.build.importer.rust;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Rust source into tokens, dropping comments (nested block comments and doc comments too) and keeping string,
 * raw string, byte string and char literals whole, so that a brace or {@code #[tauri::command]} inside one is never
 * taken for code. Lifetimes ({@code 'a}, {@code '_}) are told from char literals ({@code 'a'}, {@code '\n'}).
 */
public final class RustLexer {

    /** Punctuation of more than one character that the reader needs whole. */
    private static final List<String> MULTI = List.of("::", "->", "=>", "..=", "...", "..", "==", "!=", "<=", ">=",
            "&&", "||", "+=", "-=", "*=", "/=");

    private final String src;
    private int pos;
    private int line = 1;

    private RustLexer(String src) {
        this.src = src;
    }

    /**
     * The tokens of {@code source}.
     *
     * @throws IllegalArgumentException naming the line of an unterminated comment or literal
     */
    public static List<RustToken> tokenize(String source) {
        return new RustLexer(source).run();
    }

    private List<RustToken> run() {
        List<RustToken> out = new ArrayList<>();
        while (true) {
            skipSpaceAndComments();
            if (pos >= src.length()) return out;
            int start = pos;
            int startLine = line;
            char c = src.charAt(pos);
            RustToken.Kind kind;
            if (isRawStringStart()) {
                rawString();
                kind = RustToken.Kind.STRING;
            } else if (c == '"' || (c == 'b' || c == 'c') && peek(1) == '"') {
                if (c != '"') pos++;
                quoted('"');
                kind = RustToken.Kind.STRING;
            } else if (c == 'b' && peek(1) == '\'') {
                pos++;
                quoted('\'');
                kind = RustToken.Kind.CHAR;
            } else if (c == '\'') {
                kind = charOrLifetime();
            } else if (Character.isJavaIdentifierStart(c)) {
                if (c == 'r' && peek(1) == '#' && Character.isJavaIdentifierStart(peek(2))) pos += 2; // r#type
                while (pos < src.length() && Character.isJavaIdentifierPart(src.charAt(pos))) pos++;
                kind = RustToken.Kind.IDENT;
            } else if (Character.isDigit(c)) {
                number();
                kind = RustToken.Kind.NUMBER;
            } else {
                pos += punctLength();
                kind = RustToken.Kind.PUNCT;
            }
            String text = src.substring(start, pos);
            if (kind == RustToken.Kind.IDENT && text.startsWith("r#")) text = text.substring(2);
            out.add(new RustToken(kind, text, startLine, start, pos));
        }
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < src.length() ? src.charAt(i) : '\0';
    }

    private void advance() {
        if (src.charAt(pos) == '\n') line++;
        pos++;
    }

    private void skipSpaceAndComments() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (Character.isWhitespace(c)) {
                advance();
            } else if (c == '/' && peek(1) == '/') {
                while (pos < src.length() && src.charAt(pos) != '\n') pos++;
            } else if (c == '/' && peek(1) == '*') {
                blockComment();
            } else {
                return;
            }
        }
    }

    /** Rust's block comments nest: {@code /* a /* b *&#47; c *&#47;} is one comment. */
    private void blockComment() {
        int startLine = line;
        int depth = 0;
        while (pos < src.length()) {
            if (src.startsWith("/*", pos)) {
                depth++;
                pos += 2;
            } else if (src.startsWith("*/", pos)) {
                depth--;
                pos += 2;
                if (depth == 0) return;
            } else {
                advance();
            }
        }
        throw new IllegalArgumentException("line " + startLine + ": a block comment is never closed");
    }

    private boolean isRawStringStart() {
        int i = pos;
        if (i < src.length() && (src.charAt(i) == 'b' || src.charAt(i) == 'c')) i++;
        if (i >= src.length() || src.charAt(i) != 'r') return false;
        i++;
        while (i < src.length() && src.charAt(i) == '#') i++;
        return i < src.length() && src.charAt(i) == '"';
    }

    private void rawString() {
        int startLine = line;
        while (src.charAt(pos) != 'r') pos++;
        pos++;
        int hashes = 0;
        while (src.charAt(pos) == '#') {
            hashes++;
            pos++;
        }
        pos++; // the opening quote
        String close = "\"" + "#".repeat(hashes);
        while (pos < src.length()) {
            if (src.startsWith(close, pos)) {
                pos += close.length();
                return;
            }
            advance();
        }
        throw new IllegalArgumentException("line " + startLine + ": a raw string literal is never closed");
    }

    private void quoted(char quote) {
        int startLine = line;
        pos++;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\\') {
                pos++;
                if (pos < src.length()) advance();
            } else if (c == quote) {
                pos++;
                return;
            } else {
                advance();
            }
        }
        throw new IllegalArgumentException("line " + startLine + ": a " + (quote == '"' ? "string" : "char")
                + " literal is never closed");
    }

    /** {@code 'a'}, {@code '\''} and a braced unicode escape are chars; {@code 'a}, {@code 'static}, {@code '_} lifetimes. */
    private RustToken.Kind charOrLifetime() {
        if (peek(1) == '\\' || peek(2) == '\'' || peek(1) != '\0' && !Character.isJavaIdentifierStart(peek(1))) {
            quoted('\'');
            return RustToken.Kind.CHAR;
        }
        // a char of more than one UTF-16 unit ('😀') before its closing quote
        if (Character.isHighSurrogate(peek(1)) && peek(3) == '\'') {
            pos += 4;
            return RustToken.Kind.CHAR;
        }
        pos++;
        while (pos < src.length() && Character.isJavaIdentifierPart(src.charAt(pos))) pos++;
        return RustToken.Kind.LIFETIME;
    }

    private void number() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (Character.isLetterOrDigit(c) || c == '_') {
                pos++;
            } else if (c == '.' && Character.isDigit(peek(1))) {
                pos++;
            } else {
                return;
            }
        }
    }

    private int punctLength() {
        for (String m : MULTI) {
            if (src.startsWith(m, pos)) return m.length();
        }
        return 1;
    }
}
