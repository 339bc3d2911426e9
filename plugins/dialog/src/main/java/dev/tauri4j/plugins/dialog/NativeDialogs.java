package dev.tauri4j.plugins.dialog;

import dev.tauri4j.App;
import dev.tauri4j.Window;
import dev.tauri4j.plugins.dialog.linux.GtkDialogs;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * The platform's dialogs, shown modal to a window. Both calls return at once; the future completes when the user
 * answers (an empty list: the file dialog was cancelled), so no thread waits for the user.
 */
public interface NativeDialogs {

    CompletableFuture<List<Path>> choose(Window parent, FileRequest request);

    CompletableFuture<String> message(Window parent, MessageRequest request);

    /** This platform's dialogs; GTK's on Linux, the only platform tauri4j runs on yet. */
    static NativeDialogs of(App app) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (!os.contains("linux")) {
            throw new UnsupportedOperationException("the dialog plugin has no dialogs for " + os + " yet; only Linux (GTK 3)");
        }
        return new GtkDialogs(app);
    }
}
