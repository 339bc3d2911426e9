package dev.tauri4j.internal.core.tray;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.TrayIconEvent;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrayCommandsTest {

    @Test
    void aClickGoesToJsInTaurisShape() {
        Map<String, Object> wire = TrayCommands.wire(new TrayIconEvent("Click", "main", "Left", "Up", 12, 34));
        assertThat(wire).containsEntry("type", "Click").containsEntry("id", "main").containsEntry("button", "Left")
                .containsEntry("buttonState", "Up").containsEntry("position", Map.of("x", 12, "y", 34))
                .containsEntry("rect", Map.of("position", Map.of("x", 12, "y", 34), "size", Map.of("width", 0, "height", 0)));
    }
}
