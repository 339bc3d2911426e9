package dev.tauri4j.internal.core.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.internal.ipc.JsonCodec;
import org.junit.jupiter.api.Test;

/** Colors in every shape @tauri-apps/api's Color type allows. */
class RgbaTest {

    private static Rgba read(String json) {
        try {
            JsonNode node = JsonCodec.mapper().readTree(json.replace('\'', '"'));
            return Rgba.read(node);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void arraysObjectsAndHexStrings() {
        assertThat(read("[200, 30, 40]")).isEqualTo(new Rgba(200, 30, 40, 255));
        assertThat(read("[1, 2, 3, 4]")).isEqualTo(new Rgba(1, 2, 3, 4));
        assertThat(read("{'red': 10, 'green': 20, 'blue': 30}")).isEqualTo(new Rgba(10, 20, 30, 255));
        assertThat(read("{'red': 10, 'green': 20, 'blue': 30, 'alpha': 0}")).isEqualTo(new Rgba(10, 20, 30, 0));
        assertThat(read("'#c81e28'")).isEqualTo(new Rgba(200, 30, 40, 255));
        assertThat(read("'#c81e2880'")).isEqualTo(new Rgba(200, 30, 40, 128));
        assertThat(read("'#f00'")).isEqualTo(new Rgba(255, 0, 0, 255));
        assertThat(read("'#f008'")).isEqualTo(new Rgba(255, 0, 0, 136));
        assertThat(read("null")).isNull();
    }

    @Test
    void anythingElseNamesTheShapes() {
        for (String bad : new String[] {"'red'", "[1, 2]", "[256, 0, 0]", "{'red': 1}", "'#12345'", "[-1, 0, 0]"}) {
            assertThatThrownBy(() -> read(bad)).hasMessageContaining("a color must be [r, g, b], [r, g, b, a]");
        }
    }
}
