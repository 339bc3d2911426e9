package dev.tauri4j.build;

/** Where the build core reports what it does; the Maven plugin forwards each call to Maven's log. */
public interface BuildLog {

    /** Progress the user normally wants to see, including the output of the tools the build runs. */
    void info(String message);

    /** Something that works but probably is not what the user meant. */
    void warn(String message);

    /** Detail for diagnosing the build itself (resolved paths, fingerprints). */
    void debug(String message);
}
