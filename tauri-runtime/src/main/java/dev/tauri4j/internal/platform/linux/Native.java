package dev.tauri4j.internal.platform.linux;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;

/** The FFM plumbing for GTK 3 + WebKitGTK 4.1: library lookup, lazy downcalls, guarded upcalls, C strings. */
final class Native {

    static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
    static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG;
    static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE;
    static final ValueLayout.OfByte BYTE = ValueLayout.JAVA_BYTE;
    static final ValueLayout.OfShort SHORT = ValueLayout.JAVA_SHORT;
    static final MemoryLayout PTR = ValueLayout.ADDRESS;
    static final MemorySegment NULL = MemorySegment.NULL;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final String[] LIBRARIES = {
        "libwebkit2gtk-4.1.so.0", "libjavascriptcoregtk-4.1.so.0", "libgtk-3.so.0", "libgdk-3.so.0",
        "libsoup-3.0.so.0", "libgio-2.0.so.0", "libgobject-2.0.so.0", "libglib-2.0.so.0",
    };
    private static volatile SymbolLookup lookup;
    private static volatile Thread uiThread;

    private Native() {}

    /** Opens the libraries once; a missing one becomes an error that says what to install. */
    static SymbolLookup lookup() {
        SymbolLookup l = lookup;
        if (l == null) {
            synchronized (Native.class) {
                if (lookup == null) {
                    SymbolLookup combined = null;
                    for (String lib : LIBRARIES) {
                        SymbolLookup one;
                        try {
                            one = SymbolLookup.libraryLookup(lib, Arena.global());
                        } catch (IllegalArgumentException e) {
                            throw new IllegalStateException("Cannot load " + lib + ": WebKitGTK 4.1 and GTK 3 are needed."
                                    + " Fix: sudo apt-get install libwebkit2gtk-4.1-0 libgtk-3-0", e);
                        }
                        combined = combined == null ? one : combined.or(one);
                    }
                    lookup = combined;
                }
                l = lookup;
            }
        }
        return l;
    }

    /** Declares the calling thread as the one that owns GTK; every UI-only downcall checks it. */
    static void claimUiThread() {
        uiThread = Thread.currentThread();
    }

    static boolean onUiThread() {
        return Thread.currentThread() == uiThread;
    }

    /** A C function bound on first use; UI-only functions refuse to run off the GTK thread. */
    static final class Fn {
        private final String name;
        private final FunctionDescriptor descriptor;
        private final boolean uiOnly;
        private final int firstVariadic;
        private volatile MethodHandle handle;

        private Fn(String name, FunctionDescriptor descriptor, boolean uiOnly, int firstVariadic) {
            this.name = name;
            this.descriptor = descriptor;
            this.uiOnly = uiOnly;
            this.firstVariadic = firstVariadic;
        }

        /** The downcall handle; invokeExact it with the exact C signature. */
        MethodHandle h() {
            if (uiOnly && Thread.currentThread() != uiThread) {
                throw new IllegalStateException(name + " called on " + Thread.currentThread().getName()
                        + "; GTK and WebKit may only be used on the UI thread (dispatch the call there)");
            }
            return link();
        }

        /** Creates the handle without calling anything, so any thread may do it ahead of time. */
        MethodHandle link() {
            MethodHandle mh = handle;
            if (mh == null) {
                MemorySegment symbol = lookup().find(name)
                        .orElseThrow(() -> new UnsatisfiedLinkError("symbol " + name + " not found in WebKitGTK 4.1 / GTK 3"));
                mh = firstVariadic < 0
                        ? LINKER.downcallHandle(symbol, descriptor)
                        : LINKER.downcallHandle(symbol, descriptor, Linker.Option.firstVariadicArg(firstVariadic));
                handle = mh;
            }
            return mh;
        }
    }

    /**
     * Links every function of these tables on a background thread. Linking costs a few milliseconds per
     * function; done while the UI thread is busy in gtk_init, it is off the start-up path.
     */
    static void prelinkInBackground(Class<?>... tables) {
        Thread.ofPlatform().daemon().name("tauri-prelink").start(() -> {
            for (Class<?> table : tables) {
                try {
                    Class.forName(table.getName(), true, table.getClassLoader()); // static upcall stubs, if any
                } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
                    return;
                }
                for (var field : table.getDeclaredFields()) {
                    if (field.getType() != Fn.class) continue;
                    try {
                        ((Fn) field.get(null)).link();
                    } catch (ReflectiveOperationException | RuntimeException | UnsatisfiedLinkError e) {
                        return; // the real call reports the problem with its own message
                    }
                }
            }
        });
    }

    /** A UI-thread-only function returning {@code ret} (null for void). */
    static Fn ui(String name, MemoryLayout ret, MemoryLayout... args) {
        return new Fn(name, descriptor(ret, args), true, -1);
    }

    /** A function that GLib documents as thread-safe. */
    static Fn any(String name, MemoryLayout ret, MemoryLayout... args) {
        return new Fn(name, descriptor(ret, args), false, -1);
    }

    /** A UI-thread-only variadic function; {@code firstVariadic} is the index of the first variadic argument. */
    static Fn variadic(String name, int firstVariadic, MemoryLayout ret, MemoryLayout... args) {
        return new Fn(name, descriptor(ret, args), true, firstVariadic);
    }

    private static FunctionDescriptor descriptor(MemoryLayout ret, MemoryLayout... args) {
        return ret == null ? FunctionDescriptor.ofVoid(args) : FunctionDescriptor.of(ret, args);
    }

    /**
     * An upcall stub for a static method of {@code owner}, kept for the life of the process (C may call it any time).
     * Any exception escaping the Java code would kill the JVM, so every stub is wrapped: the exception is logged
     * and the C caller gets 0 / NULL.
     */
    static MemorySegment upcall(Class<?> owner, String method, MemoryLayout ret, MemoryLayout... args) {
        FunctionDescriptor fd = descriptor(ret, args);
        try {
            MethodHandles.Lookup caller = MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
            MethodHandle target = caller.findStatic(owner, method, fd.toMethodType());
            MethodHandle onError = MethodHandles.insertArguments(
                    MethodHandles.lookup().findStatic(Native.class, "upcallFailed",
                            MethodType.methodType(Object.class, String.class, Throwable.class)), 0, owner.getSimpleName() + "." + method);
            Class<?> rtype = target.type().returnType();
            MethodHandle handler = rtype == void.class
                    ? MethodHandles.dropReturn(onError)
                    : MethodHandles.filterReturnValue(onError, defaultValue(rtype));
            handler = MethodHandles.dropArguments(handler, 1, target.type().parameterList());
            return LINKER.upcallStub(MethodHandles.catchException(target, Throwable.class, handler), fd, Arena.global());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("upcall target " + owner.getName() + "." + method, e);
        }
    }

    private static MethodHandle defaultValue(Class<?> type) throws ReflectiveOperationException {
        Object value = type == int.class ? (Object) 0 : type == long.class ? (Object) 0L : NULL;
        return MethodHandles.dropArguments(MethodHandles.constant(type, value), 0, Object.class);
    }

    @SuppressWarnings("unused") // called through the upcall guard
    private static Object upcallFailed(String where, Throwable error) {
        System.getLogger("dev.tauri4j.webview").log(System.Logger.Level.ERROR, "callback " + where + " failed", error);
        return null;
    }

    /** Reads a NUL-terminated UTF-8 string; NULL becomes null. */
    static String string(MemorySegment p) {
        return p.equals(NULL) ? null : p.reinterpret(Long.MAX_VALUE).getString(0, StandardCharsets.UTF_8);
    }
}
