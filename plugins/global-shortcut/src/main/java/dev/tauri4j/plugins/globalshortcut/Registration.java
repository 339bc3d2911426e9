package dev.tauri4j.plugins.globalshortcut;

import java.util.List;

/**
 * The shortcuts one {@link GlobalShortcut#register} call registered with its listener; {@link #close()} unregisters
 * those still registered with this listener (not ones registered again since, by anybody else).
 */
public final class Registration implements AutoCloseable {

    private final GlobalShortcut owner;
    private final List<Shortcut> shortcuts;

    Registration(GlobalShortcut owner, List<Shortcut> shortcuts) {
        this.owner = owner;
        this.shortcuts = List.copyOf(shortcuts);
    }

    /** The shortcuts this registration holds (or held). */
    public List<Shortcut> shortcuts() {
        return shortcuts;
    }

    /** Whether any of its shortcuts is still registered through this registration. */
    public boolean isActive() {
        return owner.holds(this);
    }

    /** Unregisters this registration's shortcuts; once closed, later calls do nothing. */
    public void unregister() {
        owner.release(this);
    }

    /** Same as {@link #unregister()}. */
    @Override
    public void close() {
        unregister();
    }
}
