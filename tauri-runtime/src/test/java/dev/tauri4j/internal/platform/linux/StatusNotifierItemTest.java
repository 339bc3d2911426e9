package dev.tauri4j.internal.platform.linux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.plugin.Image;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusNotifierItemTest {

    @Test
    void pixmapsAreArgbInNetworkOrder() {
        Image icon = Image.of(new byte[] {10, 20, 30, 40, 1, 2, 3, (byte) 255}, 2, 1);
        List<Object> pixmaps = StatusNotifierItem.pixmaps(icon);
        List<?> first = (List<?>) pixmaps.getFirst();
        assertThat(first.get(0)).isEqualTo(2);
        assertThat(first.get(1)).isEqualTo(1);
        assertThat((byte[]) first.get(2)).containsExactly(40, 10, 20, 30, (byte) 255, 1, 2, 3);
        assertThat(StatusNotifierItem.pixmaps(null)).isEmpty();
    }

    @Test
    void aBigIconIsScaledDownKeepingItsShape() {
        byte[] rgba = new byte[256 * 128 * 4];
        for (int y = 0; y < 128; y++) for (int x = 128; x < 256; x++) rgba[(y * 256 + x) * 4] = (byte) 200; // right half red
        Image small = StatusNotifierItem.fit(Image.of(rgba, 256, 128), 64);
        assertThat(small.width()).isEqualTo(64);
        assertThat(small.height()).isEqualTo(32);
        assertThat(small.rgba()[0]).isEqualTo((byte) 0);
        assertThat(small.rgba()[(10 * 64 + 40) * 4]).isEqualTo((byte) 200);
        Image tiny = Image.of(new byte[4 * 4 * 4], 4, 4);
        assertThat(StatusNotifierItem.fit(tiny, 64)).isSameAs(tiny);
    }
}
