package dev.tauri4j.config;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which CSP directives tauri4j may add its hashes to: Tauri's {@code dangerousDisableAssetCspModification},
 * {@code true} for none, or a list of directives to leave exactly as written.
 *
 * @param disabledForAll true when no directive may be modified
 * @param keptAsWritten  directives (lower case) never modified, when not {@code disabledForAll}
 */
public record CspModification(boolean disabledForAll, Set<String> keptAsWritten) {

    /** The default: tauri4j adds what the app's own scripts need. */
    public static final CspModification ALLOWED = new CspModification(false, Set.of());

    /** {@code true}: nothing is added to the policy. */
    public static final CspModification DISABLED = new CspModification(true, Set.of());

    public CspModification {
        TreeSet<String> lower = new TreeSet<>();
        for (String d : keptAsWritten) lower.add(d.strip().toLowerCase(Locale.ROOT));
        keptAsWritten = Set.copyOf(lower);
    }

    /** Whether tauri4j may add sources to {@code directive}. */
    public boolean mayModify(String directive) {
        return !disabledForAll && !keptAsWritten.contains(directive.toLowerCase(Locale.ROOT));
    }
}
