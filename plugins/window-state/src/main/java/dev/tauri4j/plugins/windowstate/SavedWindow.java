package dev.tauri4j.plugins.windowstate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One window's entry in the state file, with Tauri's field names: inner size and outer position in physical pixels,
 * and the position to unmaximize to ({@code prev_x}, {@code prev_y}; Tauri's x and y of a maximized window may be its
 * monitor's corner). Here both pairs hold the last normal position. Mutable, guarded by {@link WindowState}'s lock.
 */
@JsonPropertyOrder({"width", "height", "x", "y", "prev_x", "prev_y", "maximized", "visible", "decorated", "fullscreen"})
@JsonIgnoreProperties(ignoreUnknown = true)
final class SavedWindow {

    @JsonProperty("width") long width;
    @JsonProperty("height") long height;
    @JsonProperty("x") int x;
    @JsonProperty("y") int y;
    @JsonProperty("prev_x") int prevX;
    @JsonProperty("prev_y") int prevY;
    @JsonProperty("maximized") boolean maximized;
    @JsonProperty("visible") boolean visible = true;
    @JsonProperty("decorated") boolean decorated = true;
    @JsonProperty("fullscreen") boolean fullscreen;

    /** Records a normal (not maximized) position. */
    void moveTo(int x, int y) {
        this.x = x;
        this.y = y;
        this.prevX = x;
        this.prevY = y;
    }

    /** Whether nothing was recorded yet: Tauri then restores nothing (a window it never saw). */
    boolean isDefault() {
        return width == 0 && height == 0 && x == 0 && y == 0 && prevX == 0 && prevY == 0 && !maximized && visible
                && decorated && !fullscreen;
    }
}
