package dev.tauri4j.plugins.globalshortcut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tauri's accelerator syntax, ids and error strings, as its global-hotkey crate has them. */
class ShortcutTest {

    @Test
    void modifiersInAnySpellingAndCaseThenOneKey() {
        assertThat(Shortcut.parse("CmdOrCtrl+Shift+K")).isEqualTo(Shortcut.of(Key.KeyK, Modifier.CONTROL, Modifier.SHIFT));
        assertThat(Shortcut.parse("commandorcontrol+shift+KeyK")).isEqualTo(Shortcut.parse("Ctrl+SHIFT+k"));
        assertThat(Shortcut.parse("Shift + Alt + K")).isEqualTo(Shortcut.of(Key.KeyK, Modifier.SHIFT, Modifier.ALT));
        assertThat(Shortcut.parse("Option+Super+Space")).isEqualTo(Shortcut.of(Key.Space, Modifier.ALT, Modifier.META));
        assertThat(Shortcut.parse("Cmd+Command+Meta+F24").modifiers()).containsExactly(Modifier.META);
        assertThat(Shortcut.parse("Control+1").key()).isEqualTo(Key.Digit1);
        assertThat(Shortcut.parse("Alt+Up").key()).isEqualTo(Key.ArrowUp);
        assertThat(Shortcut.parse("Ctrl+Num5").key()).isEqualTo(Key.Numpad5);
        assertThat(Shortcut.parse("Ctrl+=").key()).isEqualTo(Key.Equal);
        assertThat(Shortcut.parse("Ctrl+Esc").key()).isEqualTo(Key.Escape);
        assertThat(Shortcut.parse("Enter")).isEqualTo(new Shortcut(Set.of(), Key.Enter));
        // a lone "Super" is the Super key, a "Super" before a key the modifier
        assertThat(Shortcut.parse("Super").key()).isEqualTo(Key.Super);
    }

    @Test
    void idsAreTheModifierFlagsAboveTheKeysNumberAsInTauri() {
        // SHIFT 0x200 | CONTROL 0x08, KeyK is Code's 30th variant
        assertThat(Shortcut.parse("CmdOrCtrl+Shift+K").id()).isEqualTo((0x208 << 16) | 29);
        assertThat(Shortcut.parse("KeyA").id()).isEqualTo(19);
        assertThat(Shortcut.parse("Alt+F1").id()).isEqualTo((0x01 << 16) | Key.F1.ordinal());
        assertThat(Key.F1.ordinal()).isEqualTo(160);
        assertThat(Key.ZoomToggle.ordinal()).isEqualTo(215);
    }

    @Test
    void theJsNameListsShiftControlAltMetaThenTheKeysCode() {
        assertThat(Shortcut.parse("Super+Alt+Ctrl+Shift+Digit1")).hasToString("shift+control+alt+meta+Digit1");
        assertThat(Shortcut.parse("CmdOrCtrl+k")).hasToString("control+KeyK");
        assertThat(Shortcut.parse("up")).hasToString("ArrowUp");
    }

    @Test
    void errorsAreTauris() {
        assertInvalid("Ctrl+Foo", "Couldn't recognize \"Foo\" as a valid key for hotkey; keys are W3C key codes");
        assertInvalid("", "Couldn't recognize \"\" as a valid key for hotkey");
        assertInvalid(" K", "Couldn't recognize \" K\"");
        assertInvalid("Shift++K", "Found empty token while parsing hotkey: Shift++K");
        assertInvalid("Ctrl+", "Found empty token while parsing hotkey: Ctrl+");
        assertInvalid("Shift+Ctrl", "Invalid hotkey format: \"Shift+Ctrl\", an hotkey should have the modifiers first and only one main key");
        assertInvalid("Ctrl+K+Shift", "Invalid hotkey format: \"Ctrl+K+Shift\"");
        assertInvalid("Ctrl+K+L", "Invalid hotkey format: \"Ctrl+K+L\"");
        assertInvalid(null, "not null");
    }

    @Test
    void errorsPrintTheShortcutAsRustsDebug() {
        assertThat(Shortcut.parse("Shift+CmdOrCtrl+K").toDebugString())
                .isEqualTo("HotKey { mods: Modifiers(CONTROL | SHIFT), key: KeyK, id: " + ((0x208 << 16) | 29) + " }");
        assertThat(Shortcut.parse("F5").toDebugString()).isEqualTo("HotKey { mods: Modifiers(0x0), key: F5, id: 164 }");
    }

    private static void assertInvalid(String text, String message) {
        assertThatThrownBy(() -> Shortcut.parse(text)).isInstanceOfSatisfying(ShortcutException.class, e -> {
            assertThat(e.code()).isEqualTo(ShortcutException.INVALID);
            assertThat(e.getMessage()).contains(message);
        });
    }
}
