package dev.tauri4j.internal.platform.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.plugin.SessionBus.Variant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GVariantTextTest {

    @Test
    void writesTheNotifyArgumentsAsOneStruct() {
        Map<String, Object> hints = new LinkedHashMap<>();
        hints.put("urgency", new Variant("y", 1));
        hints.put("desktop-entry", "app");
        String text = GVariantText.encode("(susssasa{sv}i)",
                List.of("app", 0L, "", "It's", "a\nb\\c", List.of(), hints, -1));
        assertThat(text).isEqualTo("('app', uint32 0, '', 'It\\'s', 'a\\nb\\\\c', @as [], "
                + "@a{sv} {'urgency': <byte 1>, 'desktop-entry': <'app'>}, int32 -1)");
    }

    @Test
    void writesPixmapsAndNestedStructs() {
        String text = GVariantText.encode("(sa(iiay)ss)", List.of("", List.of(List.of(1, 1, new byte[] {0, (byte) 255, 2, 3})), "t", ""));
        assertThat(text).isEqualTo("('', @a(iiay) [(int32 1, int32 1, @ay [0,255,2,3])], 't', '')");
        assertThat(GVariantText.encode("(o)", List.of("/a"))).isEqualTo("(objectpath '/a',)");
        assertThat(GVariantText.encode("ms", null)).isEqualTo("@ms nothing");
    }

    @Test
    void refusesValuesThatDoNotFitTheType() {
        assertThatThrownBy(() -> GVariantText.encode("(su)", List.of("a")))
                .hasMessageContaining("needs more than 1");
        assertThatThrownBy(() -> GVariantText.encode("(s)", List.of(5)))
                .hasMessageContaining("needs a String");
        assertThatThrownBy(() -> GVariantText.encode("(v)", List.of(new Object())))
                .hasMessageContaining("SessionBus.Variant");
    }
}
