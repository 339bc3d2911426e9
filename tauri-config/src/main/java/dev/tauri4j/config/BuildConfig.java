package dev.tauri4j.config;

/**
 * The {@code build} section: where the frontend comes from in dev and in release.
 *
 * @param devUrl             the dev server URL loaded in dev mode (e.g. "http://localhost:5173"), or null
 * @param frontendDist       the built frontend folder relative to the config file (e.g. "../dist"), or null
 * @param beforeDevCommand   the command that starts the dev server, or null
 * @param beforeBuildCommand the command that builds the frontend, or null
 */
public record BuildConfig(String devUrl, String frontendDist, String beforeDevCommand, String beforeBuildCommand) {

    /** No dev server, no frontend build. */
    public static final BuildConfig DEFAULT = new BuildConfig(null, null, null, null);
}
