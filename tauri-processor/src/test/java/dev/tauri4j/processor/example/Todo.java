package dev.tauri4j.processor.example;

import java.util.List;
import java.util.Optional;

/**
 * One item of the todo list.
 *
 * @param id       assigned by the app, from 1
 * @param title    what to do
 * @param tags     free labels
 * @param priority how urgent
 * @param note     an optional remark
 */
public record Todo(long id, String title, List<String> tags, Priority priority, Optional<String> note) {}
