package dev.tauri4j.menu;

import dev.tauri4j.plugin.Image;
import java.util.List;
import java.util.Objects;

/**
 * An item whose behaviour tauri4j supplies (Tauri's {@code PredefinedMenuItem}): no event is sent for it. On Linux:
 * the editing items act on the focused page, the window items on the window the menu is in, {@code QUIT} exits,
 * {@code HIDE}/{@code SHOW_ALL} hide or show every window, {@code ABOUT} opens an about dialog; {@code HIDE_OTHERS},
 * {@code SERVICES} and {@code BRING_ALL_TO_FRONT} are macOS ideas and are not shown.
 */
public final class PredefinedMenuItem extends MenuItemBase {

    /** The predefined kinds, with the names {@code @tauri-apps/api} sends, default texts and (shown) shortcuts. */
    public enum Type {
        SEPARATOR("Separator", "", null, true),
        COPY("Copy", "&Copy", "Ctrl+C", true),
        CUT("Cut", "Cu&t", "Ctrl+X", true),
        PASTE("Paste", "&Paste", "Ctrl+V", true),
        SELECT_ALL("SelectAll", "Select &All", "Ctrl+A", true),
        UNDO("Undo", "&Undo", "Ctrl+Z", true),
        REDO("Redo", "&Redo", "Ctrl+Shift+Z", true),
        MINIMIZE("Minimize", "&Minimize", null, true),
        MAXIMIZE("Maximize", "Ma&ximize", null, true),
        FULLSCREEN("Fullscreen", "Toggle &Full Screen", null, true),
        HIDE("Hide", "&Hide", null, true),
        HIDE_OTHERS("HideOthers", "Hide Others", null, false),
        SHOW_ALL("ShowAll", "Show All", null, true),
        CLOSE_WINDOW("CloseWindow", "C&lose Window", null, true),
        QUIT("Quit", "&Quit", null, true),
        ABOUT("About", "&About", null, true),
        SERVICES("Services", "Services", null, false),
        BRING_ALL_TO_FRONT("BringAllToFront", "Bring All to Front", null, false);

        private final String wireName;
        private final String defaultText;
        private final String shortcut;
        private final boolean shownOnLinux;

        Type(String wireName, String defaultText, String shortcut, boolean shownOnLinux) {
            this.wireName = wireName;
            this.defaultText = defaultText;
            this.shortcut = shortcut;
            this.shownOnLinux = shownOnLinux;
        }

        /** The name on the wire ({@code "SelectAll"}). */
        public String wireName() {
            return wireName;
        }

        /** The text shown when none is given ({@code &} marks the mnemonic). */
        public String defaultText() {
            return defaultText;
        }

        /** The shortcut the page itself answers to, shown next to the text only; or null. */
        public String shortcut() {
            return shortcut;
        }

        /** Whether Linux shows the item (false for macOS-only ones). */
        public boolean shownOnLinux() {
            return shownOnLinux;
        }

        /** The type named {@code name} on the wire, or null. */
        public static Type ofWireName(String name) {
            for (Type t : values()) if (t.wireName.equals(name)) return t;
            return null;
        }
    }

    /**
     * What the about dialog shows (Tauri's {@code AboutMetadata}); every field may be null.
     *
     * @param name         the application name
     * @param version      the version
     * @param shortVersion appended to the version in parentheses
     * @param authors      the authors
     * @param comments     a description
     * @param copyright    the copyright line
     * @param license      the license text
     * @param website      the website URL
     * @param websiteLabel the website link's text
     * @param icon         the logo
     */
    public record AboutMetadata(String name, String version, String shortVersion, List<String> authors, String comments,
            String copyright, String license, String website, String websiteLabel, Image icon) {

        /** The version with the short version in parentheses, as Tauri shows it on Linux; or null. */
        public String fullVersion() {
            if (version == null) return shortVersion;
            return shortVersion == null ? version : version + " (" + shortVersion + ")";
        }
    }

    private final Type type;
    private final AboutMetadata about;
    private String text;

    private PredefinedMenuItem(Type type, String text, AboutMetadata about) {
        super(null);
        this.type = Objects.requireNonNull(type, "type");
        this.text = text == null ? defaultText(type, about) : text;
        this.about = about;
    }

    private static String defaultText(Type type, AboutMetadata about) {
        if (type == Type.ABOUT && about != null && about.name() != null) return "&About " + about.name();
        return type.defaultText();
    }

    /** A predefined item with its default text. */
    public static PredefinedMenuItem of(Type type) {
        return new PredefinedMenuItem(type, null, null);
    }

    /** A predefined item with this text (null: the default). */
    public static PredefinedMenuItem of(Type type, String text) {
        return new PredefinedMenuItem(type, text, null);
    }

    /** An about item with its dialog's contents (null: the app's name and version from tauri.conf.json). */
    public static PredefinedMenuItem about(String text, AboutMetadata metadata) {
        return new PredefinedMenuItem(Type.ABOUT, text, metadata);
    }

    @Override
    public ItemKind kind() {
        return ItemKind.PREDEFINED;
    }

    /** The type. */
    public Type type() {
        return type;
    }

    /** The about dialog's contents, or null. */
    public AboutMetadata about() {
        return about;
    }

    /** The text. */
    public synchronized String text() {
        return text;
    }

    /** Changes the text. */
    public void setText(String text) {
        synchronized (this) {
            this.text = text(text);
        }
        changed();
    }
}
