package dev.tauri4j.plugins.notification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Objects;

/**
 * A notification: what {@code sendNotification(...)} and {@code new Notification(title, options)} send as
 * {@code options}. Tauri's desktop shows the title (the app's product name when absent), the body and the icon (an
 * icon name from the theme or a file path); the other fields of the npm package's {@code Options} are for mobile.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Notification(String title, String body, String icon) {

    /** A notification with this title and body. */
    public static Notification of(String title, String body) {
        return new Notification(Objects.requireNonNull(title, "title"), body, null);
    }

    /** This notification with an icon: a name from the icon theme ({@code dialog-information}) or a file path. */
    public Notification withIcon(String icon) {
        return new Notification(title, body, icon);
    }
}
