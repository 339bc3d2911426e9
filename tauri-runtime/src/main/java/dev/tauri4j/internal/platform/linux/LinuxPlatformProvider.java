package dev.tauri4j.internal.platform.linux;

import dev.tauri4j.internal.platform.PlatformProvider;
import dev.tauri4j.internal.platform.WebviewPlatform;
import java.util.Locale;

/** Offers {@link LinuxPlatform} on Linux; listed in {@code META-INF/services}. */
public final class LinuxPlatformProvider implements PlatformProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public LinuxPlatformProvider() {}

    @Override
    public String supports() {
        return "Linux (GTK 3 + WebKitGTK 4.1)";
    }

    @Override
    public boolean supportsCurrentOs() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    }

    @Override
    public String currentOs() {
        return System.getProperty("os.name", "an unknown OS") + " " + System.getProperty("os.version", "");
    }

    @Override
    public WebviewPlatform create() {
        return new LinuxPlatform();
    }
}
