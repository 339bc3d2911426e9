package dev.tauri4j.internal.core.path;

import dev.tauri4j.config.BundleConfig;
import dev.tauri4j.config.TargetTriple;
import dev.tauri4j.config.TauriConfig;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the app's {@code bundle.externalBin} binaries (Tauri's sidecars) are at run time. A bundle from
 * {@code tauri:bundle} holds each next to the app's launcher, in the app image's {@code bin/}, under the entry's file
 * name (Tauri resolves sidecars against the current executable's folder the same way). Run from a class path
 * ({@code tauri:dev}, an IDE, a test) there is no bundle, so the project's own {@code <entry>-<target triple>} beside
 * the config file is used, the file Tauri's build copies next to its dev executable.
 *
 * @param entries     {@code bundle.externalBin} as written
 * @param launcherDir the folder of the bundle's launcher ({@code jpackage.app-path}); null when run from a class path
 * @param configDir   the config file's folder; null when the config came from the jar or from code
 * @param triple      this machine's target triple
 */
public record ExternalBinaries(List<String> entries, Path launcherDir, Path configDir, String triple) {

    /** The binaries of {@code config} for this process: launched from a bundle or from a class path with {@code configDir}. */
    public static ExternalBinaries of(TauriConfig config, Path configDir) {
        return new ExternalBinaries(config.bundle().externalBin(), launcherDir(System.getProperty("jpackage.app-path")), configDir,
                TargetTriple.current());
    }

    // The /usr/bin launcher passes $0-relative paths (/usr/bin/../../opt/app/bin/app), so that an extracted package
    // runs too; the sidecar's path, which the sidecar sees as $0 and errors name, is given without the detour.
    static Path launcherDir(String appPath) {
        return appPath == null ? null : Path.of(appPath).toAbsolutePath().normalize().getParent();
    }

    /**
     * Where {@code entry}'s binary is; it may be missing, which the caller reports with its own context.
     *
     * @throws IllegalArgumentException when {@code bundle.externalBin} does not list {@code entry}
     * @throws IllegalStateException    when run from a class path without a config file: nothing says where the project is
     */
    public Path resolve(String entry) {
        if (!entries.contains(entry)) {
            throw new IllegalArgumentException("sidecar not configured under `tauri.conf.json > bundle > externalBin`: " + entry
                    + ". Fix: add \"" + entry + "\" to bundle.externalBin (the project keeps it as "
                    + BundleConfig.sourcePath(entry, triple) + ")");
        }
        if (launcherDir != null) return launcherDir.resolve(BundleConfig.bundledName(entry, triple));
        if (configDir != null) return configDir.resolve(BundleConfig.sourcePath(entry, triple)).normalize();
        throw new IllegalStateException("cannot find the sidecar " + entry + ": the app runs from a class path with the config"
                + " from its jar, so nothing says where the project's " + BundleConfig.sourcePath(entry, triple) + " is."
                + " Fix: start it with -Dtauri.config=<path to tauri.conf.json> (tauri:dev does), or run the bundle tauri:bundle makes");
    }
}
