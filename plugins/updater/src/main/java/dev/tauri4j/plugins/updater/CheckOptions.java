package dev.tauri4j.plugins.updater;

/**
 * The options of one check, what the npm package's {@code check(options)} sends.
 *
 * @param request         the headers, timeout and proxy of the check (the proxy and headers carry over to the download)
 * @param target          replaces {@code {{target}}} and is the only {@code platforms} key looked up; null for the OS
 * @param allowDowngrades accept a release whose version is older than the app's (never an equal one)
 */
public record CheckOptions(RequestOptions request, String target, boolean allowDowngrades) {

    /** Tauri's defaults: no headers or timeout, this OS, newer versions only. */
    public static final CheckOptions DEFAULT = new CheckOptions(RequestOptions.DEFAULT, null, false);

    public CheckOptions {
        if (request == null) request = RequestOptions.DEFAULT;
        if (target != null && target.isBlank()) throw new UpdaterException("target must not be empty (leave it out for this OS)");
    }
}
