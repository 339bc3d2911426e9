package dev.tauri4j.config;

import java.util.List;

/**
 * The {@code app} section: the windows created at start, the global API switch, security and the tray icon.
 *
 * @param windows        windows created at start (one "main" window when the key is absent)
 * @param withGlobalTauri expose {@code window.__TAURI__} to plain scripts
 * @param security       CSP, prototype freezing and capabilities
 * @param trayIcon       the tray icon shown from the start ({@code app.trayIcon}), or null for none
 */
public record AppConfig(List<WindowConfig> windows, boolean withGlobalTauri, SecurityConfig security, TrayIconConfig trayIcon) {

    /** One default main window, no global API, default security. */
    public static final AppConfig DEFAULT = new AppConfig(null, false, null);

    public AppConfig {
        windows = windows == null ? List.of(WindowConfig.main()) : List.copyOf(windows);
        if (security == null) security = SecurityConfig.DEFAULT;
    }

    /** Without a tray icon. */
    public AppConfig(List<WindowConfig> windows, boolean withGlobalTauri, SecurityConfig security) {
        this(windows, withGlobalTauri, security, null);
    }
}
