package dev.tauri4j.build.assets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the inline {@code <script>} elements of an HTML document and their text, as a browser's HTML parser would.
 *
 * <p>A small scanner after the WHATWG tokenizer rather than an HTML library: it skips comments, doctypes and
 * the contents of raw-text elements ({@code <textarea>}, {@code <style>}, ...), reads attributes with quoted
 * {@code >} in them, and ends a script where a browser does, including the escaped {@code <!-- <script> -->}
 * states. Not handled: scripts inside inline {@code <svg>} or MathML, whose text follows other rules.
 */
final class InlineScripts {

    /** Elements whose content is text up to their end tag, so a {@code <script>} in it is not an element. */
    private static final Set<String> RAW_TEXT = Set.of(
            "style", "xmp", "iframe", "noembed", "noframes", "noscript", "textarea", "title");

    private InlineScripts() {
    }

    /**
     * The text of every {@code <script>} without a {@code src} attribute and with some text, in document order.
     *
     * <p>The text is what a browser hashes for CSP: the characters between the tags, after the parser's
     * preprocessing (CR LF and lone CR become LF, NUL becomes U+FFFD); character references are not decoded in
     * scripts, so neither are they here.
     */
    static List<String> in(String html) {
        String s = html.replace("\r\n", "\n").replace('\r', '\n');
        List<String> scripts = new ArrayList<>();
        int i = 0;
        while (true) {
            int lt = s.indexOf('<', i);
            if (lt < 0 || lt + 1 >= s.length()) return scripts;
            char next = s.charAt(lt + 1);
            if (s.startsWith("<!--", lt)) {
                i = commentEnd(s, lt + 4);
            } else if (next == '!' || next == '?') {
                i = afterGt(s, lt + 2);
            } else if (next == '/') {
                i = isAsciiLetter(s, lt + 2) ? tagEnd(s, lt + 2, null) : afterGt(s, lt + 2);
            } else if (isAsciiLetter(s, lt + 1)) {
                StartTag tag = startTag(s, lt + 1);
                if (tag == null) return scripts;
                i = tag.end();
                if (tag.name().equals("script")) {
                    int close = scriptEnd(s, i);
                    String text = s.substring(i, close).replace('\0', '\uFFFD');
                    // A script with src runs the file; one with no text is never run, so neither needs a hash.
                    if (!tag.hasSrc() && !text.isEmpty()) scripts.add(text);
                    i = close >= s.length() ? close : tagEnd(s, close + 2, null);
                } else if (RAW_TEXT.contains(tag.name())) {
                    int close = rawTextEnd(s, i, tag.name());
                    i = close >= s.length() ? close : tagEnd(s, close + 2, null);
                } else if (tag.name().equals("plaintext")) {
                    return scripts;
                }
            } else {
                i = lt + 1;
            }
        }
    }

    /** A start tag: its lower-case name, whether it has a {@code src} attribute, and the index after its {@code >}. */
    private record StartTag(String name, boolean hasSrc, int end) {
    }

    private static StartTag startTag(String s, int nameStart) {
        List<String> names = new ArrayList<>();
        int after = tagEnd(s, nameStart, names);
        if (after < 0) return null;
        String name = names.removeFirst();
        return new StartTag(name, names.contains("src"), after);
    }

    /**
     * Reads a tag from its name to just after its {@code >}, collecting the lower-case tag name and then the
     * attribute names into {@code names} when given. Returns -1 if the document ends inside the tag (a browser
     * drops such a tag), or the document length for an end tag cut off the same way.
     */
    private static int tagEnd(String s, int nameStart, List<String> names) {
        int i = nameStart;
        while (i < s.length() && !isSpace(s.charAt(i)) && s.charAt(i) != '/' && s.charAt(i) != '>') i++;
        if (names != null) names.add(s.substring(nameStart, i).toLowerCase(Locale.ROOT));
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '>') return i + 1;
            if (isSpace(c) || c == '/') {
                i++;
                continue;
            }
            // An attribute name may start with '=' but not contain one afterwards.
            int nameFrom = i++;
            while (i < s.length() && !isSpace(s.charAt(i)) && "/>=".indexOf(s.charAt(i)) < 0) i++;
            if (names != null) names.add(s.substring(nameFrom, i).toLowerCase(Locale.ROOT));
            int j = skipSpaces(s, i);
            if (j < s.length() && s.charAt(j) == '=') {
                j = skipSpaces(s, j + 1);
                if (j < s.length() && (s.charAt(j) == '"' || s.charAt(j) == '\'')) {
                    int close = s.indexOf(s.charAt(j), j + 1);
                    if (close < 0) return names == null ? s.length() : -1;
                    i = close + 1;
                } else {
                    i = j;
                    while (i < s.length() && !isSpace(s.charAt(i)) && s.charAt(i) != '>') i++;
                }
            }
        }
        return names == null ? s.length() : -1;
    }

    /**
     * The index of the {@code <} of the end tag closing a script whose text starts at {@code from}, or the
     * document length. Follows the tokenizer's script data states: inside {@code <!--}, a {@code <script>} opens
     * a "double escaped" section in which {@code </script>} does not end the element, until {@code -->}.
     */
    private static int scriptEnd(String s, int from) {
        boolean escaped = false;
        boolean doubleEscaped = false;
        int dashes = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!escaped) {
                if (c == '<' && isEndTag(s, i, "script")) return i;
                if (s.startsWith("<!--", i)) {
                    escaped = true;
                    // The two dashes of "<!--" already count: "<!-->" leaves the escaped state at once.
                    dashes = 2;
                    i += 3;
                }
                continue;
            }
            if (c == '-') {
                dashes++;
                continue;
            }
            if (c == '>' && dashes >= 2) {
                escaped = false;
                doubleEscaped = false;
            } else if (c == '<' && !doubleEscaped && isEndTag(s, i, "script")) {
                return i;
            } else if (c == '<' && !doubleEscaped && isTagNamed(s, i + 1, "script")) {
                doubleEscaped = true;
                i += "script".length();
            } else if (c == '<' && doubleEscaped && isEndTag(s, i, "script")) {
                doubleEscaped = false;
                i += "/script".length();
            }
            dashes = 0;
        }
        return s.length();
    }

    /** The index of the {@code <} of the end tag closing a raw-text element, or the document length. */
    private static int rawTextEnd(String s, int from, String name) {
        for (int i = s.indexOf("</", from); i >= 0; i = s.indexOf("</", i + 1)) {
            if (isEndTag(s, i, name)) return i;
        }
        return s.length();
    }

    /** True if {@code </name} followed by a space, {@code /} or {@code >} starts at {@code i}, in any case. */
    private static boolean isEndTag(String s, int i, String name) {
        return s.startsWith("</", i) && isTagNamed(s, i + 2, name);
    }

    private static boolean isTagNamed(String s, int i, String name) {
        int end = i + name.length();
        if (end >= s.length() || !s.regionMatches(true, i, name, 0, name.length())) return false;
        char c = s.charAt(end);
        return isSpace(c) || c == '/' || c == '>';
    }

    // A comment ends at "-->", at "--!>", or right away for "<!-->" and "<!--->".
    private static int commentEnd(String s, int bodyStart) {
        if (s.startsWith(">", bodyStart)) return bodyStart + 1;
        if (s.startsWith("->", bodyStart)) return bodyStart + 2;
        int close = s.indexOf("--", bodyStart);
        while (close >= 0) {
            if (s.startsWith("-->", close)) return close + 3;
            if (s.startsWith("--!>", close)) return close + 4;
            close = s.indexOf("--", close + 1);
        }
        return s.length();
    }

    private static int afterGt(String s, int from) {
        int gt = s.indexOf('>', from);
        return gt < 0 ? s.length() : gt + 1;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && isSpace(s.charAt(i))) i++;
        return i;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    private static boolean isAsciiLetter(String s, int i) {
        if (i >= s.length()) return false;
        char c = s.charAt(i);
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
