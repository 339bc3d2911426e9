package dev.tauri4j.plugins.autostart;

import java.io.IOException;

/** The platform's record that the app starts at login. */
public interface AutostartEntry {

    /** Creates (or rewrites) the record. */
    void enable() throws IOException;

    /** Removes the record; nothing when there is none. */
    void disable() throws IOException;

    boolean isEnabled() throws IOException;
}
