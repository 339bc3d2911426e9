/**
 * The tauri4j runtime. Exported: the app API ({@code dev.tauri4j}, with menus in {@code dev.tauri4j.menu}), the plugin API ({@code dev.tauri4j.plugin}),
 * asset sources ({@code dev.tauri4j.assets}) and test doubles ({@code dev.tauri4j.testing}); with the config model
 * of {@code dev.tauri4j.config}, that is the whole API. Everything under {@code dev.tauri4j.internal} may change
 * in any release.
 */
module dev.tauri4j.runtime {
    requires transitive dev.tauri4j.config;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jdk8;

    exports dev.tauri4j;
    exports dev.tauri4j.menu;
    exports dev.tauri4j.plugin;
    exports dev.tauri4j.assets;
    exports dev.tauri4j.testing;

    // Jackson reads and writes the runtime's own records (IPC answers, window options, command arguments)
    opens dev.tauri4j.internal.ipc to com.fasterxml.jackson.databind;
    opens dev.tauri4j.internal.core.app to com.fasterxml.jackson.databind;
    opens dev.tauri4j.internal.core.window to com.fasterxml.jackson.databind;
    opens dev.tauri4j.internal.core.webview to com.fasterxml.jackson.databind;
    opens dev.tauri4j.internal.core.path to com.fasterxml.jackson.databind;
    opens dev.tauri4j.internal.core.event to com.fasterxml.jackson.databind;
    opens dev.tauri4j.internal.runtime to com.fasterxml.jackson.databind;

    uses dev.tauri4j.CommandRegistrar;
    uses dev.tauri4j.internal.platform.PlatformProvider;
    provides dev.tauri4j.internal.platform.PlatformProvider with dev.tauri4j.internal.platform.linux.LinuxPlatformProvider;
}
