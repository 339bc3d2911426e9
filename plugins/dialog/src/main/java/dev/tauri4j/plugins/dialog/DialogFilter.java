package dev.tauri4j.plugins.dialog;

import java.util.List;

/**
 * One file-type filter of a file dialog, as the npm package's {@code DialogFilter}: a name and extensions without
 * the dot ({@code ["png", "jpeg"]}).
 */
public record DialogFilter(String name, List<String> extensions) {

    public DialogFilter {
        name = name == null ? "" : name;
        extensions = extensions == null ? List.of() : List.copyOf(extensions);
    }

    /** The glob patterns the file chooser matches: {@code *.png} for {@code png}, {@code *} for {@code *}. */
    public List<String> patterns() {
        return extensions.stream().map(e -> e.equals("*") ? "*" : "*." + e).toList();
    }
}
