package dev.tauri4j.build;

/** Where the build core reports what it does; the Maven plugin maps it onto Maven's log. */
public interface BuildLog {

    /** Progress the user wants to see. */
    void info(String message);

    /** Something the user should fix or know. */
    void warn(String message);

    /** Detail for -X runs. */
    void debug(String message);

    /** A log that writes to {@link System.Logger}, for callers without a build tool. */
    static BuildLog system() {
        System.Logger logger = System.getLogger("dev.tauri4j.build");
        return new BuildLog() {
            @Override public void info(String message) { logger.log(System.Logger.Level.INFO, message); }
            @Override public void warn(String message) { logger.log(System.Logger.Level.WARNING, message); }
            @Override public void debug(String message) { logger.log(System.Logger.Level.DEBUG, message); }
        };
    }
}
