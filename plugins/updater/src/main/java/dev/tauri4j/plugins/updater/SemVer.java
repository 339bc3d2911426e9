package dev.tauri4j.plugins.updater;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version (semver.org 2.0), ordered as Tauri's updater orders them: numbers, then a pre-release sorts
 * before its release, identifier by identifier. A leading {@code v} in a manifest is accepted, as Tauri does.
 */
record SemVer(long major, long minor, long patch, List<String> pre, String build) implements Comparable<SemVer> {

    private static final Pattern FORM = Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?");

    /** Parses {@code text}; {@code field} names it in the error. */
    static SemVer parse(String text, String field) {
        String t = text == null ? "" : text.strip();
        if (t.startsWith("v")) t = t.substring(1);
        Matcher m = FORM.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException(field + " is not a semantic version (like 1.2.3 or 1.2.3-beta.1): " + text);
        }
        return new SemVer(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                m.group(4) == null ? List.of() : List.of(m.group(4).split("\\.")), m.group(5) == null ? "" : m.group(5));
    }

    @Override
    public int compareTo(SemVer o) {
        int c = Long.compare(major, o.major);
        if (c == 0) c = Long.compare(minor, o.minor);
        if (c == 0) c = Long.compare(patch, o.patch);
        if (c != 0) return c;
        if (pre.isEmpty() || o.pre.isEmpty()) return Boolean.compare(pre.isEmpty(), o.pre.isEmpty());
        for (int i = 0; i < Math.min(pre.size(), o.pre.size()); i++) {
            c = comparePart(pre.get(i), o.pre.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(pre.size(), o.pre.size());
    }

    private static int comparePart(String a, String b) {
        boolean an = a.chars().allMatch(Character::isDigit), bn = b.chars().allMatch(Character::isDigit);
        if (an && bn) return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
        if (an != bn) return an ? -1 : 1;
        return a.compareTo(b);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch + (pre.isEmpty() ? "" : "-" + String.join(".", pre))
                + (build.isEmpty() ? "" : "+" + build);
    }
}
