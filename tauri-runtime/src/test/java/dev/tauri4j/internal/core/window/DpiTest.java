package dev.tauri4j.internal.core.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.CommandException;
import dev.tauri4j.internal.ipc.JsonCodec;
import org.junit.jupiter.api.Test;

/** Sizes and positions as @tauri-apps/api/dpi serializes them. */
class DpiTest {

    private static JsonNode json(String text) {
        try {
            return JsonCodec.mapper().readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void logicalAndPhysicalSizesAndPositions() {
        assertThat(Dpi.size(json("{'Logical': {'width': 800, 'height': 600.5}}"), "value")).isEqualTo(new Dpi.Value(800, 600.5, false));
        assertThat(Dpi.size(json("{'Physical': {'width': 1600, 'height': 1200}}"), "value")).isEqualTo(new Dpi.Value(1600, 1200, true));
        assertThat(Dpi.position(json("{'Logical': {'x': -10, 'y': 20}}"), "value")).isEqualTo(new Dpi.Value(-10, 20, false));
    }

    @Test
    void anythingElseIsAnInvalidArgumentThatShowsTheShape() {
        for (String bad : new String[] {"{'width': 1, 'height': 2}", "{'Logical': {'width': 1}}", "{'Pixels': {'width': 1, 'height': 2}}",
                "[1, 2]", "{'Logical': {'width': 'a', 'height': 2}}"}) {
            assertThatThrownBy(() -> Dpi.size(json(bad), "value")).isInstanceOf(CommandException.class)
                    .hasMessageContaining("argument 'value' must be {\"Logical\": {\"width\": 800, \"height\": 600}}")
                    .satisfies(e -> assertThat(((CommandException) e).code()).isEqualTo("INVALID_ARGUMENT"));
        }
        assertThatThrownBy(() -> Dpi.position(json("{'Logical': {'width': 1, 'height': 2}}"), "value"))
                .hasMessageContaining("{\"Logical\": {\"x\": 800, \"y\": 600}}");
    }
}
