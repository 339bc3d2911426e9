package dev.tauri4j.plugins.windowstate;

import dev.tauri4j.PhysicalPosition;
import dev.tauri4j.PhysicalSize;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;

/**
 * The last positions and sizes one window reported, in order, to tell its normal geometry when it is maximized.
 * Tauri reads the window's state while it handles each move; here events are handled later, when the state may no
 * longer be what it was at the event. So a maximized window's normal size is the latest size that is not its current
 * one, and its normal position the latest one reported while it had another size: the moves that come with a
 * maximize (openbox reports the frame at 149,119 on the way from 150,120 to 0,0) are not normal ones.
 */
final class GeometryHistory {

    private static final int KEPT = 8;

    private record Move(PhysicalPosition position, PhysicalSize sizeThen) {}

    private final Deque<Move> moves = new ArrayDeque<>();
    private final Deque<PhysicalSize> sizes = new ArrayDeque<>();

    synchronized void moved(PhysicalPosition p) {
        Move last = moves.peekLast();
        if (last != null && last.position().equals(p)) return;
        moves.addLast(new Move(p, sizes.peekLast()));
        if (moves.size() > KEPT) moves.removeFirst();
    }

    synchronized void resized(PhysicalSize s) {
        if (s.equals(sizes.peekLast())) return;
        sizes.addLast(s);
        if (sizes.size() > KEPT) sizes.removeFirst();
    }

    /**
     * The position to save: the current one, or while maximized the latest one reported at another size than
     * {@code currentSize}; empty when unknown.
     */
    synchronized Optional<PhysicalPosition> normalPosition(boolean maximized, PhysicalPosition current, PhysicalSize currentSize) {
        if (!maximized) return Optional.of(current);
        for (Iterator<Move> it = moves.descendingIterator(); it.hasNext(); ) {
            Move m = it.next();
            if (!m.position().equals(current) && (m.sizeThen() == null || !m.sizeThen().equals(currentSize))) {
                return Optional.of(m.position());
            }
        }
        return Optional.empty();
    }

    /** The size to save: the current one, or while maximized the latest other one; empty when unknown. */
    synchronized Optional<PhysicalSize> normalSize(boolean maximized, PhysicalSize current) {
        if (!maximized) return Optional.of(current);
        for (Iterator<PhysicalSize> it = sizes.descendingIterator(); it.hasNext(); ) {
            PhysicalSize s = it.next();
            if (!s.equals(current)) return Optional.of(s);
        }
        return Optional.empty();
    }
}
