package dev.tauri4j;

/**
 * A monitor as Tauri's {@code Monitor}: where it sits in the screen and its size, in physical pixels.
 *
 * @param name        the model name, or null when the system has none
 * @param position    the top-left corner in the screen
 * @param size        the size
 * @param scaleFactor device pixels per logical pixel
 */
public record Monitor(String name, PhysicalPosition position, PhysicalSize size, double scaleFactor) {}
