package dev.tauri4j.internal.core.resources;

import dev.tauri4j.CommandException;
import dev.tauri4j.plugin.Resources;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * One resource table (a window's or the app's). Rids are random positive ints, as Tauri's are random: the close
 * command falls back from the window's table to the app's, so a page must not be able to guess the app's rids.
 */
public final class ResourceTable implements Resources {

    private static final System.Logger LOG = System.getLogger("dev.tauri4j.resources");
    private static final RandomGenerator RANDOM = new SecureRandom();

    private final String owner;
    private final Map<Integer, Object> index = new HashMap<>();

    /** An empty table; {@code owner} ("window 'main'", "the app") names it in errors and logs. */
    public ResourceTable(String owner) {
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    @Override
    public synchronized int add(Object resource) {
        Objects.requireNonNull(resource, "resource");
        int rid;
        do {
            rid = RANDOM.nextInt(1, Integer.MAX_VALUE);
        } while (index.containsKey(rid));
        index.put(rid, resource);
        return rid;
    }

    @Override
    public synchronized <T> T get(int rid, Class<T> type) {
        return type.cast(checked(rid, type));
    }

    @Override
    public synchronized boolean has(int rid) {
        return index.containsKey(rid);
    }

    @Override
    public synchronized <T> T take(int rid, Class<T> type) {
        T resource = type.cast(checked(rid, type));
        index.remove(rid);
        return resource;
    }

    @Override
    public void close(int rid) {
        Object resource;
        synchronized (this) {
            resource = index.remove(rid);
        }
        if (resource == null) throw unknown(rid);
        if (resource instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                throw new CommandException(CommandException.DEFAULT_CODE, "resource " + rid + " (" + describe(resource)
                        + ") failed to close: " + e.getMessage(), null, e);
            }
        }
    }

    /** How many resources the table holds. */
    public synchronized int size() {
        return index.size();
    }

    /**
     * Frees every resource (the window is gone, its page was replaced, or the app exits), closing those that are
     * {@link AutoCloseable}; a failing close is logged and the others are still closed.
     */
    public void closeAll() {
        List<Map.Entry<Integer, Object>> all;
        synchronized (this) {
            if (index.isEmpty()) return;
            all = new ArrayList<>(index.entrySet());
            index.clear();
        }
        for (Map.Entry<Integer, Object> e : all) {
            if (e.getValue() instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception | LinkageError x) {
                    LOG.log(System.Logger.Level.WARNING, "resource " + e.getKey() + " (" + describe(e.getValue()) + ") of "
                            + owner + " failed to close", x);
                }
            }
        }
    }

    private Object checked(int rid, Class<?> type) {
        Object resource = index.get(rid);
        if (resource == null) throw unknown(rid);
        if (!type.isInstance(resource)) {
            throw new CommandException(BAD_RESOURCE_ID, "resource " + rid + " is not " + article(type.getSimpleName())
                    + " (it is " + article(describe(resource)) + ")");
        }
        return resource;
    }

    private CommandException unknown(int rid) {
        return new CommandException(BAD_RESOURCE_ID, "resource " + rid + " does not exist in " + owner
                + ": it was closed, freed with its page, or belongs to another window");
    }

    private static String describe(Object resource) {
        String name = resource.getClass().getSimpleName();
        return name.isEmpty() ? resource.getClass().getName() : name;
    }

    private static String article(String noun) {
        return ("AEIOUaeiou".indexOf(noun.isEmpty() ? 'x' : noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    @Override
    public String toString() {
        return "Resources[" + owner + ", " + size() + "]";
    }
}
