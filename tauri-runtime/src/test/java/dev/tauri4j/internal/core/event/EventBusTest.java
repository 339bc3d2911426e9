package dev.tauri4j.internal.core.event;

import dev.tauri4j.internal.ipc.Outbox;
import dev.tauri4j.internal.runtime.FakePlatform;
import dev.tauri4j.internal.runtime.WindowRuntime;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.Event;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class EventBusTest {

    private final FakePlatform mainPage = new FakePlatform();
    private final FakePlatform secondPage = new FakePlatform();
    private final Outbox mainOutbox = new Outbox(mainPage, () -> mainPage);
    private final Outbox secondOutbox = new Outbox(secondPage, () -> secondPage);
    private final EventBus bus = new EventBus(label -> switch (label) {
        case "main" -> mainOutbox;
        case "second" -> secondOutbox;
        default -> null;
    });

    private List<String> delivered(FakePlatform page) {
        page.runTasks();
        return page.evals;
    }

    @Test
    void aGlobalEmitReachesEveryPageListenerWithTauriEventShape() {
        long id = bus.listenPage("main", "tick", null, 42);
        bus.listenPage("second", "tick", "second", 5);
        bus.emit("tick", Map.of("n", 1), null, true);
        assertThat(delivered(mainPage)).containsExactly(
                "window.__TAURI4J_DELIVER__([[0,42,{\"event\":\"tick\",\"id\":" + id + ",\"payload\":{\"n\":1}}]])");
        assertThat(delivered(secondPage)).hasSize(1);
    }

    @Test
    void emitToReachesAnyListenersAndThoseOfThatLabelOnly() {
        bus.listenPage("main", "direct", "main", 1);
        bus.listenPage("second", "direct", "second", 2);
        bus.listenPage("second", "direct", null, 3); // "Any" hears everything, as in Tauri
        bus.emit("direct", "hi", "main", true);
        assertThat(delivered(mainPage)).hasSize(1);
        assertThat(delivered(secondPage)).singleElement().asString().contains("[0,3,").doesNotContain("[0,2,");
    }

    @Test
    void droppingAWindowRemovesItsListeners() {
        bus.listenPage("main", "a", null, 1);
        bus.listenPage("main", "b", null, 2);
        bus.listenPage("second", "a", null, 3);
        bus.dropWindow("main");
        assertThat(bus.pageListenerCount()).isEqualTo(1);
        bus.emit("a", 1, null, true);
        assertThat(delivered(mainPage)).isEmpty();
    }

    @Test
    void unlistenNeedsTheOwningWindow() {
        long id = bus.listenPage("main", "a", null, 1);
        bus.unlistenPage("second", "a", id);
        assertThat(bus.pageListenerCount()).isEqualTo(1);
        bus.unlistenPage("main", "a", id);
        assertThat(bus.pageListenerCount()).isZero();
    }

    @Test
    void javaListenersHearEventsInOrderAndOnceMeansOnce() {
        List<Event> all = new CopyOnWriteArrayList<>();
        List<Event> first = new CopyOnWriteArrayList<>();
        bus.listenJava("x", all::add, false);
        bus.listenJava("x", first::add, true);
        for (int i = 0; i < 5; i++) bus.emit("x", Map.of("i", i), null, true);
        assertThat(all).extracting(e -> e.payload().get("i").asInt()).containsExactly(0, 1, 2, 3, 4);
        assertThat(first).hasSize(1);
    }

    @Test
    void appOnlyEventsSkipPages() {
        List<Event> heard = new CopyOnWriteArrayList<>();
        bus.listenJava("x", heard::add, false);
        bus.listenPage("main", "x", null, 1);
        bus.emit("x", 1, null, false);
        assertThat(heard).hasSize(1);
        assertThat(delivered(mainPage)).isEmpty();
    }

    @Test
    void closeRequestedCountsOnlyListenersAimedAtThatWindow() {
        bus.listenPage("main", WindowRuntime.CLOSE_REQUESTED, null, 1);
        assertThat(bus.hasPageListener(WindowRuntime.CLOSE_REQUESTED, "main")).isFalse();
        bus.listenPage("second", WindowRuntime.CLOSE_REQUESTED, "main", 2);
        assertThat(bus.hasPageListener(WindowRuntime.CLOSE_REQUESTED, "main")).isTrue();
        assertThat(bus.hasPageListener(WindowRuntime.CLOSE_REQUESTED, "second")).isFalse();
        bus.dropWindow("second");
        assertThat(bus.hasPageListener(WindowRuntime.CLOSE_REQUESTED, "main")).isFalse();
    }

    @Test
    void aJavaListenerOfOneWindowHearsItsEventsAndGlobalOnes() {
        List<String> heard = new CopyOnWriteArrayList<>();
        bus.listenJava("tauri://resize", e -> heard.add(e.payloadAs(String.class)), false, "main");
        bus.emit("tauri://resize", "of main", "main", true);
        bus.emit("tauri://resize", "of second", "second", true);
        bus.emit("tauri://resize", "to all", null, true);
        assertThat(heard).containsExactly("of main", "to all");
    }
}
