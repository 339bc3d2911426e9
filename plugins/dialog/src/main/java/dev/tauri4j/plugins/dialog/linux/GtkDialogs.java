package dev.tauri4j.plugins.dialog.linux;

import dev.tauri4j.App;
import dev.tauri4j.Window;
import dev.tauri4j.plugins.dialog.DialogFilter;
import dev.tauri4j.plugins.dialog.FileRequest;
import dev.tauri4j.plugins.dialog.MessageRequest;
import dev.tauri4j.plugins.dialog.NativeDialogs;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * GTK 3's dialogs: GtkFileChooserNative (the desktop portal's chooser where there is one, GTK's own otherwise) and
 * GtkMessageDialog, both modal to the calling window. They are created and shown on the GTK thread through
 * {@link App#runOnMainThread} and answer from their {@code response} signal, so neither the UI thread nor the
 * command's thread waits for the user.
 */
public final class GtkDialogs implements NativeDialogs {

    private final App app;

    public GtkDialogs(App app) {
        this.app = app;
    }

    @Override
    public CompletableFuture<List<Path>> choose(Window parent, FileRequest request) {
        CompletableFuture<List<Path>> answer = new CompletableFuture<>();
        onUiThread(answer, () -> showChooser(parent.nativeHandle(), request, answer));
        return answer;
    }

    @Override
    public CompletableFuture<String> message(Window parent, MessageRequest request) {
        CompletableFuture<String> answer = new CompletableFuture<>();
        onUiThread(answer, () -> showMessage(parent.nativeHandle(), request, answer));
        return answer;
    }

    private interface NativeTask {
        void run() throws Throwable;
    }

    private void onUiThread(CompletableFuture<?> answer, NativeTask task) {
        app.runOnMainThread(() -> {
            try {
                task.run();
            } catch (Throwable t) {
                answer.completeExceptionally(t);
            }
        });
    }

    private static void showChooser(MemorySegment parent, FileRequest r, CompletableFuture<List<Path>> answer) throws Throwable {
        int action = switch (r.mode()) {
            case OPEN_FILES -> Gtk3.ACTION_OPEN;
            case OPEN_FOLDERS -> Gtk3.ACTION_SELECT_FOLDER;
            case SAVE -> Gtk3.ACTION_SAVE;
        };
        MemorySegment chooser;
        try (Arena arena = Arena.ofConfined()) {
            String title = r.title() != null ? r.title() : r.mode() == FileRequest.Mode.SAVE ? "Save File" : "Open File";
            chooser = (MemorySegment) Gtk3.FILE_CHOOSER_NATIVE_NEW.invokeExact(arena.allocateFrom(title), parent, action,
                    MemorySegment.NULL, MemorySegment.NULL);
            Gtk3.SET_SELECT_MULTIPLE.invokeExact(chooser, r.multiple() && r.mode() != FileRequest.Mode.SAVE ? 1 : 0);
            if (r.mode() == FileRequest.Mode.SAVE) Gtk3.SET_OVERWRITE_CONFIRMATION.invokeExact(chooser, 1);
            if (r.createFolders().isPresent()) Gtk3.SET_CREATE_FOLDERS.invokeExact(chooser, r.createFolders().get() ? 1 : 0);
            if (r.folder().isPresent()) {
                int unused = (int) Gtk3.SET_CURRENT_FOLDER.invokeExact(chooser, arena.allocateFrom(r.folder().get().toString()));
            }
            if (r.name().isPresent() && r.mode() == FileRequest.Mode.SAVE) {
                Gtk3.SET_CURRENT_NAME.invokeExact(chooser, arena.allocateFrom(r.name().get()));
            }
            for (DialogFilter f : r.filters()) {
                MemorySegment filter = (MemorySegment) Gtk3.FILE_FILTER_NEW.invokeExact();
                Gtk3.FILE_FILTER_SET_NAME.invokeExact(filter, arena.allocateFrom(f.name()));
                for (String pattern : f.patterns()) Gtk3.FILE_FILTER_ADD_PATTERN.invokeExact(filter, arena.allocateFrom(pattern));
                Gtk3.ADD_FILTER.invokeExact(chooser, filter); // the chooser takes the floating reference
            }
        }
        Gtk3.NATIVE_DIALOG_SET_MODAL.invokeExact(chooser, 1);
        ResponseSignal.connect(chooser, response -> {
            try {
                List<Path> picked = response == Gtk3.RESPONSE_ACCEPT
                        ? Gtk3.takeFilenames((MemorySegment) Gtk3.GET_FILENAMES.invokeExact(chooser)) : List.of();
                Gtk3.OBJECT_UNREF.invokeExact(chooser);
                answer.complete(picked);
            } catch (Throwable t) {
                answer.completeExceptionally(t);
            }
        });
        Gtk3.NATIVE_DIALOG_SHOW.invokeExact(chooser);
    }

    private static void showMessage(MemorySegment parent, MessageRequest r, CompletableFuture<String> answer) throws Throwable {
        int type = switch (r.kind()) {
            case INFO -> Gtk3.INFO;
            case WARNING -> Gtk3.WARNING;
            case ERROR -> Gtk3.ERROR;
        };
        MemorySegment dialog;
        try (Arena arena = Arena.ofConfined()) {
            // "%s": the message is text, never a printf format
            dialog = (MemorySegment) Gtk3.MESSAGE_DIALOG_NEW.invokeExact(parent, Gtk3.MODAL_WITH_PARENT, type, 0,
                    arena.allocateFrom("%s"), arena.allocateFrom(r.message()));
            Gtk3.WINDOW_SET_TITLE.invokeExact(dialog, arena.allocateFrom(r.title()));
            List<String> labels = r.buttons().labels();
            for (int i = 0; i < labels.size(); i++) {
                MemorySegment unused = (MemorySegment) Gtk3.DIALOG_ADD_BUTTON.invokeExact(dialog, arena.allocateFrom(labels.get(i)), i);
            }
        }
        Gtk3.DIALOG_SET_DEFAULT_RESPONSE.invokeExact(dialog, 0); // Enter presses the first button (Ok, Yes)
        ResponseSignal.connect(dialog, response -> {
            try {
                Gtk3.WIDGET_DESTROY.invokeExact(dialog);
            } catch (Throwable t) {
                answer.completeExceptionally(t);
                return;
            }
            answer.complete(r.buttons().answer(response));
        });
        Gtk3.WIDGET_SHOW.invokeExact(dialog);
    }
}
