package dev.tauri4j.internal.platform.linux;

import dev.tauri4j.internal.platform.Accelerator;
import java.lang.foreign.Arena;
import java.util.Map;

/** An {@link Accelerator} as GTK's keyval and modifier mask. */
final class GtkAccelerators {

    /** W3C key codes whose GDK key name is not derived from the code itself. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("Enter", "Return"), Map.entry("Space", "space"), Map.entry("Backspace", "BackSpace"),
            Map.entry("PageUp", "Page_Up"), Map.entry("PageDown", "Page_Down"), Map.entry("ArrowUp", "Up"),
            Map.entry("ArrowDown", "Down"), Map.entry("ArrowLeft", "Left"), Map.entry("ArrowRight", "Right"),
            Map.entry("Backquote", "grave"), Map.entry("Backslash", "backslash"), Map.entry("BracketLeft", "bracketleft"),
            Map.entry("BracketRight", "bracketright"), Map.entry("Comma", "comma"), Map.entry("Equal", "equal"),
            Map.entry("Minus", "minus"), Map.entry("Period", "period"), Map.entry("Quote", "apostrophe"),
            Map.entry("Semicolon", "semicolon"), Map.entry("Slash", "slash"), Map.entry("CapsLock", "Caps_Lock"),
            Map.entry("NumLock", "Num_Lock"), Map.entry("ScrollLock", "Scroll_Lock"), Map.entry("PrintScreen", "Print"),
            Map.entry("NumpadAdd", "KP_Add"), Map.entry("NumpadDecimal", "KP_Decimal"), Map.entry("NumpadDivide", "KP_Divide"),
            Map.entry("NumpadEnter", "KP_Enter"), Map.entry("NumpadEqual", "KP_Equal"), Map.entry("NumpadMultiply", "KP_Multiply"),
            Map.entry("NumpadSubtract", "KP_Subtract"), Map.entry("AudioVolumeUp", "XF86AudioRaiseVolume"),
            Map.entry("AudioVolumeDown", "XF86AudioLowerVolume"), Map.entry("AudioVolumeMute", "XF86AudioMute"));

    private GtkAccelerators() {}

    /** The GDK key name of a W3C key code ({@code KeyO} is {@code o}, {@code Digit1} is {@code 1}). */
    static String keyName(String code) {
        if (code.startsWith("Key") && code.length() == 4) return code.substring(3).toLowerCase(java.util.Locale.ROOT);
        if (code.startsWith("Digit")) return code.substring(5);
        if (code.startsWith("Numpad") && code.length() == 7) return "KP_" + code.substring(6);
        return NAMES.getOrDefault(code, code); // F1-F24, Tab, Delete, Home, End, Insert, Escape
    }

    /** The modifier mask of an accelerator. */
    static int mods(Accelerator a) {
        return (a.shift() ? GtkMenuFns.SHIFT_MASK : 0) | (a.ctrl() ? GtkMenuFns.CONTROL_MASK : 0)
                | (a.alt() ? GtkMenuFns.MOD1_MASK : 0) | (a.meta() ? GtkMenuFns.SUPER_MASK : 0);
    }

    /** {keyval, modifier mask}; keyval 0 when GDK does not know the key (UI thread). */
    static int[] of(Accelerator a) throws Throwable {
        try (Arena arena = Arena.ofConfined()) {
            int keyval = (int) GtkMenuFns.gdk_keyval_from_name.h().invokeExact(arena.allocateFrom(keyName(a.code())));
            return new int[] {keyval == 0xffffff ? 0 : keyval, mods(a)};
        }
    }
}
