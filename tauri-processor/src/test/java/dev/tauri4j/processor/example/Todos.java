package dev.tauri4j.processor.example;

import dev.tauri4j.Command;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/** Instance commands: one {@code Todos} made with the no-arg constructor holds the list. */
public class Todos {

    private final List<Todo> items = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    /** Made once by the generated registrar, since the app manages none. */
    public Todos() {}

    /**
     * Adds a todo.
     *
     * @param title    what to do
     * @param tags     labels, maybe none
     * @param priority {@code NORMAL} when absent (an {@code Optional<Priority>})
     * @return the new todo with its id
     */
    @Command
    public synchronized Todo addTodo(String title, List<String> tags, Optional<Priority> priority, @Nullable String note) {
        Todo todo = new Todo(ids.incrementAndGet(), title, List.copyOf(tags), priority.orElse(Priority.NORMAL),
                Optional.ofNullable(note));
        items.add(todo);
        return todo;
    }

    /** All todos, oldest first. */
    @Command
    public synchronized List<Todo> todos() {
        return List.copyOf(items);
    }

    /** Up to {@code size} todos from {@code offset} on. */
    @Command
    public synchronized Page<Todo> todoPage(int offset, int size) {
        int from = Math.min(offset, items.size());
        return new Page<>(List.copyOf(items.subList(from, Math.min(items.size(), from + size))), items.size());
    }

    /** The todo with this id, or null. */
    @Command
    public synchronized Optional<Todo> findTodo(long id) {
        return items.stream().filter(t -> t.id() == id).findFirst();
    }

    /** How many todos each priority has. */
    @Command
    public synchronized Map<String, Integer> countByPriority() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Todo t : items) counts.merge(t.priority().name(), 1, Integer::sum);
        return counts;
    }
}
