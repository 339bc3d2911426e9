package dev.tauri4j.plugins.windowstate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The bits are the npm package's StateFlags enum; bits beyond them fail with Tauri's message. */
class StateFlagsTest {

    @Test
    void theBitsAreTheNpmEnumsAndAllIsTheirUnion() {
        assertThat(StateFlags.SIZE.bits()).isEqualTo(1);
        assertThat(StateFlags.POSITION.bits()).isEqualTo(2);
        assertThat(StateFlags.MAXIMIZED.bits()).isEqualTo(4);
        assertThat(StateFlags.VISIBLE.bits()).isEqualTo(8);
        assertThat(StateFlags.DECORATIONS.bits()).isEqualTo(16);
        assertThat(StateFlags.FULLSCREEN.bits()).isEqualTo(32);
        assertThat(StateFlags.SIZE.with(StateFlags.POSITION).with(StateFlags.MAXIMIZED).with(StateFlags.VISIBLE)
                .with(StateFlags.DECORATIONS).with(StateFlags.FULLSCREEN)).isEqualTo(StateFlags.ALL);
        assertThat(StateFlags.ALL.bits()).isEqualTo(63);
    }

    @Test
    void containsWantsEveryBitAndIntersectsOne() {
        StateFlags sizeAndPosition = StateFlags.SIZE.with(StateFlags.POSITION);
        assertThat(sizeAndPosition.contains(StateFlags.SIZE)).isTrue();
        assertThat(sizeAndPosition.contains(StateFlags.SIZE.with(StateFlags.MAXIMIZED))).isFalse();
        assertThat(sizeAndPosition.intersects(StateFlags.SIZE.with(StateFlags.MAXIMIZED))).isTrue();
        assertThat(StateFlags.ALL.without(StateFlags.VISIBLE).contains(StateFlags.VISIBLE)).isFalse();
        assertThat(StateFlags.NONE.intersects(StateFlags.ALL)).isFalse();
    }

    @Test
    void unknownBitsFailWithTaurisMessage() {
        assertThatThrownBy(() -> StateFlags.fromArgument(64)).hasMessage("Invalid state flags bits: 64");
        assertThatThrownBy(() -> StateFlags.fromArgument(65)).hasMessage("Invalid state flags bits: 65");
        assertThatThrownBy(() -> StateFlags.fromArgument(-1)).hasMessage("Invalid state flags bits: -1");
        assertThatThrownBy(() -> new StateFlags(128)).hasMessage("Invalid state flags bits: 128");
        assertThat(StateFlags.fromArgument(0)).isEqualTo(StateFlags.NONE);
        assertThat(StateFlags.fromArgument(63)).isEqualTo(StateFlags.ALL);
    }
}
