package dev.tauri4j.plugins.globalshortcut.linux;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * X errors of one connection caught around a few requests. Xlib's default handler ends the process on any error (a
 * {@code BadAccess} for a key another client grabbed, say), and the handler is process-wide, shared with GDK's
 * connection: ours is installed only for the scope, takes the errors of the scope's display, and passes every
 * other to the handler it replaced.
 */
final class X11ErrorScope {

    /** One scope at a time in the process, since the handler is process-wide. */
    private static final Object LOCK = new Object();
    /** The first error code seen per display (by address) inside a scope. */
    private static final Map<Long, int[]> SCOPED = new ConcurrentHashMap<>();
    private static final MemorySegment HANDLER = X11.upcall(X11ErrorScope.class, "onError", X11.ERROR_HANDLER);
    private static volatile MemorySegment replaced = MemorySegment.NULL;

    private X11ErrorScope() {}

    /** Runs {@code requests} on {@code display} and waits for their answers; the first error code, 0 for none. */
    static int run(MemorySegment display, Runnable requests) {
        synchronized (LOCK) {
            int[] error = {0};
            X11KeyGrabs.invoke(() -> (int) X11.SYNC.invokeExact(display, 0)); // earlier requests' errors are not this scope's
            SCOPED.put(display.address(), error);
            MemorySegment previous = X11KeyGrabs.segment(() -> (MemorySegment) X11.SET_ERROR_HANDLER.invokeExact(HANDLER));
            if (!previous.equals(HANDLER)) replaced = previous;
            try {
                requests.run();
                X11KeyGrabs.invoke(() -> (int) X11.SYNC.invokeExact(display, 0));
            } finally {
                X11KeyGrabs.segment(() -> (MemorySegment) X11.SET_ERROR_HANDLER.invokeExact(previous));
                SCOPED.remove(display.address());
            }
            return error[0];
        }
    }

    /** The X error handler while a scope is open; an upcall must not throw. */
    static int onError(MemorySegment display, MemorySegment event) {
        try {
            int[] slot = SCOPED.get(display.address());
            if (slot != null) {
                if (slot[0] == 0) slot[0] = Byte.toUnsignedInt(event.reinterpret(X11.ERROR_EVENT_SIZE).get(ValueLayout.JAVA_BYTE, X11.ERROR_CODE_OFFSET));
                return 0;
            }
            MemorySegment other = replaced;
            return other.equals(MemorySegment.NULL) ? 0 : (int) X11.handlerAt(other).invokeExact(display, event);
        } catch (Throwable t) {
            return 0;
        }
    }
}
