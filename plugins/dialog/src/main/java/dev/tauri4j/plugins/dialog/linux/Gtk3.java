package dev.tauri4j.plugins.dialog.linux;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * The few GTK 3 / GObject functions the dialogs need, bound through FFM on first use. A small duplicate of the
 * runtime's internal FFM plumbing, which plugins cannot reach; call them only on the GTK thread.
 */
final class Gtk3 {

    static final ValueLayout P = ValueLayout.ADDRESS;
    static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
    static final ValueLayout.OfLong L = ValueLayout.JAVA_LONG;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBS = SymbolLookup.libraryLookup("libgtk-3.so.0", Arena.global())
            .or(SymbolLookup.libraryLookup("libgobject-2.0.so.0", Arena.global()))
            .or(SymbolLookup.libraryLookup("libglib-2.0.so.0", Arena.global()));

    static final MethodHandle FILE_CHOOSER_NATIVE_NEW = fn("gtk_file_chooser_native_new", FunctionDescriptor.of(P, P, P, I, P, P));
    static final MethodHandle SET_SELECT_MULTIPLE = fn("gtk_file_chooser_set_select_multiple", FunctionDescriptor.ofVoid(P, I));
    static final MethodHandle SET_CURRENT_FOLDER = fn("gtk_file_chooser_set_current_folder", FunctionDescriptor.of(I, P, P));
    static final MethodHandle SET_CURRENT_NAME = fn("gtk_file_chooser_set_current_name", FunctionDescriptor.ofVoid(P, P));
    static final MethodHandle SET_CREATE_FOLDERS = fn("gtk_file_chooser_set_create_folders", FunctionDescriptor.ofVoid(P, I));
    static final MethodHandle SET_OVERWRITE_CONFIRMATION = fn("gtk_file_chooser_set_do_overwrite_confirmation", FunctionDescriptor.ofVoid(P, I));
    static final MethodHandle ADD_FILTER = fn("gtk_file_chooser_add_filter", FunctionDescriptor.ofVoid(P, P));
    static final MethodHandle GET_FILENAMES = fn("gtk_file_chooser_get_filenames", FunctionDescriptor.of(P, P));
    static final MethodHandle FILE_FILTER_NEW = fn("gtk_file_filter_new", FunctionDescriptor.of(P));
    static final MethodHandle FILE_FILTER_SET_NAME = fn("gtk_file_filter_set_name", FunctionDescriptor.ofVoid(P, P));
    static final MethodHandle FILE_FILTER_ADD_PATTERN = fn("gtk_file_filter_add_pattern", FunctionDescriptor.ofVoid(P, P));
    static final MethodHandle NATIVE_DIALOG_SET_MODAL = fn("gtk_native_dialog_set_modal", FunctionDescriptor.ofVoid(P, I));
    static final MethodHandle NATIVE_DIALOG_SHOW = fn("gtk_native_dialog_show", FunctionDescriptor.ofVoid(P));
    static final MethodHandle MESSAGE_DIALOG_NEW = LINKER.downcallHandle(symbol("gtk_message_dialog_new"),
            FunctionDescriptor.of(P, P, I, I, I, P, P), Linker.Option.firstVariadicArg(5));
    static final MethodHandle DIALOG_ADD_BUTTON = fn("gtk_dialog_add_button", FunctionDescriptor.of(P, P, P, I));
    static final MethodHandle DIALOG_SET_DEFAULT_RESPONSE = fn("gtk_dialog_set_default_response", FunctionDescriptor.ofVoid(P, I));
    static final MethodHandle WINDOW_SET_TITLE = fn("gtk_window_set_title", FunctionDescriptor.ofVoid(P, P));
    static final MethodHandle WIDGET_SHOW = fn("gtk_widget_show", FunctionDescriptor.ofVoid(P));
    static final MethodHandle WIDGET_DESTROY = fn("gtk_widget_destroy", FunctionDescriptor.ofVoid(P));
    static final MethodHandle SIGNAL_CONNECT_DATA = fn("g_signal_connect_data", FunctionDescriptor.of(L, P, P, P, P, P, I));
    static final MethodHandle OBJECT_UNREF = fn("g_object_unref", FunctionDescriptor.ofVoid(P));
    static final MethodHandle FREE = fn("g_free", FunctionDescriptor.ofVoid(P));
    static final MethodHandle SLIST_FREE = fn("g_slist_free", FunctionDescriptor.ofVoid(P));

    /** GtkFileChooserAction. */
    static final int ACTION_OPEN = 0, ACTION_SAVE = 1, ACTION_SELECT_FOLDER = 2;
    /** GtkResponseType: what a native file chooser answers when a file was accepted. */
    static final int RESPONSE_ACCEPT = -3;
    /** GtkDialogFlags: modal, and destroyed with its parent window. */
    static final int MODAL_WITH_PARENT = 1 | 2;
    /** GtkMessageType. */
    static final int INFO = 0, WARNING = 1, ERROR = 3;

    private Gtk3() {}

    private static MemorySegment symbol(String name) {
        return LIBS.find(name).orElseThrow(() -> new UnsatisfiedLinkError(name + " not found in GTK 3: sudo apt-get install libgtk-3-0"));
    }

    private static MethodHandle fn(String name, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(symbol(name), descriptor);
    }

    /** The paths a GSList of C strings holds; frees the strings and the list. */
    static java.util.List<java.nio.file.Path> takeFilenames(MemorySegment list) throws Throwable {
        var out = new java.util.ArrayList<java.nio.file.Path>();
        MemorySegment head = list;
        for (MemorySegment node = list; !node.equals(MemorySegment.NULL); ) {
            node = node.reinterpret(2 * P.byteSize());
            MemorySegment data = node.get(ValueLayout.ADDRESS, 0);
            out.add(java.nio.file.Path.of(data.reinterpret(Long.MAX_VALUE).getString(0)));
            FREE.invokeExact(data);
            node = node.get(ValueLayout.ADDRESS, P.byteSize());
        }
        if (!head.equals(MemorySegment.NULL)) SLIST_FREE.invokeExact(head);
        return out;
    }
}
