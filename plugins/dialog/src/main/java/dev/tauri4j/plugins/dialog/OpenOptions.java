package dev.tauri4j.plugins.dialog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The {@code options} of the npm package's {@code open()}. {@code recursive} decides whether a picked directory
 * opens everything below it to the fs plugin or only its entries ({@link PickGrants}); {@code canCreateDirectories} is macOS-only in Tauri and sets GTK's
 * create-folders switch here; the mobile-only {@code pickerMode} and {@code fileAccessMode} are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OpenOptions(String title, List<DialogFilter> filters, Boolean multiple, Boolean directory,
        String defaultPath, Boolean recursive, Boolean canCreateDirectories) {

    public OpenOptions {
        filters = filters == null ? List.of() : List.copyOf(filters);
        // absent is false, as serde's #[serde(default)] reads it
        multiple = Boolean.TRUE.equals(multiple);
        directory = Boolean.TRUE.equals(directory);
        recursive = Boolean.TRUE.equals(recursive);
    }

    /** No title, no filters, one file. */
    public static OpenOptions defaults() {
        return new OpenOptions(null, List.of(), false, false, null, false, null);
    }
}
