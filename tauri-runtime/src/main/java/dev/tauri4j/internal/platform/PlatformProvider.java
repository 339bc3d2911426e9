package dev.tauri4j.internal.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a {@link WebviewPlatform} without shared code naming one: each backend lists its provider in
 * {@code META-INF/services/dev.tauri4j.internal.platform.PlatformProvider}, and says whether it runs here.
 */
public interface PlatformProvider {

    /** What the platform needs, for messages: "Linux (GTK 3 + WebKitGTK 4.1)". */
    String supports();

    /** Whether the platform runs on the operating system of this process. */
    boolean supportsCurrentOs();

    /** The operating system of this process as the provider sees it ("Windows 11 10.0"), for messages. */
    String currentOs();

    /** A new, not yet started platform; called only when {@link #supportsCurrentOs()} is true. */
    WebviewPlatform create();

    /**
     * The platform of the one provider among {@code providers} that runs here.
     *
     * @throws UnsupportedOperationException when none does (naming this OS and what each one supports), or when
     *     several do
     */
    static WebviewPlatform select(Iterable<PlatformProvider> providers) {
        List<PlatformProvider> fitting = new ArrayList<>();
        List<String> supported = new ArrayList<>();
        String os = null;
        for (PlatformProvider p : providers) {
            supported.add(p.supports());
            if (p.supportsCurrentOs()) fitting.add(p);
            else if (os == null) os = p.currentOs();
        }
        if (supported.isEmpty()) {
            throw new UnsupportedOperationException("tauri4j found no platform: no META-INF/services/"
                    + PlatformProvider.class.getName() + " on the class path. Fix: put tauri-runtime's jar on the class"
                    + " path whole (a shaded jar must merge META-INF/services files)");
        }
        if (fitting.isEmpty()) {
            throw new UnsupportedOperationException("tauri4j has no platform for " + os + ": it runs on "
                    + String.join(", ", supported) + " today (macOS with WKWebView and Windows with WebView2 are planned)");
        }
        if (fitting.size() > 1) {
            throw new UnsupportedOperationException("tauri4j found several platforms for this system: "
                    + fitting.stream().map(PlatformProvider::supports).toList() + ". Fix: keep one backend on the class path");
        }
        return fitting.getFirst().create();
    }
}
