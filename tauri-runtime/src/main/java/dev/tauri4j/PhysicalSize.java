package dev.tauri4j;

/** A size in device pixels, as Tauri's {@code PhysicalSize} ({@code {width, height}} in JSON). */
public record PhysicalSize(int width, int height) {}
