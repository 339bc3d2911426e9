package dev.tauri4j.plugins.globalshortcut;

import dev.tauri4j.CommandException;
import java.io.Serial;

/**
 * A shortcut that cannot be parsed, registered or unregistered. The message is Tauri's (what its global-hotkey crate
 * says), so a frontend sees the same text; the code tells the cases apart.
 */
public final class ShortcutException extends CommandException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The shortcut string is not one: an unknown key, an empty token, no key or a key before a modifier. */
    public static final String INVALID = "INVALID_SHORTCUT";
    /** This app, or another X client, already holds the shortcut. */
    public static final String ALREADY_REGISTERED = "ALREADY_REGISTERED";
    /** The platform could not grab the shortcut: no display, a key without keycode, an X error. */
    public static final String FAILED = "SHORTCUT_FAILED";

    /** A failure with one of this class's codes. */
    public ShortcutException(String code, String message) {
        super(code, message);
    }

    /** Tauri's error for a shortcut already registered, with why (who holds it) and the fix after it. */
    public static ShortcutException alreadyRegistered(Shortcut shortcut, String why) {
        return new ShortcutException(ALREADY_REGISTERED, "HotKey already registered: " + shortcut.toDebugString() + why);
    }
}
