package dev.tauri4j.plugins.windowstate;

import dev.tauri4j.PhysicalPosition;
import dev.tauri4j.PhysicalSize;
import dev.tauri4j.Window;

/**
 * What a window shows right now, read before {@link WindowState} takes its lock: a read waits for the UI thread, which
 * may itself be waiting for that lock (a close request).
 *
 * @param size       the inner size
 * @param position   the outer position
 * @param maximized  maximized
 * @param minimized  iconified
 * @param visible    shown
 * @param decorated  has a title bar and borders
 * @param fullscreen fullscreen
 */
record Observed(PhysicalSize size, PhysicalPosition position, boolean maximized, boolean minimized, boolean visible,
        boolean decorated, boolean fullscreen) {

    /** Reads what {@code flags} need from {@code window} (Tauri reads the same getters). */
    static Observed of(Window window, StateFlags flags) {
        boolean geometry = flags.intersects(StateFlags.SIZE.with(StateFlags.POSITION));
        return new Observed(
                flags.contains(StateFlags.SIZE) ? window.innerSize() : null,
                flags.contains(StateFlags.POSITION) ? window.outerPosition() : null,
                (geometry || flags.contains(StateFlags.MAXIMIZED)) && window.isMaximized(),
                geometry && window.isMinimized(),
                flags.contains(StateFlags.VISIBLE) ? window.isVisible() : true,
                flags.contains(StateFlags.DECORATIONS) ? window.isDecorated() : true,
                flags.contains(StateFlags.FULLSCREEN) && window.isFullscreen());
    }

    /**
     * Records this into {@code saved} as Tauri's {@code update_state}, except that a maximized window's geometry is
     * the normal one before it ({@code history}), not left as it was: an iconified window's is not its own; a zero
     * size is never kept.
     */
    void into(SavedWindow saved, StateFlags flags, GeometryHistory history) {
        if (flags.contains(StateFlags.MAXIMIZED)) saved.maximized = maximized;
        if (flags.contains(StateFlags.FULLSCREEN)) saved.fullscreen = fullscreen;
        if (flags.contains(StateFlags.DECORATIONS)) saved.decorated = decorated;
        if (flags.contains(StateFlags.VISIBLE)) saved.visible = visible;
        if (minimized) return;
        if (size != null) {
            history.normalSize(maximized, size).filter(s -> s.width() > 0 && s.height() > 0).ifPresent(s -> {
                saved.width = s.width();
                saved.height = s.height();
            });
        }
        if (position != null) {
            // without SIZE in the flags the current size is unknown here: read as "any size"
            history.normalPosition(maximized, position, size).ifPresent(p -> saved.moveTo(p.x(), p.y()));
        }
    }

    /** A new entry for a window the file did not know, as Tauri's restore records one. */
    SavedWindow toNewEntry(StateFlags flags) {
        SavedWindow s = new SavedWindow();
        if (size != null) {
            s.width = size.width();
            s.height = size.height();
        }
        if (position != null) s.moveTo(position.x(), position.y());
        s.maximized = flags.contains(StateFlags.MAXIMIZED) && maximized;
        s.visible = visible;
        s.decorated = decorated;
        s.fullscreen = fullscreen;
        return s;
    }
}
