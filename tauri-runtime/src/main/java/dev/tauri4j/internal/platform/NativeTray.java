package dev.tauri4j.internal.platform;

import dev.tauri4j.menu.MenuContainer;
import dev.tauri4j.plugin.Image;
import java.io.IOException;

/** A tray icon as the desktop shows it (a StatusNotifierItem on Linux); any thread. */
public interface NativeTray {

    /** What the icon shows; null fields are empty ({@code menu} null: right clicks arrive as clicks). */
    record State(Image icon, String tooltip, String title, boolean visible, MenuContainer menu) {}

    /** A click the desktop reported: {@code button} is Left, Right or Middle; the position in screen pixels. */
    record Click(String button, int x, int y) {}

    /** Shows the new state (the host is told what changed). */
    void update(State state) throws IOException;

    /** Takes the icon off the desktop. */
    void remove();
}
