package dev.tauri4j.plugins.clipboard.linux;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The GTK 3, GDK and GdkPixbuf functions the clipboard needs, bound through FFM on first use (plugins cannot reach
 * the runtime's internal bindings). Call them only on the GTK thread.
 */
final class Gtk {

    static final ValueLayout P = ValueLayout.ADDRESS;
    static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBS = SymbolLookup.libraryLookup("libgtk-3.so.0", Arena.global())
            .or(SymbolLookup.libraryLookup("libgdk-3.so.0", Arena.global()))
            .or(SymbolLookup.libraryLookup("libgdk_pixbuf-2.0.so.0", Arena.global()))
            .or(SymbolLookup.libraryLookup("libgobject-2.0.so.0", Arena.global()));

    static final MethodHandle ATOM_INTERN = fn("gdk_atom_intern", FunctionDescriptor.of(P, P, I));
    static final MethodHandle CLIPBOARD_GET = fn("gtk_clipboard_get", FunctionDescriptor.of(P, P));
    static final MethodHandle SET_TEXT = fn("gtk_clipboard_set_text", FunctionDescriptor.ofVoid(P, P, I));
    static final MethodHandle SET_IMAGE = fn("gtk_clipboard_set_image", FunctionDescriptor.ofVoid(P, P));
    static final MethodHandle SET_WITH_DATA = fn("gtk_clipboard_set_with_data", FunctionDescriptor.of(I, P, P, I, P, P, P));
    static final MethodHandle REQUEST_TEXT = fn("gtk_clipboard_request_text", FunctionDescriptor.ofVoid(P, P, P));
    static final MethodHandle REQUEST_IMAGE = fn("gtk_clipboard_request_image", FunctionDescriptor.ofVoid(P, P, P));
    static final MethodHandle TARGET_LIST_NEW = fn("gtk_target_list_new", FunctionDescriptor.of(P, P, I));
    static final MethodHandle TARGET_LIST_ADD = fn("gtk_target_list_add", FunctionDescriptor.ofVoid(P, P, I, I));
    static final MethodHandle TARGET_LIST_ADD_TEXT = fn("gtk_target_list_add_text_targets", FunctionDescriptor.ofVoid(P, I));
    static final MethodHandle TARGET_LIST_UNREF = fn("gtk_target_list_unref", FunctionDescriptor.ofVoid(P));
    static final MethodHandle TARGET_TABLE_FROM_LIST = fn("gtk_target_table_new_from_list", FunctionDescriptor.of(P, P, P));
    static final MethodHandle TARGET_TABLE_FREE = fn("gtk_target_table_free", FunctionDescriptor.ofVoid(P, I));
    static final MethodHandle SELECTION_SET = fn("gtk_selection_data_set", FunctionDescriptor.ofVoid(P, P, I, P, I));
    static final MethodHandle SELECTION_SET_TEXT = fn("gtk_selection_data_set_text", FunctionDescriptor.of(I, P, P, I));
    static final MethodHandle SELECTION_GET_TARGET = fn("gtk_selection_data_get_target", FunctionDescriptor.of(P, P));
    static final MethodHandle PIXBUF_NEW = fn("gdk_pixbuf_new", FunctionDescriptor.of(P, I, I, I, I, I));
    static final MethodHandle PIXBUF_PIXELS = fn("gdk_pixbuf_get_pixels", FunctionDescriptor.of(P, P));
    static final MethodHandle PIXBUF_WIDTH = fn("gdk_pixbuf_get_width", FunctionDescriptor.of(I, P));
    static final MethodHandle PIXBUF_HEIGHT = fn("gdk_pixbuf_get_height", FunctionDescriptor.of(I, P));
    static final MethodHandle PIXBUF_ROWSTRIDE = fn("gdk_pixbuf_get_rowstride", FunctionDescriptor.of(I, P));
    static final MethodHandle PIXBUF_CHANNELS = fn("gdk_pixbuf_get_n_channels", FunctionDescriptor.of(I, P));
    static final MethodHandle PIXBUF_BITS = fn("gdk_pixbuf_get_bits_per_sample", FunctionDescriptor.of(I, P));
    static final MethodHandle OBJECT_UNREF = fn("g_object_unref", FunctionDescriptor.ofVoid(P));

    /** GdkColorspace's only value. */
    static final int COLORSPACE_RGB = 0;
    /** A GtkTargetEntry: {@code gchar *target; guint flags; guint info;}. */
    static final long TARGET_ENTRY_SIZE = 16;

    private Gtk() {}

    private static MethodHandle fn(String name, FunctionDescriptor descriptor) {
        MemorySegment symbol = LIBS.find(name).orElseThrow(() ->
                new UnsatisfiedLinkError(name + " not found in GTK 3: sudo apt-get install libgtk-3-0"));
        return LINKER.downcallHandle(symbol, descriptor);
    }

    /** A C function pointer that calls the static method {@code name} of {@code owner}, alive for the whole run. */
    static MemorySegment upcall(Class<?> owner, String name, FunctionDescriptor descriptor) {
        try {
            MethodType type = descriptor.toMethodType();
            return LINKER.upcallStub(MethodHandles.lookup().findStatic(owner, name, type), descriptor, Arena.global());
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
