package dev.tauri4j.config;

/**
 * One entry of {@code app.windows}, with Tauri's defaults for absent keys.
 *
 * @param label       unique label, "main" by default
 * @param title       window title
 * @param url         page to open, relative to the app origin ("index.html") or an external URL
 * @param width       inner width in logical pixels (800)
 * @param height      inner height in logical pixels (600)
 * @param minWidth    minimum width, or null
 * @param minHeight   minimum height, or null
 * @param maxWidth    maximum width, or null
 * @param maxHeight   maximum height, or null
 * @param resizable   whether the user can resize (true)
 * @param fullscreen  start fullscreen (false)
 * @param decorations show the title bar and borders (true)
 * @param alwaysOnTop keep above other windows (false)
 * @param center      center on screen (false)
 * @param visible     show at start (true)
 * @param create      create at start; false declares a window the app opens later (true)
 * @param transparent the window and webview backgrounds are see-through where the page is (false); needs a
 *                    compositing window manager
 */
public record WindowConfig(
        String label,
        String title,
        String url,
        double width,
        double height,
        Double minWidth,
        Double minHeight,
        Double maxWidth,
        Double maxHeight,
        boolean resizable,
        boolean fullscreen,
        boolean decorations,
        boolean alwaysOnTop,
        boolean center,
        boolean visible,
        boolean create,
        boolean transparent) {

    public WindowConfig {
        if (label == null) label = "main";
        if (title == null) title = "";
        if (url == null) url = "index.html";
    }

    /** A window that is not transparent. */
    public WindowConfig(String label, String title, String url, double width, double height, Double minWidth,
            Double minHeight, Double maxWidth, Double maxHeight, boolean resizable, boolean fullscreen,
            boolean decorations, boolean alwaysOnTop, boolean center, boolean visible, boolean create) {
        this(label, title, url, width, height, minWidth, minHeight, maxWidth, maxHeight, resizable, fullscreen,
                decorations, alwaysOnTop, center, visible, create, false);
    }

    /** The default window: label "main", 800x600, resizable, decorated, visible. */
    public static WindowConfig main() {
        return of("main");
    }

    /** A window with Tauri's defaults and the given label. */
    public static WindowConfig of(String label) {
        return new WindowConfig(label, "", "index.html", 800, 600, null, null, null, null,
                true, false, true, false, false, true, true);
    }

    /** This window with another title. */
    public WindowConfig withTitle(String newTitle) {
        return new WindowConfig(label, newTitle, url, width, height, minWidth, minHeight, maxWidth, maxHeight,
                resizable, fullscreen, decorations, alwaysOnTop, center, visible, create, transparent);
    }

    /** This window opening another URL. */
    public WindowConfig withUrl(String newUrl) {
        return new WindowConfig(label, title, newUrl, width, height, minWidth, minHeight, maxWidth, maxHeight,
                resizable, fullscreen, decorations, alwaysOnTop, center, visible, create, transparent);
    }
}
