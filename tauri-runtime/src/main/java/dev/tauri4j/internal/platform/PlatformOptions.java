package dev.tauri4j.internal.platform;

import java.util.Map;
import java.util.function.Supplier;

/**
 * What the runtime asks of the platform at start.
 *
 * @param appName      name reported to WebDriver sessions
 * @param appVersion   version reported to WebDriver sessions ("1.2.3")
 * @param schemes      custom URI schemes by name (e.g. "tauri", "ipc") and the handler that answers them
 * @param automation   allow WebDriver automation (the app was launched by a WebDriver)
 * @param devtools     enable the web inspector and console echo
 * @param automationWindow opens a new window when a WebDriver session asks for one
 */
public record PlatformOptions(
        String appName,
        String appVersion,
        Map<String, SchemeHandler> schemes,
        boolean automation,
        boolean devtools,
        Supplier<NativeWebview> automationWindow) {

    public PlatformOptions {
        schemes = Map.copyOf(schemes);
    }
}
