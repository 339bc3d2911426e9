package dev.tauri4j.plugin;

/**
 * Tauri's resource table: Java objects that JS holds by an integer id (a {@code rid}), such as images, menus, tray
 * icons, open files or HTTP responses. A command adds an object and returns its rid; later calls pass the rid back
 * and get the object; {@code Resource.close()} in {@code @tauri-apps/api/core} ({@code plugin:resources|close})
 * frees it.
 *
 * <p>Each window has its own table ({@link dev.tauri4j.Window#resources()}), freed when the window is destroyed and
 * when its page is replaced (a reload or a navigation: the page that held the rids is gone); the app has one more
 * ({@link dev.tauri4j.App#resources()}) for objects that outlive windows, freed at exit. Freeing a resource that is
 * {@link AutoCloseable} closes it. A rid from one window means nothing in another: look-ups fail as for an unknown
 * rid. The tables are safe to use from any thread.
 */
public interface Resources {

    /** The error code of a rid that is unknown, already closed, or names an object of another type (Tauri's BadResourceId). */
    String BAD_RESOURCE_ID = "BAD_RESOURCE_ID";

    /** Keeps {@code resource} and returns its new rid, a positive number that is not guessable from other rids. */
    int add(Object resource);

    /**
     * The resource {@code rid}, which must be a {@code type}.
     *
     * @throws dev.tauri4j.CommandException with code {@link #BAD_RESOURCE_ID} when the rid is unknown here or the
     *                                      resource is not a {@code type} ("resource 7 is not an Image")
     */
    <T> T get(int rid, Class<T> type);

    /** Whether {@code rid} is in this table. */
    boolean has(int rid);

    /**
     * Removes the resource {@code rid}, which must be a {@code type}, and hands it over without closing it: the caller
     * owns it now. Throws as {@link #get} does, and then leaves the table unchanged.
     */
    <T> T take(int rid, Class<T> type);

    /**
     * Removes the resource {@code rid} and closes it when it is {@link AutoCloseable}.
     *
     * @throws dev.tauri4j.CommandException with code {@link #BAD_RESOURCE_ID} when the rid is unknown here, and with
     *                                      the resource's own failure when closing it fails (it is removed anyway)
     */
    void close(int rid);
}
