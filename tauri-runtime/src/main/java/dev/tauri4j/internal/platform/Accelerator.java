package dev.tauri4j.internal.platform;

import java.util.Locale;
import java.util.Map;

/**
 * A menu accelerator in Tauri's syntax ({@code "CmdOrCtrl+Shift+O"}, {@code "F5"}, {@code "Alt+Enter"}): modifiers
 * joined by {@code +}, then one key. Keys are W3C {@code KeyboardEvent.code} names ({@code KeyO}, {@code Digit1},
 * {@code F5}, {@code ArrowUp}); the short forms Tauri takes ({@code O}, {@code 1}, {@code Up}, {@code =}) are read
 * too. {@code CmdOrCtrl} is Control here, as on Linux and Windows in Tauri.
 *
 * @param ctrl  Control
 * @param alt   Alt (Option)
 * @param shift Shift
 * @param meta  Super (Command)
 * @param code  the key's W3C code name
 */
public record Accelerator(boolean ctrl, boolean alt, boolean shift, boolean meta, String code) {

    private static final Map<String, String> SHORT = Map.ofEntries(
            Map.entry("`", "Backquote"), Map.entry("\\", "Backslash"), Map.entry("[", "BracketLeft"),
            Map.entry("]", "BracketRight"), Map.entry(",", "Comma"), Map.entry("=", "Equal"), Map.entry("-", "Minus"),
            Map.entry(".", "Period"), Map.entry("'", "Quote"), Map.entry(";", "Semicolon"), Map.entry("/", "Slash"),
            Map.entry("UP", "ArrowUp"), Map.entry("DOWN", "ArrowDown"), Map.entry("LEFT", "ArrowLeft"),
            Map.entry("RIGHT", "ArrowRight"), Map.entry("ESC", "Escape"), Map.entry("NUMADD", "NumpadAdd"),
            Map.entry("NUMPLUS", "NumpadAdd"), Map.entry("NUMPADPLUS", "NumpadAdd"), Map.entry("NUMDECIMAL", "NumpadDecimal"),
            Map.entry("NUMDIVIDE", "NumpadDivide"), Map.entry("NUMENTER", "NumpadEnter"), Map.entry("NUMEQUAL", "NumpadEqual"),
            Map.entry("NUMMULTIPLY", "NumpadMultiply"), Map.entry("NUMSUBTRACT", "NumpadSubtract"),
            Map.entry("VOLUMEUP", "AudioVolumeUp"), Map.entry("VOLUMEDOWN", "AudioVolumeDown"), Map.entry("VOLUMEMUTE", "AudioVolumeMute"));

    private static final java.util.List<String> NAMED = java.util.List.of("Backquote", "Backslash", "BracketLeft",
            "BracketRight", "Comma", "Equal", "Minus", "Period", "Quote", "Semicolon", "Slash", "Backspace", "CapsLock",
            "Enter", "Space", "Tab", "Delete", "End", "Home", "Insert", "PageDown", "PageUp", "PrintScreen", "ScrollLock",
            "ArrowDown", "ArrowLeft", "ArrowRight", "ArrowUp", "NumLock", "NumpadAdd", "NumpadDecimal", "NumpadDivide",
            "NumpadEnter", "NumpadEqual", "NumpadMultiply", "NumpadSubtract", "Escape", "AudioVolumeDown",
            "AudioVolumeUp", "AudioVolumeMute");

    /**
     * Reads an accelerator.
     *
     * @throws IllegalArgumentException naming the part that is wrong and what would be right
     */
    public static Accelerator parse(String text) {
        String[] tokens = text.split("\\+", -1);
        boolean ctrl = false, alt = false, shift = false, meta = false;
        String code = null;
        for (String raw : tokens) {
            String token = raw.strip();
            if (token.isEmpty()) {
                throw new IllegalArgumentException("accelerator \"" + text + "\" has an empty part: write it as"
                        + " \"CmdOrCtrl+Shift+O\" (modifiers, then one key, joined by +)");
            }
            if (code != null) {
                throw new IllegalArgumentException("accelerator \"" + text + "\" has more after its key \"" + code
                        + "\": the key comes last and only once, as in \"CmdOrCtrl+Shift+O\"");
            }
            switch (token.toUpperCase(Locale.ROOT)) {
                case "OPTION", "ALT" -> alt = true;
                case "CONTROL", "CTRL", "COMMANDORCONTROL", "COMMANDORCTRL", "CMDORCTRL", "CMDORCONTROL" -> ctrl = true;
                case "COMMAND", "CMD", "SUPER" -> meta = true;
                case "SHIFT" -> shift = true;
                default -> code = key(token, text);
            }
        }
        if (code == null) {
            throw new IllegalArgumentException("accelerator \"" + text + "\" has no key: add one, as in \"" + text + "+O\"");
        }
        return new Accelerator(ctrl, alt, shift, meta, code);
    }

    private static String key(String token, String text) {
        String upper = token.toUpperCase(Locale.ROOT);
        if (upper.length() == 1 && upper.charAt(0) >= 'A' && upper.charAt(0) <= 'Z') return "Key" + upper;
        if (upper.length() == 4 && upper.startsWith("KEY") && Character.isLetter(upper.charAt(3))) return "Key" + upper.charAt(3);
        if (upper.length() == 1 && Character.isDigit(upper.charAt(0))) return "Digit" + upper;
        if (upper.matches("DIGIT[0-9]")) return "Digit" + upper.charAt(5);
        if (upper.matches("F([1-9]|1[0-9]|2[0-4])")) return upper;
        if (upper.matches("(NUMPAD|NUM)[0-9]")) return "Numpad" + upper.charAt(upper.length() - 1);
        String shortForm = SHORT.get(upper);
        if (shortForm != null) return shortForm;
        for (String named : NAMED) if (named.equalsIgnoreCase(token)) return named;
        throw new IllegalArgumentException("accelerator \"" + text + "\": \"" + token + "\" is no key tauri4j knows;"
                + " use a letter, a digit, F1-F24 or a W3C key code name such as Enter, Space, ArrowUp, Comma");
    }
}
