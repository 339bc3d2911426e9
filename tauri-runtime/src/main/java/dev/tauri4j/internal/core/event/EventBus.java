package dev.tauri4j.internal.core.event;

import dev.tauri4j.internal.ipc.Outbox;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.Event;
import dev.tauri4j.internal.ipc.JsonCodec;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Events both ways, with Tauri's targeting: a listener for "Any" hears every event; a listener bound to a label
 * hears global events and those sent to its label; "App" reaches only Java listeners.
 */
public final class EventBus {

    private static final System.Logger LOG = System.getLogger("dev.tauri4j.events");

    /** A page's listener: its callback id lives in the page of window {@code window}. */
    record PageListener(long id, String window, String event, long callback, String targetLabel) {}

    private record JavaListener(long id, String event, Consumer<Event> handler, boolean once, AtomicBoolean done, String targetLabel) {}

    private final Map<String, List<PageListener>> page = new ConcurrentHashMap<>();
    private final Map<String, List<JavaListener>> java = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    /** The JSON start of each event name's message, made once: bursts repeat the same few names. */
    private final Map<String, String> prefixes = new ConcurrentHashMap<>();
    private final Function<String, Outbox> outboxes;

    public EventBus(Function<String, Outbox> outboxes) {
        this.outboxes = outboxes;
    }

    public long listenPage(String window, String event, String targetLabel, long callback) {
        long id = ids.incrementAndGet();
        page.computeIfAbsent(event, k -> new CopyOnWriteArrayList<>()).add(new PageListener(id, window, event, callback, targetLabel));
        return id;
    }

    public void unlistenPage(String window, String event, long id) {
        List<PageListener> list = page.get(event);
        if (list != null) list.removeIf(l -> l.id() == id && l.window().equals(window));
    }

    /** Drops every listener of a page that went away (reload, navigation, close): no growth over reloads. */
    public void dropWindow(String window) {
        for (List<PageListener> list : page.values()) list.removeIf(l -> l.window().equals(window));
    }

    /** Whether a page listens to {@code event} aimed at exactly the window {@code targetLabel} (Tauri's has_js_listener). */
    public boolean hasPageListener(String event, String targetLabel) {
        List<PageListener> list = page.get(event);
        return list != null && list.stream().anyMatch(l -> targetLabel.equals(l.targetLabel()));
    }

    public int pageListenerCount() {
        return page.values().stream().mapToInt(List::size).sum();
    }

    public long listenJava(String event, Consumer<Event> handler, boolean once) {
        return listenJava(event, handler, once, null);
    }

    /** A Java listener; with a {@code targetLabel} it hears only events for every window or for that one. */
    public long listenJava(String event, Consumer<Event> handler, boolean once, String targetLabel) {
        long id = ids.incrementAndGet();
        java.computeIfAbsent(event, k -> new CopyOnWriteArrayList<>())
                .add(new JavaListener(id, event, handler, once, new AtomicBoolean(), targetLabel));
        return id;
    }

    public void unlistenJava(long id) {
        for (List<JavaListener> list : java.values()) list.removeIf(l -> l.id() == id);
    }

    /**
     * Sends {@code payload} to the listeners of {@code event}.
     *
     * @param targetLabel null for every target, otherwise the window label the event is sent to
     * @param pages       false for events aimed at the app only
     */
    public void emit(String event, Object payload, String targetLabel, boolean pages) {
        String json = payload instanceof JsonNode node ? node.toString() : Outbox.json(payload);
        if (pages) {
            List<PageListener> listeners = page.get(event);
            if (listeners != null) {
                String prefix = prefixes.computeIfAbsent(event, e -> "{\"event\":" + Outbox.json(e) + ",\"id\":");
                String suffix = ",\"payload\":" + json + "}";
                for (PageListener l : listeners) {
                    if (targetLabel != null && l.targetLabel() != null && !l.targetLabel().equals(targetLabel)) continue;
                    Outbox outbox = outboxes.apply(l.window());
                    if (outbox != null) outbox.deliverJson(l.callback(), prefix + l.id() + suffix);
                }
            }
        }
        List<JavaListener> listeners = java.get(event);
        if (listeners == null || listeners.isEmpty()) return;
        JsonNode tree = payload instanceof JsonNode node ? node : JsonCodec.mapper().valueToTree(payload);
        for (JavaListener l : listeners) {
            if (targetLabel != null && l.targetLabel() != null && !l.targetLabel().equals(targetLabel)) continue;
            if (l.once() && !l.done().compareAndSet(false, true)) continue;
            if (l.once()) listeners.remove(l);
            // on the emitting thread (a command's virtual thread or app code), so Java listeners see events in order
            try {
                l.handler().accept(new Event(event, l.id(), tree));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "listener of event '" + event + "' failed", e);
            }
        }
    }
}
