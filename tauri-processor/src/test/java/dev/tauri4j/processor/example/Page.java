package dev.tauri4j.processor.example;

import java.util.List;

/**
 * A slice of a longer list.
 *
 * @param items the slice
 * @param total how many there are in all
 */
public record Page<T>(List<T> items, int total) {}
