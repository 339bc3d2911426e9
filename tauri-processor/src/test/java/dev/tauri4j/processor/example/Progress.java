package dev.tauri4j.processor.example;

/** One step of a countdown, sent through a channel. */
public record Progress(int remaining, String label) {}
