package dev.tauri4j.plugins.dialog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The {@code options} of the npm package's {@code save()}: a title, filters and a default path (folder and/or name). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SaveOptions(String title, List<DialogFilter> filters, String defaultPath, Boolean canCreateDirectories) {

    public SaveOptions {
        filters = filters == null ? List.of() : List.copyOf(filters);
    }
}
