package dev.tauri4j.internal.platform;

import java.util.Arrays;
import java.util.Optional;

/** The edge or corner a resize drag starts from, with Tauri's {@code ResizeDirection} names. */
public enum ResizeDirection {
    EAST("East"), NORTH("North"), NORTH_EAST("NorthEast"), NORTH_WEST("NorthWest"),
    SOUTH("South"), SOUTH_EAST("SouthEast"), SOUTH_WEST("SouthWest"), WEST("West");

    private final String tauriName;

    ResizeDirection(String tauriName) {
        this.tauriName = tauriName;
    }

    /** The name {@code @tauri-apps/api/window} sends ("NorthWest"). */
    public String tauriName() {
        return tauriName;
    }

    /** The direction of that name, if it is one. */
    public static Optional<ResizeDirection> of(String tauriName) {
        return Arrays.stream(values()).filter(d -> d.tauriName.equals(tauriName)).findFirst();
    }
}
