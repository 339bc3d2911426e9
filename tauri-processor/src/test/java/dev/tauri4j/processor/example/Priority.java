package dev.tauri4j.processor.example;

/** How urgent a todo is. */
public enum Priority { LOW, NORMAL, HIGH }
