package dev.tauri4j.processor.example;

/**
 * What {@code greet} answers.
 *
 * @param text   the greeting
 * @param length how many characters the name has
 */
public record Greeting(String text, int length) {}
