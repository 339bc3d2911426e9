package dev.tauri4j.plugins.windowstate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.PhysicalPosition;
import dev.tauri4j.PhysicalSize;
import org.junit.jupiter.api.Test;

/** A maximized window's normal geometry from what it reported before, as openbox reports a maximize. */
class GeometryHistoryTest {

    static final PhysicalSize NORMAL = new PhysicalSize(700, 500);
    static final PhysicalSize MAX = new PhysicalSize(1280, 1005);

    @Test
    void theMovesThatComeWithAMaximizeAreNotTheNormalPosition() {
        GeometryHistory h = new GeometryHistory();
        h.resized(NORMAL);
        h.moved(new PhysicalPosition(150, 120));
        h.resized(MAX);
        h.moved(new PhysicalPosition(149, 119)); // openbox, while it takes the border away
        h.moved(new PhysicalPosition(0, 0));
        assertThat(h.normalPosition(true, new PhysicalPosition(0, 0), MAX)).contains(new PhysicalPosition(150, 120));
        assertThat(h.normalSize(true, MAX)).contains(NORMAL);
    }

    @Test
    void notMaximizedTheCurrentGeometryIsTheNormalOne() {
        GeometryHistory h = new GeometryHistory();
        h.resized(NORMAL);
        h.moved(new PhysicalPosition(150, 120));
        assertThat(h.normalPosition(false, new PhysicalPosition(10, 20), MAX)).contains(new PhysicalPosition(10, 20));
        assertThat(h.normalSize(false, MAX)).contains(MAX);
    }

    @Test
    void aWindowSeenOnlyMaximizedHasNoNormalGeometry() {
        GeometryHistory h = new GeometryHistory();
        h.resized(MAX);
        h.moved(new PhysicalPosition(0, 0));
        assertThat(h.normalPosition(true, new PhysicalPosition(0, 0), MAX)).isEmpty();
        assertThat(h.normalSize(true, MAX)).isEmpty();
    }
}
