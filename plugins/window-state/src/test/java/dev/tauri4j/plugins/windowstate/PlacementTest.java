package dev.tauri4j.plugins.windowstate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.Monitor;
import dev.tauri4j.PhysicalPosition;
import dev.tauri4j.PhysicalSize;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tauri's off-screen rule: a saved position is used only when a corner of the saved window lies on a monitor. */
class PlacementTest {

    static final Monitor LEFT = new Monitor("left", new PhysicalPosition(0, 0), new PhysicalSize(1920, 1080), 1);
    static final Monitor RIGHT = new Monitor("right", new PhysicalPosition(1920, 0), new PhysicalSize(1280, 1024), 1);

    @Test
    void aWindowInsideAMonitorIsOnIt() {
        assertThat(Placement.onAMonitor(List.of(LEFT), 100, 100, 800, 600)).isTrue();
    }

    @Test
    void oneCornerOnTheMonitorIsEnough() {
        // only the bottom-right corner (10, 10) is on the monitor
        assertThat(Placement.onAMonitor(List.of(LEFT), -790, -590, 800, 600)).isTrue();
        // only the top-left corner
        assertThat(Placement.onAMonitor(List.of(LEFT), 1900, 1000, 800, 600)).isTrue();
    }

    @Test
    void aWindowBeyondEveryMonitorIsNot() {
        assertThat(Placement.onAMonitor(List.of(LEFT), 5000, 5000, 400, 300)).isFalse();
        assertThat(Placement.onAMonitor(List.of(LEFT), -2000, 100, 400, 300)).isFalse();
        assertThat(Placement.onAMonitor(List.of(), 100, 100, 400, 300)).isFalse();
    }

    @Test
    void theRightAndBottomEdgesAreOutside() {
        assertThat(Placement.onAMonitor(List.of(LEFT), 1920, 1080, 100, 100)).isFalse();
        assertThat(Placement.onAMonitor(List.of(LEFT), 1919, 1079, 100, 100)).isTrue();
    }

    @Test
    void aWindowOnTheSecondMonitorIsOnAMonitorButOnlyWhileThatMonitorIsThere() {
        assertThat(Placement.onAMonitor(List.of(LEFT, RIGHT), 2200, 200, 600, 400)).isTrue();
        assertThat(Placement.onAMonitor(List.of(LEFT), 2200, 200, 600, 400)).isFalse();
    }

    @Test
    void aWindowThatCoversAMonitorWithNoCornerOnItIsNot() {
        // Tauri checks the window's corners only, not overlap
        assertThat(Placement.onAMonitor(List.of(LEFT), -10, -10, 3000, 3000)).isFalse();
    }
}
