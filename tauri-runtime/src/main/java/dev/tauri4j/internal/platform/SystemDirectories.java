package dev.tauri4j.internal.platform;

import java.nio.file.Path;

/**
 * The operating system's own folders behind Tauri's {@code BaseDirectory}. The app's folders below them
 * ({@code AppConfig} = config/identifier, ...) and the resource folder are shared code.
 */
public interface SystemDirectories {

    /** The folders an operating system may define. */
    enum Folder {
        HOME, CACHE, CONFIG, DATA, LOCAL_DATA, TEMP, RUNTIME, EXECUTABLE, FONT,
        AUDIO, DESKTOP, DOCUMENT, DOWNLOAD, PICTURE, PUBLIC, TEMPLATE, VIDEO
    }

    /**
     * The folder on this machine.
     *
     * @throws Undefined when this machine does not define it, saying why
     */
    Path resolve(Folder folder);

    /** Where the app with this identifier writes its logs (Tauri's {@code AppLog}, placed differently per OS). */
    Path appLog(String identifier);

    /** A folder this machine does not define; the message says why and, where there is one, the fix. */
    final class Undefined extends RuntimeException {

        public Undefined(String why) {
            super(why, null, false, false);
        }
    }
}
