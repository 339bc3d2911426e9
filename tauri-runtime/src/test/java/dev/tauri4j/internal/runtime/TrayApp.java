package dev.tauri4j.internal.runtime;

import dev.tauri4j.App;
import dev.tauri4j.Tauri;
import dev.tauri4j.TrayIcon;
import dev.tauri4j.TrayIconEvent;
import dev.tauri4j.assets.ClasspathAssetSource;
import dev.tauri4j.plugin.Image;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The app {@link TrayEndToEndIT} drives: tray icons from JS, and one from Java whose clicks a Java listener records, and the
 * menu events Java hears. */
public final class TrayApp {

    private static final List<TrayIconEvent> HEARD = new CopyOnWriteArrayList<>();
    private static final List<dev.tauri4j.menu.MenuEvent> MENU_EVENTS = new CopyOnWriteArrayList<>();

    private TrayApp() {}

    /** A square of one colour (RGBA). */
    static Image square(int size, int r, int g, int b) {
        byte[] rgba = new byte[size * size * 4];
        for (int i = 0; i < rgba.length; i += 4) {
            rgba[i] = (byte) r;
            rgba[i + 1] = (byte) g;
            rgba[i + 2] = (byte) b;
            rgba[i + 3] = (byte) 255;
        }
        return Image.of(rgba, size, size);
    }

    public static void main(String[] args) {
        Tauri.builder()
                .assets(new ClasspathAssetSource(TrayApp.class.getClassLoader(), "e2e/assets"))
                .setup(app -> app.onMenuEvent(MENU_EVENTS::add))
                .command("javaMenuEvents", () -> MENU_EVENTS.stream().map(e -> e.id() + "@" + e.window()).toList())
                .command("javaTray", (App app) -> TrayIcon.builder("java-tray").icon(square(64, 0, 0, 255))
                        .tooltip("made in Java").onEvent(HEARD::add).build(app).id())
                .command("javaTrayEvents", () -> List.copyOf(HEARD))
                .run(args);
    }
}
