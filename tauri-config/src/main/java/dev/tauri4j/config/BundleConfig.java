package dev.tauri4j.config;

import java.util.List;

/**
 * The {@code bundle} keys the runtime needs as well as the bundler: {@code bundle.externalBin}, Tauri's sidecar
 * binaries. The project keeps each one as {@code <entry>-<target triple>} (relative to the config file, {@code .exe}
 * on Windows); the bundle holds it next to the app's launcher under the entry's last path segment, and the shell
 * plugin runs it by that entry ({@code Command.sidecar("binaries/my-sidecar")}).
 *
 * @param externalBin the entries as written, e.g. {@code "binaries/my-sidecar"}
 */
public record BundleConfig(List<String> externalBin) {

    /** No external binaries. */
    public static final BundleConfig DEFAULT = new BundleConfig(List.of());

    public BundleConfig {
        externalBin = externalBin == null ? List.of() : List.copyOf(externalBin);
    }

    /** The file the project keeps for {@code entry} on {@code triple}: {@code binaries/my-sidecar-x86_64-unknown-linux-gnu}. */
    public static String sourcePath(String entry, String triple) {
        return entry + "-" + triple + (TargetTriple.isWindows(triple) ? ".exe" : "");
    }

    /** The file name the bundle gives {@code entry}, without the triple: {@code my-sidecar} ({@code my-sidecar.exe} on Windows). */
    public static String bundledName(String entry, String triple) {
        String name = entry.substring(Math.max(entry.lastIndexOf('/'), entry.lastIndexOf('\\')) + 1);
        return name + (TargetTriple.isWindows(triple) ? ".exe" : "");
    }
}
