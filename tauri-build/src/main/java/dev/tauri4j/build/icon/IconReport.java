package dev.tauri4j.build.icon;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link IconSet#generate} did.
 *
 * @param files    the files written, in the output folder
 * @param warnings things the user should fix even though the icons were made, e.g. a source under 1024 px
 */
public record IconReport(List<Path> files, List<String> warnings) {

    /** Copies both lists, so the report cannot change after the fact. */
    public IconReport {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }
}
