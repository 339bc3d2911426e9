package dev.tauri4j.config.scope;

import java.util.ArrayList;
import java.util.List;

/**
 * A path glob with the rules of Tauri's scopes (the Rust {@code glob} crate with a literal separator):
 * {@code *} is any run of characters within one component, {@code **} (a whole component) is any number of
 * components, {@code ?} is one character, {@code [abc]}, {@code [a-z]} and {@code [!abc]} are classes; none of them
 * matches {@code /}. With {@code requireLiteralLeadingDot} no wildcard matches a {@code .} that starts a component,
 * so hidden files are reached only by patterns that spell the dot. Matching is case-sensitive. {@link #compileText}
 * reads the same syntax over plain text, where the wildcards also match {@code /} (the crate's default options, with
 * which Tauri's opener matches whole URLs).
 */
public final class PathGlob {

    private sealed interface Token {}
    private record Literal(char c) implements Token {}
    private record AnyChar() implements Token {}
    private record AnyRun() implements Token {}
    private record AnyComponents() implements Token {}
    private record CharClass(boolean negated, List<char[]> ranges) implements Token {
        boolean contains(char c) {
            for (char[] r : ranges) if (c >= r[0] && c <= r[1]) return true;
            return false;
        }
    }

    private enum Result { MATCH, NO, NEVER }

    private final String text;
    private final List<Token> tokens;
    private final boolean literalSeparator;

    private PathGlob(String text, List<Token> tokens, boolean literalSeparator) {
        this.text = text;
        this.tokens = List.copyOf(tokens);
        this.literalSeparator = literalSeparator;
    }

    /** Compiles a glob over text that is no path (a URL): {@code *}, {@code ?} and classes match {@code /} as well. */
    public static PathGlob compileText(String glob) {
        return new PathGlob(glob, compile(glob).tokens, false);
    }

    /**
     * Compiles a glob.
     *
     * @throws IllegalArgumentException with the reason and the character position, for a {@code **} that is not a
     *                                  whole component, three or more {@code *}, or an unclosed {@code [}
     */
    public static PathGlob compile(String glob) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = glob.length();
        while (i < n) {
            char c = glob.charAt(i);
            if (c == '?') {
                out.add(new AnyChar());
                i++;
            } else if (c == '*') {
                int start = i;
                while (i < n && glob.charAt(i) == '*') i++;
                int count = i - start;
                if (count > 2) throw new IllegalArgumentException("at position " + start + ": use * (within a folder) or ** (any folders), not " + count + " stars");
                if (count == 1) {
                    out.add(new AnyRun());
                    continue;
                }
                boolean startsComponent = start == 0 || glob.charAt(start - 1) == '/';
                boolean endsComponent = i == n || glob.charAt(i) == '/';
                if (!startsComponent || !endsComponent) {
                    throw new IllegalArgumentException("at position " + start + ": ** must be a whole path component, as in \"dir/**\" or \"dir/**/*.txt\"");
                }
                if (i < n) i++; // the separator after ** belongs to it: "a/**/b" also matches "a/b"
                if (out.isEmpty() || !(out.getLast() instanceof AnyComponents)) out.add(new AnyComponents());
            } else if (c == '[') {
                i = charClass(glob, i, out);
            } else {
                out.add(new Literal(c));
                i++;
            }
        }
        return new PathGlob(glob, out, true);
    }

    // "[!x]" needs at least one character before the closing ']', so "[]]" and "[!]]" hold a ']'.
    private static int charClass(String glob, int i, List<Token> out) {
        boolean negated = i + 1 < glob.length() && glob.charAt(i + 1) == '!';
        int first = i + (negated ? 2 : 1);
        int close = first + 1 <= glob.length() ? glob.indexOf(']', first + 1) : -1;
        if (close < 0) throw new IllegalArgumentException("at position " + i + ": [ is not closed; write [abc], [a-z] or [!abc], or [[] for a literal [");
        List<char[]> ranges = new ArrayList<>();
        for (int k = first; k < close; k++) {
            if (k + 2 < close && glob.charAt(k + 1) == '-') {
                ranges.add(new char[] {glob.charAt(k), glob.charAt(k + 2)});
                k += 2;
            } else {
                ranges.add(new char[] {glob.charAt(k), glob.charAt(k)});
            }
        }
        out.add(new CharClass(negated, ranges));
        return close + 1;
    }

    /** {@code text} with {@code * ? [ ]} put in brackets, so that it matches only itself (for directories from variables). */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '*' || c == '?' || c == '[' || c == ']') out.append('[').append(c).append(']');
            else out.append(c);
        }
        return out.toString();
    }

    /** Whether {@code path} (with {@code /} separators) matches. */
    public boolean matches(String path, boolean requireLiteralLeadingDot) {
        return match(0, path, 0, true, requireLiteralLeadingDot) == Result.MATCH;
    }

    private Result match(int ti, String s, int si, boolean afterSep, boolean dotRule) {
        while (ti < tokens.size()) {
            Token t = tokens.get(ti);
            if (t instanceof AnyRun || t instanceof AnyComponents) {
                Result r = match(ti + 1, s, si, afterSep, dotRule);
                if (r != Result.NO) return r;
                while (si < s.length()) {
                    char c = s.charAt(si++);
                    if (afterSep && dotRule && c == '.') return Result.NO;
                    afterSep = c == '/';
                    if (t instanceof AnyComponents && literalSeparator && !afterSep) continue;
                    if (t instanceof AnyRun && literalSeparator && afterSep) return Result.NO;
                    r = match(ti + 1, s, si, afterSep, dotRule);
                    if (r != Result.NO) return r;
                }
                ti++;
                continue;
            }
            if (si >= s.length()) return Result.NEVER;
            char c = s.charAt(si);
            boolean sep = literalSeparator && c == '/';
            boolean ok = switch (t) {
                case Literal l -> l.c() == c;
                case AnyChar a -> !sep && !(afterSep && dotRule && c == '.');
                case CharClass k -> !sep && !(afterSep && dotRule && c == '.') && k.contains(c) != k.negated();
                default -> throw new IllegalStateException();
            };
            if (!ok) return Result.NO;
            afterSep = sep;
            si++;
            ti++;
        }
        return si == s.length() ? Result.MATCH : Result.NO;
    }

    @Override
    public String toString() {
        return text;
    }
}
