package dev.tauri4j.plugins.globalshortcut;

/** What a registered shortcut calls, on a virtual thread, in the order the presses and releases happened. */
@FunctionalInterface
public interface ShortcutListener {

    /** Called for each press and release of the shortcut. */
    void onShortcut(ShortcutEvent event) throws Exception;

    /** A listener that runs {@code action} on presses only, ignoring releases. */
    static ShortcutListener onPressed(Runnable action) {
        return event -> {
            if (event.isPressed()) action.run();
        };
    }
}
