package dev.tauri4j.plugins.dialog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A file dialog to show, as the platform code needs it: what it picks, its title and filters, and where it starts
 * ({@code folder}) with which name ({@code name}, save dialogs only), from the npm options' {@code defaultPath}.
 */
public record FileRequest(Mode mode, String title, List<DialogFilter> filters, boolean multiple, Optional<Path> folder,
        Optional<String> name, Optional<Boolean> createFolders) {

    /** What the dialog picks. */
    public enum Mode { OPEN_FILES, OPEN_FOLDERS, SAVE }

    public FileRequest {
        filters = List.copyOf(filters);
    }

    /** The open dialog {@code options} ask for. */
    public static FileRequest open(OpenOptions o) {
        Place p = Place.of(o.defaultPath());
        return new FileRequest(o.directory() ? Mode.OPEN_FOLDERS : Mode.OPEN_FILES, o.title(), o.filters(), o.multiple(),
                p.folder(), p.name(), Optional.ofNullable(o.canCreateDirectories()));
    }

    /** The save dialog {@code options} ask for. */
    public static FileRequest save(SaveOptions o) {
        Place p = Place.of(o.defaultPath());
        return new FileRequest(Mode.SAVE, o.title(), o.filters(), false, p.folder(), p.name(),
                Optional.ofNullable(o.canCreateDirectories()));
    }

    /**
     * Where a {@code defaultPath} starts the dialog, as Tauri reads it: an existing folder is the folder; a file or
     * a path that does not exist is its parent folder (when it has one) and its file name.
     */
    record Place(Optional<Path> folder, Optional<String> name) {
        static Place of(String defaultPath) {
            if (defaultPath == null || defaultPath.isEmpty()) return new Place(Optional.empty(), Optional.empty());
            Path path = Path.of(defaultPath).normalize();
            if (Files.isDirectory(path)) return new Place(Optional.of(path), Optional.empty());
            Path file = path.getFileName();
            if (file == null) return new Place(Optional.of(path), Optional.empty());
            return new Place(Optional.ofNullable(path.getParent()), Optional.of(file.toString()));
        }
    }
}
