package dev.tauri4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.Event;
import dev.tauri4j.PhysicalSize;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FakeWindowTest {

    @Test
    void logicalSizesBecomePhysicalAtTheScaleFactor() {
        FakeWindow window = new FakeWindow("main", 1.25);
        window.setSize(800, 600);
        assertThat(window.innerSize()).isEqualTo(new PhysicalSize(1000, 750));
        assertThat(window.scaleFactor()).isEqualTo(1.25);
    }

    @Test
    void settersAreSeenByGetters() {
        FakeWindow window = new FakeWindow("main");
        window.setTitle("Hello");
        window.hide();
        window.maximize();
        window.setAlwaysOnTop(true);
        assertThat(window.title()).isEqualTo("Hello");
        assertThat(window.isVisible()).isFalse();
        assertThat(window.isMaximized()).isTrue();
        assertThat(window.isAlwaysOnTop()).isTrue();
    }

    @Test
    void firedEventsReachOnlyTheirListeners() {
        FakeWindow window = new FakeWindow("main");
        List<Event> heard = new ArrayList<>();
        long id = window.listen("tauri://resize", heard::add);
        window.listen("tauri://move", e -> heard.add(null));
        window.fire("tauri://resize", Map.of("width", 3));
        window.unlisten(id);
        window.fire("tauri://resize", Map.of("width", 4));
        assertThat(heard).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(id);
            assertThat(e.payload().get("width").asInt()).isEqualTo(3);
        });
    }

    @Test
    void aCloseRequestIsDecidedByTheJavaHandler() {
        FakeWindow window = new FakeWindow("main");
        window.onCloseRequested(w -> false);
        window.requestClose();
        assertThat(window.isClosed()).isFalse();
        window.onCloseRequested(null);
        window.requestClose();
        assertThat(window.isClosed()).isTrue();
    }

    @Test
    void emitAndEvalAreRecordedAsJson() {
        FakeWindow window = new FakeWindow("main");
        window.emit("saved", Map.of("id", 7));
        window.eval("document.title");
        assertThat(window.emitted()).singleElement().satisfies(e -> assertThat(e.payload().get("id").asInt()).isEqualTo(7));
        assertThat(window.scripts()).containsExactly("document.title");
    }

    @Test
    void aScaleFactorMustBePositive() {
        assertThatThrownBy(() -> new FakeWindow("main", 0)).hasMessageContaining("scaleFactor must be positive");
    }
}
