package dev.tauri4j.build.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did and what it left to the user: the files it wrote, the ones it kept because they were there,
 * the grants it added, and each thing it could not map with what to do about it.
 */
public final class ImportReport {

    /**
     * Something the import could not do for the user.
     *
     * @param what what it is and where
     * @param fix  what to do about it
     */
    public record Note(String what, String fix) {}

    private final List<String> written = new ArrayList<>();
    private final List<String> kept = new ArrayList<>();
    private final List<String> granted = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();

    void wrote(String file) {
        written.add(file);
    }

    void kept(String file, String why) {
        kept.add(file + " (" + why + ")");
    }

    void granted(String file, List<String> permissions) {
        permissions.forEach(p -> granted.add(p + " in " + file));
    }

    void note(String what, String fix) {
        notes.add(new Note(what, fix));
    }

    /** The files written, relative to the project. */
    public List<String> written() {
        return List.copyOf(written);
    }

    /** The files left as they were, each with why. */
    public List<String> kept() {
        return List.copyOf(kept);
    }

    /** The permissions added, each with its file. */
    public List<String> granted() {
        return List.copyOf(granted);
    }

    /** What the user has to do. */
    public List<Note> notes() {
        return List.copyOf(notes);
    }

    /** The report as Markdown, the form written to TAURI-IMPORT.md and logged. */
    public String render() {
        StringBuilder out = new StringBuilder("# tauri:import\n\n");
        section(out, "Written", written);
        section(out, "Kept as they were", kept);
        section(out, "Granted", granted);
        out.append("## To do\n\n");
        if (notes.isEmpty()) out.append("Nothing beyond porting each command's body (search for NOT_PORTED).\n");
        else out.append("Besides porting each command's body (search for NOT_PORTED):\n\n");
        for (Note n : notes) out.append("- ").append(n.what()).append("\n  Fix: ").append(n.fix()).append('\n');
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<String> items) {
        if (items.isEmpty()) return;
        out.append("## ").append(title).append("\n\n");
        items.forEach(i -> out.append("- ").append(i).append('\n'));
        out.append('\n');
    }
}
