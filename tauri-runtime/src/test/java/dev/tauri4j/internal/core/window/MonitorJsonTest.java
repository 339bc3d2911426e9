package dev.tauri4j.internal.core.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.PhysicalPosition;
import dev.tauri4j.PhysicalSize;
import dev.tauri4j.internal.platform.NativeWindow.Bounds;
import dev.tauri4j.internal.platform.NativeWindow.Monitor;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tauri's Monitor from the platform's, at fractional scale factors (Windows' 125 % and 150 %). */
class MonitorJsonTest {

    @Test
    void fractionalScalesGiveRoundedPhysicalPixels() {
        Map<String, Object> m = MonitorCommands.json(new Monitor("Panel", 1.5, new Bounds(0, 0, 1280, 720), new Bounds(0, 27, 1280, 693)));
        assertThat(m).containsEntry("name", "Panel").containsEntry("scaleFactor", 1.5)
                .containsEntry("position", new PhysicalPosition(0, 0)).containsEntry("size", new PhysicalSize(1920, 1080))
                .containsEntry("workArea", Map.of("position", new PhysicalPosition(0, 41), "size", new PhysicalSize(1920, 1040)));
        Map<String, Object> at125 = MonitorCommands.json(new Monitor(null, 1.25, new Bounds(1536, 0, 1536, 864), new Bounds(1536, 0, 1536, 864)));
        assertThat(at125).containsEntry("scaleFactor", 1.25).containsEntry("position", new PhysicalPosition(1920, 0))
                .containsEntry("size", new PhysicalSize(1920, 1080));
    }

    @Test
    void noMonitorIsNull() {
        assertThat(MonitorCommands.json(null)).isNull();
    }
}
