package dev.tauri4j.plugins.globalshortcut.linux;

import dev.tauri4j.plugins.globalshortcut.Key;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;

/** The X keysym of each {@link Key} that has one on a common keyboard map (keysymdef.h, XF86keysym.h). */
final class KeySyms {

    private static final Map<Key, Long> SYMS = table();

    private KeySyms() {}

    /** The keysym whose keycode the grab takes; empty for keys X11 has no fixed keysym for (Fn, Lang1, ...). */
    static OptionalLong of(Key key) {
        Long sym = SYMS.get(key);
        return sym == null ? OptionalLong.empty() : OptionalLong.of(sym);
    }

    private static Map<Key, Long> table() {
        Map<Key, Long> t = new EnumMap<>(Key.class);
        for (char c = 'A'; c <= 'Z'; c++) t.put(Key.valueOf("Key" + c), (long) Character.toLowerCase(c));
        for (char c = '0'; c <= '9'; c++) {
            t.put(Key.valueOf("Digit" + c), (long) c);
            t.put(Key.valueOf("Numpad" + c), 0xffb0L + (c - '0'));
        }
        for (int f = 1; f <= 24; f++) t.put(Key.valueOf("F" + f), 0xffbeL + f - 1);
        Object[] pairs = {
            Key.Backquote, 0x60, Key.Backslash, 0x5c, Key.BracketLeft, 0x5b, Key.BracketRight, 0x5d, Key.Comma, 0x2c,
            Key.Equal, 0x3d, Key.Minus, 0x2d, Key.Period, 0x2e, Key.Quote, 0x27, Key.Semicolon, 0x3b, Key.Slash, 0x2f,
            Key.Space, 0x20, Key.Backspace, 0xff08, Key.Tab, 0xff09, Key.Enter, 0xff0d, Key.Pause, 0xff13,
            Key.ScrollLock, 0xff14, Key.Escape, 0xff1b, Key.Home, 0xff50, Key.ArrowLeft, 0xff51, Key.ArrowUp, 0xff52,
            Key.ArrowRight, 0xff53, Key.ArrowDown, 0xff54, Key.PageUp, 0xff55, Key.PageDown, 0xff56, Key.End, 0xff57,
            Key.PrintScreen, 0xff61, Key.Insert, 0xff63, Key.ContextMenu, 0xff67, Key.NumLock, 0xff7f,
            Key.NumpadEnter, 0xff8d, Key.NumpadMultiply, 0xffaa, Key.NumpadAdd, 0xffab, Key.NumpadSubtract, 0xffad,
            Key.NumpadDecimal, 0xffae, Key.NumpadDivide, 0xffaf, Key.NumpadEqual, 0xffbd, Key.CapsLock, 0xffe5,
            Key.Delete, 0xffff,
            Key.AudioVolumeDown, 0x1008ff11, Key.AudioVolumeMute, 0x1008ff12, Key.AudioVolumeUp, 0x1008ff13,
            Key.MediaPlay, 0x1008ff14, Key.MediaPlayPause, 0x1008ff14, Key.MediaStop, 0x1008ff15,
            Key.MediaTrackPrevious, 0x1008ff16, Key.MediaTrackNext, 0x1008ff17, Key.BrowserHome, 0x1008ff18,
            Key.LaunchMail, 0x1008ff19, Key.BrowserSearch, 0x1008ff1b, Key.LaunchApp2, 0x1008ff1d,
            Key.BrowserBack, 0x1008ff26, Key.BrowserForward, 0x1008ff27, Key.BrowserStop, 0x1008ff28,
            Key.BrowserRefresh, 0x1008ff29, Key.WakeUp, 0x1008ff2b, Key.Eject, 0x1008ff2c,
            Key.BrowserFavorites, 0x1008ff30, Key.MediaPause, 0x1008ff31, Key.MediaSelect, 0x1008ff32,
            Key.LaunchApp1, 0x1008ff5d,
        };
        for (int i = 0; i < pairs.length; i += 2) t.put((Key) pairs[i], ((Integer) pairs[i + 1]).longValue());
        return Map.copyOf(t);
    }
}
