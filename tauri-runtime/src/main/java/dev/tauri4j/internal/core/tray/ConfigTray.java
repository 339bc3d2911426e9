package dev.tauri4j.internal.core.tray;

import dev.tauri4j.TrayIcon;
import dev.tauri4j.config.ConfigException;
import dev.tauri4j.config.TrayIconConfig;
import dev.tauri4j.plugin.Image;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The tray icon of {@code app.trayIcon}, made at start as Tauri does. Its {@code iconPath} is relative to the config
 * file's folder, as in Tauri; an app run from its jar has no such folder, so {@code tauri:build} embeds the file at
 * {@link #resource} and it is read from there.
 */
public final class ConfigTray {

    private static final String SOURCE = "tauri.conf.json";
    private static final String FIELD = "app.trayIcon.iconPath";

    private ConfigTray() {}

    /** Where {@code tauri:build} puts the icon in the jar: the extension is kept, since PNG and ICO read alike. */
    public static String resource(String iconPath) {
        String lower = iconPath.toLowerCase(Locale.ROOT);
        return "tauri4j/tray-icon" + lower.substring(lower.lastIndexOf('.'));
    }

    /**
     * What the icon starts with. Read before anything shows, so that a missing or damaged file stops the app with an
     * error naming {@code app.trayIcon.iconPath}, as Tauri's build does.
     *
     * @param configDir the config file's folder, or null when the config came from the jar
     */
    public static TrayIcon.Builder builder(TrayIconConfig config, Path configDir, ClassLoader loader) {
        Image icon = configDir != null ? fromFile(config.iconPath(), configDir) : fromJar(config.iconPath(), loader);
        return TrayIcon.builder(config.id()).icon(icon).tooltip(config.tooltip()).title(config.title());
    }

    private static Image fromFile(String iconPath, Path configDir) {
        Path file = configDir.resolve(iconPath).normalize();
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(SOURCE, FIELD, FIELD + " is \"" + iconPath + "\", but " + file + " is no file. Fix: give"
                    + " the tray icon's PNG or ICO file relative to the folder of tauri.conf.json (" + configDir + ")");
        }
        try {
            return Image.read(file);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException(SOURCE, FIELD, FIELD + " cannot be read: " + e.getMessage()
                    + ". Fix: give a PNG or ICO file", e);
        }
    }

    private static Image fromJar(String iconPath, ClassLoader loader) {
        String name = resource(iconPath);
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new ConfigException(SOURCE, FIELD, FIELD + " is \"" + iconPath + "\", but the app has no " + name
                        + " (tauri:build puts the file there). Fix: build the app with tauri:build, or run it with"
                        + " -Dtauri.config=path/to/tauri.conf.json so the file is read next to it");
            }
            return Image.decode(in.readAllBytes());
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException(SOURCE, FIELD, FIELD + " (" + name + " in the app) cannot be read: " + e.getMessage()
                    + ". Fix: give a PNG or ICO file", e);
        }
    }
}
