package dev.tauri4j.plugins.windowstate;

import dev.tauri4j.PhysicalPosition;
import dev.tauri4j.PhysicalSize;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;

/**
 * The last positions and sizes one window reported, to tell its normal geometry when it is maximized. Tauri reads the
 * window's state while it handles each move; here events are handled later, when the window's state may no longer
 * be what it was at the event, so the normal geometry is the latest one that is not the maximized window's own.
 */
final class GeometryHistory {

    private static final int KEPT = 8;
    private final Deque<PhysicalPosition> positions = new ArrayDeque<>();
    private final Deque<PhysicalSize> sizes = new ArrayDeque<>();

    synchronized void moved(PhysicalPosition p) {
        add(positions, p);
    }

    synchronized void resized(PhysicalSize s) {
        add(sizes, s);
    }

    /** The position to save: the current one, or while maximized the latest one before it; empty when unknown. */
    synchronized Optional<PhysicalPosition> normalPosition(boolean maximized, PhysicalPosition current) {
        return normal(positions, maximized, current);
    }

    /** The size to save, as {@link #normalPosition}. */
    synchronized Optional<PhysicalSize> normalSize(boolean maximized, PhysicalSize current) {
        return normal(sizes, maximized, current);
    }

    private static <T> Optional<T> normal(Deque<T> seen, boolean maximized, T current) {
        if (!maximized) return Optional.of(current);
        for (Iterator<T> it = seen.descendingIterator(); it.hasNext(); ) {
            T t = it.next();
            if (!t.equals(current)) return Optional.of(t);
        }
        return Optional.empty();
    }

    private static <T> void add(Deque<T> seen, T t) {
        if (t.equals(seen.peekLast())) return;
        seen.addLast(t);
        if (seen.size() > KEPT) seen.removeFirst();
    }
}
