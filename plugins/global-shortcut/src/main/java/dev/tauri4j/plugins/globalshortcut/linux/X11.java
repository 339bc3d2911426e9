package dev.tauri4j.plugins.globalshortcut.linux;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * The Xlib and libc functions the key grabs need, bound through FFM on first use (plugins cannot reach the runtime's
 * internal bindings). A {@code Display} is used by one thread only: its owner in {@link X11KeyGrabs}.
 */
final class X11 {

    static final ValueLayout P = ValueLayout.ADDRESS;
    static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
    static final ValueLayout.OfLong L = ValueLayout.JAVA_LONG;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup X = libX11();

    static final MethodHandle OPEN_DISPLAY = x("XOpenDisplay", FunctionDescriptor.of(P, P));
    static final MethodHandle CLOSE_DISPLAY = x("XCloseDisplay", FunctionDescriptor.of(I, P));
    static final MethodHandle DEFAULT_ROOT = x("XDefaultRootWindow", FunctionDescriptor.of(L, P));
    static final MethodHandle CONNECTION_NUMBER = x("XConnectionNumber", FunctionDescriptor.of(I, P));
    static final MethodHandle KEYSYM_TO_KEYCODE = x("XKeysymToKeycode", FunctionDescriptor.of(ValueLayout.JAVA_BYTE, P, L));
    static final MethodHandle GRAB_KEY = x("XGrabKey", FunctionDescriptor.of(I, P, I, I, L, I, I, I));
    static final MethodHandle UNGRAB_KEY = x("XUngrabKey", FunctionDescriptor.of(I, P, I, I, L));
    static final MethodHandle SYNC = x("XSync", FunctionDescriptor.of(I, P, I));
    static final MethodHandle PENDING = x("XPending", FunctionDescriptor.of(I, P));
    static final MethodHandle NEXT_EVENT = x("XNextEvent", FunctionDescriptor.of(I, P, P));
    static final MethodHandle SET_ERROR_HANDLER = x("XSetErrorHandler", FunctionDescriptor.of(P, P));
    static final MethodHandle GET_ERROR_TEXT = x("XGetErrorText", FunctionDescriptor.of(I, P, I, P, I));
    static final MethodHandle DETECTABLE_AUTO_REPEAT = x("XkbSetDetectableAutoRepeat", FunctionDescriptor.of(I, P, I, P));
    /** An X error handler's signature: {@code int (*)(Display *, XErrorEvent *)}. */
    static final FunctionDescriptor ERROR_HANDLER = FunctionDescriptor.of(I, P, P);

    static final MethodHandle POLL = libc("poll", FunctionDescriptor.of(I, P, L, I));
    static final MethodHandle EVENTFD = libc("eventfd", FunctionDescriptor.of(I, I, I));
    static final MethodHandle READ = libc("read", FunctionDescriptor.of(L, I, P, L));
    static final MethodHandle WRITE = libc("write", FunctionDescriptor.of(L, I, P, L));
    static final MethodHandle CLOSE = libc("close", FunctionDescriptor.of(I, I));

    static final int KEY_PRESS = 2;
    static final int KEY_RELEASE = 3;
    static final int SHIFT_MASK = 1;
    static final int LOCK_MASK = 2;
    static final int CONTROL_MASK = 4;
    static final int MOD1_MASK = 8;
    static final int MOD2_MASK = 16;
    static final int MOD4_MASK = 64;
    static final int GRAB_MODE_ASYNC = 1;
    static final int BAD_ACCESS = 10;
    static final int EFD_NONBLOCK = 04000;
    static final int POLLIN = 1;

    /** sizeof(XEvent) on LP64: a union padded to 24 longs. */
    static final long EVENT_SIZE = 192;
    /** XKeyEvent's {@code unsigned int state} and {@code keycode} (after type, serial, send_event, display, 3 windows, time, 4 ints). */
    static final long KEY_STATE_OFFSET = 80;
    static final long KEY_KEYCODE_OFFSET = 84;
    /** XErrorEvent's {@code Display *display} and {@code unsigned char error_code}. */
    static final long ERROR_DISPLAY_OFFSET = 8;
    static final long ERROR_CODE_OFFSET = 32;
    static final long ERROR_EVENT_SIZE = 40;

    private X11() {}

    private static SymbolLookup libX11() {
        try {
            return SymbolLookup.libraryLookup("libX11.so.6", Arena.global());
        } catch (IllegalArgumentException e) {
            throw new UnsatisfiedLinkError("libX11.so.6 is needed for global shortcuts: sudo apt-get install libx11-6");
        }
    }

    private static MethodHandle x(String name, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(X.find(name).orElseThrow(() -> new UnsatisfiedLinkError(name + " not found in libX11")), descriptor);
    }

    private static MethodHandle libc(String name, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(LINKER.defaultLookup().find(name).orElseThrow(() -> new UnsatisfiedLinkError(name + " not found in libc")), descriptor);
    }

    /** A C function pointer to the static method {@code name} of {@code owner}, alive for the whole run. */
    static MemorySegment upcall(Class<?> owner, String name, FunctionDescriptor descriptor) {
        try {
            return LINKER.upcallStub(MethodHandles.lookup().findStatic(owner, name, descriptor.toMethodType()), descriptor, Arena.global());
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** A downcall to the error handler at {@code pointer} (the one that was installed before ours). */
    static MethodHandle handlerAt(MemorySegment pointer) {
        return LINKER.downcallHandle(pointer, ERROR_HANDLER);
    }
}
