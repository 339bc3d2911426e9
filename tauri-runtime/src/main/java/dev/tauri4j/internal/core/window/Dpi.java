package dev.tauri4j.internal.core.window;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.CommandException;

/** Reads Tauri's serialized {@code Size} and {@code Position} ({@code {"Logical": {...}}} or {@code {"Physical": {...}}}). */
final class Dpi {

    /**
     * Two numbers with their unit.
     *
     * @param a        width or x
     * @param b        height or y
     * @param physical true for physical (device) pixels, false for logical ones
     */
    record Value(double a, double b, boolean physical) {}

    private Dpi() {}

    static Value size(JsonNode node, String arg) {
        return read(node, arg, "width", "height");
    }

    static Value position(JsonNode node, String arg) {
        return read(node, arg, "x", "y");
    }

    private static Value read(JsonNode node, String arg, String first, String second) {
        String example = "{\"Logical\": {\"" + first + "\": 800, \"" + second + "\": 600}} or {\"Physical\": {...}}"
                + " (what LogicalSize/PhysicalSize and LogicalPosition/PhysicalPosition of @tauri-apps/api/dpi send)";
        if (node == null || !node.isObject() || node.size() != 1) {
            throw new CommandException("INVALID_ARGUMENT", "argument '" + arg + "' must be " + example + ", found " + node);
        }
        String unit = node.fieldNames().next();
        JsonNode v = node.get(unit);
        if (!(unit.equals("Logical") || unit.equals("Physical")) || !v.path(first).isNumber() || !v.path(second).isNumber()) {
            throw new CommandException("INVALID_ARGUMENT", "argument '" + arg + "' must be " + example + ", found " + node);
        }
        return new Value(v.get(first).asDouble(), v.get(second).asDouble(), unit.equals("Physical"));
    }
}
