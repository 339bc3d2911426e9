package dev.tauri4j.config;

/**
 * A {@code tauri.conf.json} that cannot be used: bad JSON, a wrong type, a missing or invalid value.
 *
 * <p>The message is meant to be shown to the user as is: it names the file, the JSON path, what was
 * expected, what was found and how to fix it.
 */
public final class ConfigException extends UserFixableException {

    private final String source;
    private final String path;

    /**
     * @param source the config file's name, e.g. "tauri.conf.json"
     * @param path   the JSON path of the offending value, e.g. "app.windows[1].width"; "" for the whole document
     * @param detail the explanation, without the file name (it is prefixed here)
     */
    public ConfigException(String source, String path, String detail) {
        this(source, path, detail, null);
    }

    /** Like {@link #ConfigException(String, String, String)}, keeping the low-level cause for debugging. */
    public ConfigException(String source, String path, String detail, Throwable cause) {
        super(source + ": " + detail, cause);
        this.source = source;
        this.path = path == null ? "" : path;
    }

    /** The config file's name. */
    public String source() {
        return source;
    }

    /** The JSON path of the offending value, or "" when the problem is with the whole document. */
    public String path() {
        return path;
    }
}
