package dev.tauri4j.build.importer.rust;

/**
 * One token of Rust source: an identifier or keyword, a lifetime, a literal or a punctuation mark, with where it is.
 *
 * @param kind  what sort of token
 * @param text  its text as written (a string literal with its quotes and prefix)
 * @param line  1-based line of its first character
 * @param start offset of its first character in the source
 * @param end   offset just past its last character
 */
public record RustToken(Kind kind, String text, int line, int start, int end) {

    /** The sorts of token the reader tells apart. */
    public enum Kind { IDENT, LIFETIME, STRING, CHAR, NUMBER, PUNCT }

    /** Whether this is the punctuation or identifier {@code s}. */
    public boolean is(String s) {
        return (kind == Kind.PUNCT || kind == Kind.IDENT) && text.equals(s);
    }

    /** A string literal's value without quotes, prefixes or escapes resolved (what attributes hold). */
    public String stringValue() {
        if (kind != Kind.STRING) return text;
        int open = text.indexOf('"');
        int close = text.lastIndexOf('"');
        return open < 0 || close <= open ? text : text.substring(open + 1, close);
    }
}
