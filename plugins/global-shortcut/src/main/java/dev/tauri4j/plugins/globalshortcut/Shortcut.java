package dev.tauri4j.plugins.globalshortcut;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A global shortcut: modifiers and one main key, parsed from Tauri's accelerator syntax ({@code "CmdOrCtrl+Shift+K"},
 * {@code "Alt+F4"}, {@code "Super+Space"}, {@code "Digit1"}). Two shortcuts that name the same keys are equal
 * however they were spelled ({@code "ctrl+a"} and {@code "Control+KeyA"}).
 */
public record Shortcut(Set<Modifier> modifiers, Key key) {

    private static final String KEYS_HINT = "; keys are W3C key codes or their short forms (KeyA or A, Digit1 or 1, F1..F24,"
            + " Space, Enter, Tab, Escape, ArrowUp or Up, ...), after the modifiers (Shift, Control or Ctrl, Alt or Option,"
            + " Super, Cmd or Command, CmdOrCtrl or CommandOrControl), e.g. \"CmdOrCtrl+Shift+K\"";

    /** A shortcut of {@code modifiers} (none when empty) and {@code key}. */
    public Shortcut {
        if (key == null) throw new IllegalArgumentException("a shortcut needs a key, e.g. Key.KeyK");
        modifiers = modifiers == null || modifiers.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(modifiers));
    }

    /** A shortcut of {@code key} with {@code modifiers}. */
    public static Shortcut of(Key key, Modifier... modifiers) {
        return new Shortcut(Set.of(modifiers), key);
    }

    /**
     * Parses Tauri's syntax: modifiers, then one key, joined by {@code +}, any case, spaces around tokens ignored
     * ({@code "Shift + Alt + K"}). {@code CmdOrCtrl} (also {@code CommandOrControl}, {@code CommandOrCtrl},
     * {@code CmdOrControl}) is Control here; macOS would make it Command.
     *
     * @throws ShortcutException ({@link ShortcutException#INVALID}) with Tauri's message for what is wrong
     */
    public static Shortcut parse(String text) {
        if (text == null) throw invalid("a shortcut is a string such as \"CmdOrCtrl+Shift+K\", not null");
        String[] tokens = text.split("\\+", -1);
        if (tokens.length == 1) {
            // as Tauri: a lone key is looked up untrimmed
            return new Shortcut(Set.of(), key(tokens[0]));
        }
        EnumSet<Modifier> modifiers = EnumSet.noneOf(Modifier.class);
        Key key = null;
        for (String raw : tokens) {
            String token = raw.strip();
            if (token.isEmpty()) throw invalid("Found empty token while parsing hotkey: " + text);
            if (key != null) throw invalidFormat(text);
            switch (token.toUpperCase(Locale.ROOT)) {
                case "OPTION", "ALT" -> modifiers.add(Modifier.ALT);
                case "CONTROL", "CTRL" -> modifiers.add(Modifier.CONTROL);
                case "COMMAND", "CMD", "SUPER", "META" -> modifiers.add(Modifier.META);
                case "SHIFT" -> modifiers.add(Modifier.SHIFT);
                case "COMMANDORCONTROL", "COMMANDORCTRL", "CMDORCTRL", "CMDORCONTROL" -> modifiers.add(Modifier.CONTROL);
                default -> key = key(token);
            }
        }
        if (key == null) throw invalidFormat(text);
        return new Shortcut(modifiers, key);
    }

    /** Parses each of {@code texts}, failing on the first that is no shortcut. */
    public static List<Shortcut> parseAll(Collection<String> texts) {
        if (texts == null) throw invalid("'shortcuts' must be a list of shortcut strings, e.g. [\"CmdOrCtrl+Shift+K\"]");
        return texts.stream().map(Shortcut::parse).toList();
    }

    /** Tauri's id of this shortcut: the modifier flags shifted left by 16, or'ed with the key's number. */
    public int id() {
        int bits = 0;
        for (Modifier m : modifiers) bits |= m.bit();
        return (bits << 16) | key.ordinal();
    }

    /** The shortcut as Tauri's JS events name it: {@code shift+control+alt+meta+} (those held), then the key, e.g. {@code shift+control+KeyK}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (Modifier m : new Modifier[] {Modifier.SHIFT, Modifier.CONTROL, Modifier.ALT, Modifier.META}) {
            if (modifiers.contains(m)) s.append(m.name().toLowerCase(Locale.ROOT)).append('+');
        }
        return s.append(key.name()).toString();
    }

    /** How Tauri's errors print a shortcut (Rust's {@code Debug} of its {@code HotKey}). */
    public String toDebugString() {
        String mods = modifiers.isEmpty() ? "0x0" : modifiers.stream().map(Modifier::name).collect(Collectors.joining(" | "));
        return "HotKey { mods: Modifiers(" + mods + "), key: " + key.name() + ", id: " + Integer.toUnsignedString(id()) + " }";
    }

    private static Key key(String token) {
        return Key.byName(token).orElseThrow(() -> invalid("Couldn't recognize \"" + token + "\" as a valid key for hotkey" + KEYS_HINT));
    }

    private static ShortcutException invalidFormat(String text) {
        return invalid("Invalid hotkey format: \"" + text + "\", an hotkey should have the modifiers first and only one main key,"
                + " for example: \"Shift + Alt + K\"");
    }

    private static ShortcutException invalid(String message) {
        return new ShortcutException(ShortcutException.INVALID, message);
    }
}
