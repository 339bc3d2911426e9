package dev.tauri4j.plugins.globalshortcut;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The main key of a {@link Shortcut}: a physical key by its W3C UI Events {@code code} name ({@code KeyA},
 * {@code Digit1}, {@code F5}, {@code ArrowUp}, ...), as Tauri's global-hotkey crate names keys.
 *
 * <p>The constants are in the order of the {@code keyboard-types} crate's {@code Code}, so that {@link #ordinal()}
 * is the number Tauri puts into a shortcut's id (see {@link Shortcut#id()}); do not reorder them.
 */
@SuppressWarnings("java:S115") // the constants are the W3C names a shortcut string spells, not Java constant names
public enum Key {
    Backquote, Backslash, BracketLeft, BracketRight, Comma, Digit0, Digit1, Digit2, Digit3, Digit4, Digit5, Digit6,
    Digit7, Digit8, Digit9, Equal, IntlBackslash, IntlRo, IntlYen, KeyA, KeyB, KeyC, KeyD, KeyE, KeyF, KeyG, KeyH,
    KeyI, KeyJ, KeyK, KeyL, KeyM, KeyN, KeyO, KeyP, KeyQ, KeyR, KeyS, KeyT, KeyU, KeyV, KeyW, KeyX, KeyY, KeyZ,
    Minus, Period, Quote, Semicolon, Slash, AltLeft, AltRight, Backspace, CapsLock, ContextMenu, ControlLeft,
    ControlRight, Enter, MetaLeft, MetaRight, ShiftLeft, ShiftRight, Space, Tab, Convert, KanaMode, Lang1, Lang2,
    Lang3, Lang4, Lang5, NonConvert, Delete, End, Help, Home, Insert, PageDown, PageUp, ArrowDown, ArrowLeft,
    ArrowRight, ArrowUp, NumLock, Numpad0, Numpad1, Numpad2, Numpad3, Numpad4, Numpad5, Numpad6, Numpad7, Numpad8,
    Numpad9, NumpadAdd, NumpadBackspace, NumpadClear, NumpadClearEntry, NumpadComma, NumpadDecimal, NumpadDivide,
    NumpadEnter, NumpadEqual, NumpadHash, NumpadMemoryAdd, NumpadMemoryClear, NumpadMemoryRecall,
    NumpadMemoryStore, NumpadMemorySubtract, NumpadMultiply, NumpadParenLeft, NumpadParenRight, NumpadStar,
    NumpadSubtract, Escape, Fn, FnLock, PrintScreen, ScrollLock, Pause, BrowserBack, BrowserFavorites,
    BrowserForward, BrowserHome, BrowserRefresh, BrowserSearch, BrowserStop, Eject, LaunchApp1, LaunchApp2,
    LaunchMail, MediaPlayPause, MediaSelect, MediaStop, MediaTrackNext, MediaTrackPrevious, Power, Sleep,
    AudioVolumeDown, AudioVolumeMute, AudioVolumeUp, WakeUp, Hyper, Super, Turbo, Abort, Resume, Suspend, Again,
    Copy, Cut, Find, Open, Paste, Props, Select, Undo, Hiragana, Katakana, Unidentified, F1, F2, F3, F4, F5, F6,
    F7, F8, F9, F10, F11, F12, F13, F14, F15, F16, F17, F18, F19, F20, F21, F22, F23, F24, F25, F26, F27, F28, F29,
    F30, F31, F32, F33, F34, F35, BrightnessDown, BrightnessUp, DisplayToggleIntExt, KeyboardLayoutSelect,
    LaunchAssistant, LaunchControlPanel, LaunchScreenSaver, MailForward, MailReply, MailSend, MediaFastForward,
    MediaPause, MediaPlay, MediaRecord, MediaRewind, MicrophoneMuteToggle, PrivacyScreenToggle,
    KeyboardBacklightToggle, SelectTask, ShowAllWindows, ZoomToggle;

    private static final Map<String, Key> BY_NAME = names();

    /**
     * The key a shortcut string's key token names, in any case: the W3C name, or a short form Tauri also takes
     * ({@code A}, {@code 1}, {@code Up}, {@code Esc}, {@code Num5}, {@code =}, ...).
     */
    public static Optional<Key> byName(String token) {
        return Optional.ofNullable(BY_NAME.get(token.toUpperCase(Locale.ROOT)));
    }

    private static Map<String, Key> names() {
        Map<String, Key> names = new HashMap<>();
        for (Key key : values()) names.put(key.name().toUpperCase(Locale.ROOT), key);
        for (char c = 'A'; c <= 'Z'; c++) names.put(String.valueOf(c), valueOf("Key" + c));
        for (char c = '0'; c <= '9'; c++) {
            names.put(String.valueOf(c), valueOf("Digit" + c));
            names.put("NUM" + c, valueOf("Numpad" + c));
        }
        Object[] aliases = {
            "`", Backquote, "\\", Backslash, "[", BracketLeft, "]", BracketRight, ",", Comma, "=", Equal, "-", Minus,
            ".", Period, "'", Quote, ";", Semicolon, "/", Slash, "PAUSEBREAK", Pause, "ESC", Escape,
            "UP", ArrowUp, "DOWN", ArrowDown, "LEFT", ArrowLeft, "RIGHT", ArrowRight,
            "NUMADD", NumpadAdd, "NUMPADPLUS", NumpadAdd, "NUMPLUS", NumpadAdd, "NUMCLEAR", NumpadClear,
            "NUMDECIMAL", NumpadDecimal, "NUMDIVIDE", NumpadDivide, "NUMENTER", NumpadEnter, "NUMEQUAL", NumpadEqual,
            "NUMMULTIPLY", NumpadMultiply, "NUMSUBTRACT", NumpadSubtract,
            "LAUNCHAPPLICATION1", LaunchApp1, "MYCOMPUTER", LaunchApp1, "LAUNCHAPPLICATION2", LaunchApp2,
            "CALCULATOR", LaunchApp2, "LAUNCHMEDIAPLAYER", MediaSelect, "VOLUMEDOWN", AudioVolumeDown,
            "VOLUMEUP", AudioVolumeUp, "VOLUMEMUTE", AudioVolumeMute, "MEDIATRACKPREV", MediaTrackPrevious,
        };
        for (int i = 0; i < aliases.length; i += 2) names.put((String) aliases[i], (Key) aliases[i + 1]);
        return Map.copyOf(names);
    }
}
