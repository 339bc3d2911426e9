package dev.tauri4j.plugins.globalshortcut.linux;

import static dev.tauri4j.plugins.globalshortcut.ShortcutException.FAILED;

import dev.tauri4j.plugins.globalshortcut.KeyGrabs;
import dev.tauri4j.plugins.globalshortcut.Modifier;
import dev.tauri4j.plugins.globalshortcut.Shortcut;
import dev.tauri4j.plugins.globalshortcut.ShortcutEvent;
import dev.tauri4j.plugins.globalshortcut.ShortcutException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * Global shortcuts as passive key grabs ({@code XGrabKey}) on the root window, over the plugin's own Xlib connection,
 * which one platform thread owns: it runs the grab requests and polls the connection for the key events.
 *
 * <p>X matches a grab's modifiers exactly, and NumLock and CapsLock count as modifiers while on, so each shortcut is
 * grabbed four times (with neither, either, both). A grab another client holds fails with {@code BadAccess}, which
 * Xlib's default handler would end the process for: grabs run in an {@link X11ErrorScope}.
 */
public final class X11KeyGrabs implements KeyGrabs {

    private static final int[] LOCKS = {0, X11.MOD2_MASK, X11.LOCK_MASK, X11.MOD2_MASK | X11.LOCK_MASK};
    private static final int MODIFIER_MASKS = X11.SHIFT_MASK | X11.CONTROL_MASK | X11.MOD1_MASK | X11.MOD4_MASK;


    private static final class Grab {
        final Shortcut shortcut;
        final int mask;
        boolean pressed;

        Grab(Shortcut shortcut, int mask) {
            this.shortcut = shortcut;
            this.mask = mask;
        }
    }

    private final String name;
    private final Events events;
    private final Queue<Runnable> requests = new ConcurrentLinkedQueue<>();
    private final CompletableFuture<Void> opened = new CompletableFuture<>();
    private final Thread thread;
    // the fields below are the platform thread's, except wakeFd (set before `opened` completes)
    private final Map<Integer, List<Grab>> grabs = new HashMap<>();
    private MemorySegment display;
    private long root;
    private volatile int wakeFd = -1;
    private volatile boolean closing;
    /** Whether requests may use the display: from its opening until the thread starts closing it. */
    private volatile boolean open;

    private X11KeyGrabs(String name, Events events) {
        this.name = name;
        this.events = events;
        this.thread = Thread.ofPlatform().daemon().name("global-shortcut-x11").start(this::run);
    }

    /**
     * Connects to the X display {@code display} (the app's {@code $DISPLAY}); {@code wayland} is
     * {@code $WAYLAND_DISPLAY}, for the error when there is no X display.
     */
    public static X11KeyGrabs open(String display, String wayland, Events events) {
        if (display == null || display.isBlank()) {
            if (wayland != null && !wayland.isBlank()) {
                throw new ShortcutException(FAILED, "global shortcuts need an X11 display, and this Wayland session has none"
                        + " (WAYLAND_DISPLAY=" + wayland + ", DISPLAY unset); the GlobalShortcuts desktop portal"
                        + " (org.freedesktop.portal.GlobalShortcuts) is not supported yet. Fix: run the app with XWayland"
                        + " (DISPLAY set, e.g. DISPLAY=:0) or in an X11 session");
            }
            throw new ShortcutException(FAILED, "global shortcuts need an X11 display and DISPLAY is not set."
                    + " Fix: run the app in an X11 session, or set DISPLAY");
        }
        X11KeyGrabs grabs = new X11KeyGrabs(display, events);
        try {
            grabs.opened.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return grabs;
    }

    @Override
    public void grab(Shortcut shortcut) {
        call(() -> {
            int keycode = keycode(shortcut, "Unable to register hotkey: ");
            int mask = mask(shortcut);
            List<Grab> onKey = grabs.computeIfAbsent(keycode, k -> new ArrayList<>());
            if (onKey.stream().anyMatch(g -> g.mask == mask)) {
                throw ShortcutException.alreadyRegistered(shortcut, " (by this app; unregister it first)");
            }
            int error = scoped(() -> {
                for (int lock : LOCKS) invoke(() -> (int) X11.GRAB_KEY.invokeExact(display, keycode, mask | lock, root, 0,
                        X11.GRAB_MODE_ASYNC, X11.GRAB_MODE_ASYNC));
            });
            if (error != 0) {
                scoped(() -> ungrabKey(keycode, mask));
                if (error == X11.BAD_ACCESS) {
                    throw ShortcutException.alreadyRegistered(shortcut, " (another application holds this key combination on"
                            + " X display " + name + "). Fix: pick another shortcut, or quit the application that uses it");
                }
                throw new ShortcutException(FAILED, "Unable to register hotkey: X error " + errorText(error) + " grabbing " + shortcut);
            }
            onKey.add(new Grab(shortcut, mask));
            return null;
        });
    }

    @Override
    public void ungrab(Shortcut shortcut) {
        call(() -> {
            if (KeySyms.of(shortcut.key()).isEmpty()) return null; // never grabbed
            int keycode = keycode(shortcut, "Failed to unregister hotkey: ");
            int mask = mask(shortcut);
            List<Grab> onKey = grabs.get(keycode);
            if (onKey != null && onKey.removeIf(g -> g.mask == mask)) scoped(() -> ungrabKey(keycode, mask));
            return null;
        });
    }

    @Override
    public void close() {
        closing = true;
        wake();
        if (Thread.currentThread() != thread) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        try (Arena arena = Arena.ofConfined()) {
            display = (MemorySegment) X11.OPEN_DISPLAY.invokeExact(arena.allocateFrom(name));
            if (display.equals(MemorySegment.NULL)) {
                opened.completeExceptionally(new ShortcutException(FAILED, "cannot open the X display " + name
                        + " for global shortcuts. Fix: check DISPLAY (and XAUTHORITY), e.g. run xdpyinfo"));
                return;
            }
            try {
                int ignored = (int) X11.DETECTABLE_AUTO_REPEAT.invokeExact(display, 1, MemorySegment.NULL); // a held key: presses without releases
                root = (long) X11.DEFAULT_ROOT.invokeExact(display);
                int xfd = (int) X11.CONNECTION_NUMBER.invokeExact(display);
                wakeFd = (int) X11.EVENTFD.invokeExact(0, X11.EFD_NONBLOCK);
                open = true;
                opened.complete(null);
                loop(arena, xfd);
            } finally {
                open = false;
                for (var onKey : grabs.entrySet()) for (Grab g : onKey.getValue()) scoped(() -> ungrabKey(onKey.getKey(), g.mask));
                grabs.clear();
                int ignored = (int) X11.CLOSE_DISPLAY.invokeExact(display);
                if (wakeFd >= 0) ignored = (int) X11.CLOSE.invokeExact(wakeFd);
            }
        } catch (Throwable t) {
            opened.completeExceptionally(t);
            System.getLogger(X11KeyGrabs.class.getName()).log(System.Logger.Level.ERROR, "global shortcuts on X display " + name + " stopped", t);
        } finally {
            closing = true;
            Runnable r;
            while ((r = requests.poll()) != null) r.run(); // each fails: see call()
        }
    }

    private void loop(Arena arena, int xfd) throws Throwable {
        MemorySegment fds = arena.allocate(16); // struct pollfd[2] {int fd; short events; short revents;}
        fds.set(X11.I, 0, xfd);
        fds.set(ValueLayout.JAVA_SHORT, 4, (short) X11.POLLIN);
        fds.set(X11.I, 8, wakeFd);
        fds.set(ValueLayout.JAVA_SHORT, 12, (short) X11.POLLIN);
        MemorySegment event = arena.allocate(X11.EVENT_SIZE);
        MemorySegment counter = arena.allocate(8);
        while (!closing) {
            Runnable request;
            while ((request = requests.poll()) != null) request.run();
            // XPending also reads what a request's XSync queued, which poll() would not see on the socket
            while ((int) X11.PENDING.invokeExact(display) > 0) {
                int ignored = (int) X11.NEXT_EVENT.invokeExact(display, event);
                dispatch(event);
            }
            if (closing || !requests.isEmpty()) continue;
            int ready = (int) X11.POLL.invokeExact(fds, 2L, -1);
            long drained = (long) X11.READ.invokeExact(wakeFd, counter, 8L);
        }
    }

    private void dispatch(MemorySegment event) {
        int type = event.get(X11.I, 0);
        if (type != X11.KEY_PRESS && type != X11.KEY_RELEASE) return;
        List<Grab> onKey = grabs.get(event.get(X11.I, X11.KEY_KEYCODE_OFFSET));
        if (onKey == null) return;
        int held = event.get(X11.I, X11.KEY_STATE_OFFSET) & MODIFIER_MASKS;
        for (Grab g : onKey) {
            if (type == X11.KEY_PRESS && g.mask == held && !g.pressed) {
                g.pressed = true;
                events.on(g.shortcut, ShortcutEvent.State.Pressed);
            } else if (type == X11.KEY_RELEASE && g.pressed) {
                // whatever is held now: the modifiers may have come up first
                g.pressed = false;
                events.on(g.shortcut, ShortcutEvent.State.Released);
            }
        }
    }

    private <T> T call(Supplier<T> request) {
        CompletableFuture<T> result = new CompletableFuture<>();
        requests.add(() -> {
            if (!open) {
                result.completeExceptionally(new ShortcutException(FAILED, "global shortcuts on X display " + name + " are closed"));
                return;
            }
            try {
                result.complete(request.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        if (!thread.isAlive()) {
            Runnable r;
            while ((r = requests.poll()) != null) r.run(); // the thread is gone: fail them here
        }
        wake();
        try {
            return result.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void wake() {
        int fd = wakeFd;
        if (fd < 0) return;
        try (Arena arena = Arena.ofConfined()) {
            long written = (long) X11.WRITE.invokeExact(fd, arena.allocateFrom(ValueLayout.JAVA_LONG, 1L), 8L);
        } catch (Throwable t) {
            throw new IllegalStateException("cannot wake the global-shortcut thread", t);
        }
    }

    private int keycode(Shortcut shortcut, String prefix) {
        long sym = KeySyms.of(shortcut.key()).orElseThrow(() -> new ShortcutException(FAILED,
                prefix + "Unknown scancode for key: " + shortcut.key() + " (X11 has no keysym for it). Fix: pick another key"));
        int keycode = Byte.toUnsignedInt(invokeByte(() -> (byte) X11.KEYSYM_TO_KEYCODE.invokeExact(display, sym)));
        if (keycode == 0) {
            throw new ShortcutException(FAILED, prefix + "Unable to find keycode for key: " + shortcut.key()
                    + " (the keyboard map of X display " + name + " has no key for keysym 0x" + Long.toHexString(sym) + ")");
        }
        return keycode;
    }

    private static int mask(Shortcut shortcut) {
        int mask = 0;
        for (Modifier m : shortcut.modifiers()) {
            mask |= switch (m) {
                case SHIFT -> X11.SHIFT_MASK;
                case CONTROL -> X11.CONTROL_MASK;
                case ALT -> X11.MOD1_MASK;
                case META -> X11.MOD4_MASK;
            };
        }
        return mask;
    }

    private void ungrabKey(int keycode, int mask) {
        for (int lock : LOCKS) invoke(() -> (int) X11.UNGRAB_KEY.invokeExact(display, keycode, mask | lock, root));
    }

    /** Runs {@code requests} with this connection's X errors caught; answers the first error code, 0 for none. */
    private int scoped(Runnable requests) {
        return X11ErrorScope.run(display, requests);
    }

    private String errorText(int code) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment text = arena.allocate(256);
            invoke(() -> (int) X11.GET_ERROR_TEXT.invokeExact(display, code, text, 256));
            return text.getString(0) + " (" + code + ")";
        }
    }

    @FunctionalInterface
    interface NativeCall<T> {
        T call() throws Throwable;
    }

    static void invoke(NativeCall<Integer> call) {
        segmentOrValue(call);
    }

    private static byte invokeByte(NativeCall<Byte> call) {
        return segmentOrValue(call);
    }

    static MemorySegment segment(NativeCall<MemorySegment> call) {
        return segmentOrValue(call);
    }

    private static <T> T segmentOrValue(NativeCall<T> call) {
        try {
            return call.call();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
