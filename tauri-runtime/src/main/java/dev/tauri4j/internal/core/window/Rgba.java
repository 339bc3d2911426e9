package dev.tauri4j.internal.core.window;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.CommandException;

/**
 * A color as {@code @tauri-apps/api} sends one (its {@code Color} type): {@code [r, g, b]}, {@code [r, g, b, a]},
 * {@code {red, green, blue, alpha}}, or a {@code "#rgb"}, {@code "#rgba"}, {@code "#rrggbb"}, {@code "#rrggbbaa"} string;
 * channels 0-255, alpha 255 when absent.
 */
public record Rgba(int red, int green, int blue, int alpha) {

    private static final String SHAPES = "[r, g, b], [r, g, b, a], {red, green, blue, alpha} or \"#rrggbb\" / \"#rrggbbaa\" (0-255)";

    /** The color, or null for JSON null (back to the default). */
    public static Rgba read(JsonNode v) {
        if (v == null || v.isNull()) return null;
        if (v.isArray() && (v.size() == 3 || v.size() == 4)) {
            return of(v.get(0), v.get(1), v.get(2), v.size() == 4 ? v.get(3) : null, v);
        }
        if (v.isObject() && v.has("red") && v.has("green") && v.has("blue")) {
            return of(v.get("red"), v.get("green"), v.get("blue"), v.get("alpha"), v);
        }
        if (v.isTextual() && v.asText().matches("#([0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})")) {
            String hex = v.asText().substring(1);
            if (hex.length() <= 4) hex = hex.replaceAll("(.)", "$1$1");
            int[] c = new int[] {255, 255, 255, 255};
            for (int i = 0; i < hex.length() / 2; i++) c[i] = Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
            return new Rgba(c[0], c[1], c[2], c[3]);
        }
        throw bad(v);
    }

    private static Rgba of(JsonNode r, JsonNode g, JsonNode b, JsonNode a, JsonNode whole) {
        return new Rgba(channel(r, whole), channel(g, whole), channel(b, whole), a == null || a.isNull() ? 255 : channel(a, whole));
    }

    private static int channel(JsonNode n, JsonNode whole) {
        if (n == null || !n.canConvertToInt() || n.asInt() < 0 || n.asInt() > 255) throw bad(whole);
        return n.asInt();
    }

    private static CommandException bad(JsonNode v) {
        return new CommandException("INVALID_ARGUMENT", "a color must be " + SHAPES + ", found " + v);
    }
}
