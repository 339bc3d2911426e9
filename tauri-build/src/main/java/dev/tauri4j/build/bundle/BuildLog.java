package dev.tauri4j.build.bundle;

import java.util.Objects;

/** Where the bundle steps report progress; the Maven plugin maps it onto its own log. */
public interface BuildLog {

    void info(String message);

    void warn(String message);

    void debug(String message);

    /** A log writing to a {@link System.Logger}, for callers outside Maven. */
    static BuildLog of(System.Logger logger) {
        Objects.requireNonNull(logger, "logger");
        return new BuildLog() {
            @Override
            public void info(String message) {
                logger.log(System.Logger.Level.INFO, message);
            }

            @Override
            public void warn(String message) {
                logger.log(System.Logger.Level.WARNING, message);
            }

            @Override
            public void debug(String message) {
                logger.log(System.Logger.Level.DEBUG, message);
            }
        };
    }
}
