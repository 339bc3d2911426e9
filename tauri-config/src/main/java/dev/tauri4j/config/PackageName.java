package dev.tauri4j.config;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The app's package name: the name of its Linux package, command and desktop entry ({@code <name>.desktop}). The
 * bundler installs the entry under it and the runtime names the app by it on the desktop bus, so both derive it here.
 */
public final class PackageName {

    private PackageName() {}

    /** The slug of the product name, else of the identifier's last segment; null when neither has two letters or digits. */
    public static String of(String productName, String identifier) {
        String name = productName == null ? "" : slug(productName);
        if (name.length() < 2 && identifier != null) name = slug(identifier.substring(identifier.lastIndexOf('.') + 1));
        return name.length() < 2 ? null : name;
    }

    /** The name {@link #of(String, String)} derives from a config. */
    public static String of(TauriConfig config) {
        return of(config.productName(), config.identifier());
    }

    // Debian package names: [a-z0-9][a-z0-9+.-]+; rpm and desktop entry ids accept the same set.
    static String slug(String text) {
        // Accents dropped rather than the letters: "Über" becomes "uber", not "ber".
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String s = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9+.-]+", "-");
        return s.replaceAll("^[^a-z0-9]+", "").replaceAll("[-.]+$", "");
    }
}
