package dev.tauri4j.build.importer.rust;

/**
 * Something the Rust side does besides commands that the import reports: a plugin it adds, a tray or menu it
 * builds, setup code, managed state.
 *
 * @param kind what it is
 * @param name the plugin's name ({@code fs} for {@code tauri_plugin_fs}), the type or call's name
 * @param file the source file, relative to the Tauri project
 * @param line where
 */
public record RustUsage(Kind kind, String name, String file, int line) {

    /** The kinds of usage reported. */
    public enum Kind { PLUGIN, TRAY, MENU, SETUP, MANAGE }

    /** Where it was. */
    public String location() {
        return file + ":" + line;
    }
}
