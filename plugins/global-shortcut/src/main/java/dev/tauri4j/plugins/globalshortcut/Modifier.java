package dev.tauri4j.plugins.globalshortcut;

/**
 * A modifier of a {@link Shortcut}. {@link #bit()} is the {@code keyboard-types} crate's flag, which Tauri puts into
 * a shortcut's id; the constants are in that flag order, the order Rust's {@code Debug} prints them in.
 */
public enum Modifier {
    /** Alt; {@code Alt} or {@code Option} in a shortcut string. */
    ALT(0x01),
    /** Control; {@code Control}, {@code Ctrl}, and {@code CmdOrCtrl} (and its spellings) off macOS. */
    CONTROL(0x08),
    /** The Super (Windows, Command) key; {@code Super}, {@code Meta}, {@code Cmd} or {@code Command}. */
    META(0x40),
    /** Shift. */
    SHIFT(0x200);

    private final int bit;

    Modifier(int bit) {
        this.bit = bit;
    }

    /** The flag's value in {@code keyboard-types}' {@code Modifiers}. */
    public int bit() {
        return bit;
    }
}
