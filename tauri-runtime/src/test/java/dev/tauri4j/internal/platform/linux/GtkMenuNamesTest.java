package dev.tauri4j.internal.platform.linux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.internal.platform.Accelerator;
import org.junit.jupiter.api.Test;

/** What the GTK menus make of Tauri's texts and accelerators, without a display. */
class GtkMenuNamesTest {

    @Test
    void tauriMnemonicsBecomeGtkOnes() {
        assertThat(GtkMenuTree.mnemonic("&File")).isEqualTo("_File");
        assertThat(GtkMenuTree.mnemonic("Save && Quit")).isEqualTo("Save & Quit");
        assertThat(GtkMenuTree.mnemonic("snake_case")).isEqualTo("snake__case");
        assertThat(GtkMenuTree.mnemonic("Trailing&")).isEqualTo("Trailing_");
    }

    @Test
    void keyCodesBecomeGdkKeyNamesAndModifiersItsMask() {
        assertThat(GtkAccelerators.keyName("KeyO")).isEqualTo("o");
        assertThat(GtkAccelerators.keyName("Digit7")).isEqualTo("7");
        assertThat(GtkAccelerators.keyName("Numpad3")).isEqualTo("KP_3");
        assertThat(GtkAccelerators.keyName("Enter")).isEqualTo("Return");
        assertThat(GtkAccelerators.keyName("ArrowLeft")).isEqualTo("Left");
        assertThat(GtkAccelerators.keyName("F11")).isEqualTo("F11");
        assertThat(GtkAccelerators.keyName("Quote")).isEqualTo("apostrophe");
        assertThat(GtkAccelerators.mods(Accelerator.parse("CmdOrCtrl+Shift+Alt+Super+X")))
                .isEqualTo(GtkMenuFns.CONTROL_MASK | GtkMenuFns.SHIFT_MASK | GtkMenuFns.MOD1_MASK | GtkMenuFns.SUPER_MASK);
    }
}
