package dev.tauri4j.internal.runtime;

import dev.tauri4j.internal.platform.WebviewPlatform;
import java.util.Arrays;

/**
 * How the app was launched: dev mode (load the dev server, devtools on), WebDriver automation, devtools.
 *
 * @param dev        load {@code build.devUrl} instead of the embedded assets ({@code -Dtauri.dev=true})
 * @param automation allow WebDriver control ({@code --automation}, or launched by the platform's WebDriver)
 * @param devtools   web inspector and console echo (dev mode, or {@code -Dtauri.devtools=true})
 */
public record LaunchMode(boolean dev, boolean automation, boolean devtools) {

    /** Reads the switches from the program arguments, system properties and environment, and asks the platform. */
    public static LaunchMode detect(String[] args, WebviewPlatform platform) {
        boolean dev = Boolean.getBoolean("tauri.dev") || "true".equals(System.getenv("TAURI_DEV"));
        boolean automation = Arrays.asList(args).contains("--automation") || platform.launchedByWebDriver();
        boolean devtools = dev || Boolean.getBoolean("tauri.devtools");
        return new LaunchMode(dev, automation, devtools);
    }
}
