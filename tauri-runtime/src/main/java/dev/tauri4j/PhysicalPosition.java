package dev.tauri4j;

/** A position in device pixels, as Tauri's {@code PhysicalPosition} ({@code {x, y}} in JSON). */
public record PhysicalPosition(int x, int y) {}
