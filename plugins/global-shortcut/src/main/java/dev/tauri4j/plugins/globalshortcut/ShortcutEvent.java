package dev.tauri4j.plugins.globalshortcut;

import java.util.LinkedHashMap;
import java.util.Map;

/** A registered shortcut was pressed or released, wherever the keyboard focus was. */
public record ShortcutEvent(Shortcut shortcut, State state) {

    /** Whether the key combination went down or came up, as Tauri's {@code ShortcutState}. */
    public enum State {
        /** The key went down with exactly the shortcut's modifiers held (repeats of a held key are not sent). */
        Pressed,
        /** The key came up after a {@link #Pressed}. */
        Released
    }

    /** Tauri's id of the shortcut, see {@link Shortcut#id()}. */
    public int id() {
        return shortcut.id();
    }

    /** Whether this is the key going down. */
    public boolean isPressed() {
        return state == State.Pressed;
    }

    /** What {@code @tauri-apps/plugin-global-shortcut} hands its handler: {@code {shortcut, id, state}}. */
    Map<String, Object> toJs() {
        Map<String, Object> js = new LinkedHashMap<>();
        js.put("shortcut", shortcut.toString());
        js.put("id", Integer.toUnsignedLong(id()));
        js.put("state", state.name());
        return js;
    }
}
