package dev.tauri4j.plugins.windowstate;

import dev.tauri4j.Monitor;
import java.util.List;

/**
 * Tauri's rule against restoring a window off-screen: the saved position is used only when a corner of the saved
 * window lies on a monitor (a monitor that was unplugged since leaves the placement to the window manager).
 */
final class Placement {

    private Placement() {}

    /** Whether the window at ({@code x}, {@code y}) of {@code width} x {@code height} physical pixels has a corner on a monitor. */
    static boolean onAMonitor(List<Monitor> monitors, int x, int y, long width, long height) {
        for (Monitor m : monitors) {
            if (holdsACorner(m, x, y, width, height)) return true;
        }
        return false;
    }

    private static boolean holdsACorner(Monitor m, long x, long y, long width, long height) {
        long left = m.position().x();
        long top = m.position().y();
        long right = left + m.size().width();
        long bottom = top + m.size().height();
        for (long cx : new long[] {x, x + width}) {
            for (long cy : new long[] {y, y + height}) {
                if (cx >= left && cx < right && cy >= top && cy < bottom) return true;
            }
        }
        return false;
    }
}
