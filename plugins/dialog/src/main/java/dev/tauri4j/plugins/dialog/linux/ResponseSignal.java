package dev.tauri4j.plugins.dialog.linux;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * The {@code response} signal of GtkDialog and GtkNativeDialog, {@code void (*)(GObject*, gint, gpointer)}: one
 * upcall stub for every dialog, the pointer argument naming which Java handler gets the response, once.
 */
final class ResponseSignal {

    private static final Map<Long, IntConsumer> HANDLERS = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT = new AtomicLong(1);
    private static final MemorySegment STUB;

    static {
        try {
            var target = MethodHandles.lookup().findStatic(ResponseSignal.class, "fired",
                    MethodType.methodType(void.class, MemorySegment.class, int.class, MemorySegment.class));
            STUB = Linker.nativeLinker().upcallStub(target, FunctionDescriptor.ofVoid(Gtk3.P, Gtk3.I, Gtk3.P), Arena.global());
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private ResponseSignal() {}

    /** Calls {@code handler} with the response id the first time {@code dialog} emits {@code response}. */
    static void connect(MemorySegment dialog, IntConsumer handler) throws Throwable {
        long id = NEXT.getAndIncrement();
        HANDLERS.put(id, handler);
        try (Arena arena = Arena.ofConfined()) {
            long unused = (long) Gtk3.SIGNAL_CONNECT_DATA.invokeExact(dialog, arena.allocateFrom("response"), STUB,
                    MemorySegment.ofAddress(id), MemorySegment.NULL, 0);
        }
    }

    private static void fired(MemorySegment dialog, int response, MemorySegment data) {
        IntConsumer handler = HANDLERS.remove(data.address());
        if (handler == null) return;
        try {
            handler.accept(response);
        } catch (Throwable t) {
            // an exception must not unwind into GTK: that would end the JVM
            System.getLogger(ResponseSignal.class.getName()).log(System.Logger.Level.ERROR, "dialog response handler failed", t);
        }
    }
}
