package dev.tauri4j.config.capability;

/** Window label globs as Tauri's capabilities use them: {@code *} any run of characters, {@code ?} one character. */
public final class LabelGlob {

    private LabelGlob() {}

    /** Whether {@code label} matches {@code glob}. */
    public static boolean matches(String glob, String label) {
        return matches(glob, 0, label, 0);
    }

    private static boolean matches(String g, int gi, String s, int si) {
        while (gi < g.length()) {
            char c = g.charAt(gi);
            if (c == '*') {
                // collapse runs of '*' and try every split: labels are short, so backtracking is cheap
                while (gi < g.length() && g.charAt(gi) == '*') gi++;
                if (gi == g.length()) return true;
                for (int k = si; k <= s.length(); k++) if (matches(g, gi, s, k)) return true;
                return false;
            }
            if (si >= s.length() || (c != '?' && c != s.charAt(si))) return false;
            gi++;
            si++;
        }
        return si == s.length();
    }
}
