package dev.tauri4j.internal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Tauri's accelerator syntax: modifiers in any case and spelling, short and W3C key names, and what is refused. */
class AcceleratorTest {

    @Test
    void modifiersAndKeysInTheirSpellings() {
        assertThat(Accelerator.parse("CmdOrCtrl+Shift+O")).isEqualTo(new Accelerator(true, false, true, false, "KeyO"));
        assertThat(Accelerator.parse("commandorcontrol+keyq")).isEqualTo(new Accelerator(true, false, false, false, "KeyQ"));
        assertThat(Accelerator.parse("Alt+Enter")).isEqualTo(new Accelerator(false, true, false, false, "Enter"));
        assertThat(Accelerator.parse("Option + F12")).isEqualTo(new Accelerator(false, true, false, false, "F12"));
        assertThat(Accelerator.parse("Super+1")).isEqualTo(new Accelerator(false, false, false, true, "Digit1"));
        assertThat(Accelerator.parse("F5").code()).isEqualTo("F5");
        assertThat(Accelerator.parse("Ctrl+=").code()).isEqualTo("Equal");
        assertThat(Accelerator.parse("Ctrl+Up").code()).isEqualTo("ArrowUp");
        assertThat(Accelerator.parse("Ctrl+pagedown").code()).isEqualTo("PageDown");
        assertThat(Accelerator.parse("Num5").code()).isEqualTo("Numpad5");
    }

    @Test
    void whatIsNoAcceleratorIsRefusedWithTheReason() {
        assertThatThrownBy(() -> Accelerator.parse("")).hasMessageContaining("empty part");
        assertThatThrownBy(() -> Accelerator.parse("Ctrl+Shift")).hasMessageContaining("has no key");
        assertThatThrownBy(() -> Accelerator.parse("Ctrl+A+B")).hasMessageContaining("more after its key");
        assertThatThrownBy(() -> Accelerator.parse("Ctrl+F25")).hasMessageContaining("\"F25\" is no key");
    }
}
