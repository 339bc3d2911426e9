package dev.tauri4j.plugins.globalshortcut;

import dev.tauri4j.plugins.globalshortcut.linux.X11KeyGrabs;
import java.util.Locale;

/**
 * The platform's system-wide key grabs behind {@link GlobalShortcut}: one connection of the plugin's own to the
 * window system, which reports presses and releases of the grabbed shortcuts whichever window has the focus.
 */
public interface KeyGrabs extends AutoCloseable {

    /** Where the grabs report to; called from the platform's event thread, so it must return quickly. */
    @FunctionalInterface
    interface Events {
        /** {@code shortcut} was pressed or released. */
        void on(Shortcut shortcut, ShortcutEvent.State state);
    }

    /**
     * Grabs {@code shortcut} for this app.
     *
     * @throws ShortcutException {@link ShortcutException#ALREADY_REGISTERED} when this connection or another client
     *     holds it, {@link ShortcutException#FAILED} when the key has no keycode here or the window system refuses
     */
    void grab(Shortcut shortcut);

    /** Lets {@code shortcut} go; nothing when it was not grabbed. */
    void ungrab(Shortcut shortcut);

    /** Lets every grab go and closes the connection. */
    @Override
    void close();

    /** This platform's key grabs, reporting to {@code events}: X11's on Linux, the only platform tauri4j runs on yet. */
    static KeyGrabs open(Events events) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (!os.contains("linux")) {
            throw new ShortcutException(ShortcutException.FAILED,
                    "the global-shortcut plugin has no global shortcuts for " + os + " yet; only Linux (X11)");
        }
        return X11KeyGrabs.open(System.getenv("DISPLAY"), System.getenv("WAYLAND_DISPLAY"), events);
    }
}
