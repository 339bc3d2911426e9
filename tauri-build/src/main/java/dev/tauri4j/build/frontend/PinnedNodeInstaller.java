package dev.tauri4j.build.frontend;

import com.github.eirslett.maven.plugins.frontend.lib.CacheDescriptor;
import com.github.eirslett.maven.plugins.frontend.lib.CacheResolver;
import com.github.eirslett.maven.plugins.frontend.lib.FrontendPluginFactory;
import com.github.eirslett.maven.plugins.frontend.lib.InstallationException;
import com.github.eirslett.maven.plugins.frontend.lib.ProxyConfig;
import dev.tauri4j.build.BuildLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Installs a pinned Node.js (with its npm) through frontend-plugin-core.
 *
 * <p>Only the installer is used: frontend-plugin-core's runners always execute {@code installDir/node/node}, never a
 * Node from the PATH, and block with no way to stop them. So the build runs every command itself (see
 * {@link ToolRunner}) with the installed folder first on the PATH, which serves the pinned and the PATH case alike.
 */
final class PinnedNodeInstaller {

    private static final String CACHE_GROUP_PATH = "com/github/eirslett";
    private static final boolean WINDOWS = System.getProperty("os.name").startsWith("Windows");

    private final BuildLog log;

    PinnedNodeInstaller(BuildLog log) {
        this.log = log;
    }

    /** Installs {@code pinned} unless it is already there; returns the folder holding {@code node} and {@code npm}. */
    Path install(NodeSource.Pinned pinned, Path workingDir) {
        String classifier = classifier();
        String extension = WINDOWS ? "zip" : "tar.gz";
        Path archive = archivePath(pinned, new CacheDescriptor("node", pinned.tag(), classifier, extension));
        String url = pinned.downloadRoot() + pinned.tag() + "/node-" + pinned.tag() + "-" + classifier + "." + extension;
        Path binDir = pinned.installDir().resolve("node");
        log.info("Using Node " + pinned.tag() + " in " + binDir + " (archive " + archive
                + (Files.isRegularFile(archive) ? ", cached)" : ", downloading from " + url + ")"));

        CacheResolver cache = descriptor -> archivePath(pinned, descriptor).toFile();
        FrontendPluginFactory factory =
                new FrontendPluginFactory(workingDir.toFile(), pinned.installDir().toFile(), cache);
        try {
            factory.getNodeInstaller(new ProxyConfig(List.of()))
                    .setNodeVersion(pinned.tag())
                    .setNodeDownloadRoot(pinned.downloadRoot().toString())
                    // "provided" keeps the npm that ships in the Node archive, so no second download is needed.
                    .setNpmVersion("provided")
                    .install();
        } catch (InstallationException e) {
            throw new FrontendBuildException("Cannot install Node " + pinned.tag() + " from " + url + ": "
                    + describe(e) + ". Fix: check the version and that the download root serves nodejs.org's "
                    + "layout (v<version>/node-v<version>-" + classifier + "." + extension + "); offline, put that "
                    + "archive at " + archive + ", or drop the pinned version to use the Node on the PATH", e);
        }
        Path node = binDir.resolve(WINDOWS ? "node.exe" : "node");
        if (!Files.isExecutable(node)) {
            throw new FrontendBuildException("Node " + pinned.tag() + " was installed, but " + node
                    + " is missing or not executable. Fix: delete " + pinned.installDir() + " and build again");
        }
        return binDir;
    }

    // frontend-plugin-core keeps its own platform detection to itself; this copy of its naming only feeds the
    // log and error messages, while the installer passes the real names to the cache resolver.
    private static String classifier() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String osName = os.startsWith("mac") ? "darwin" : WINDOWS ? "win" : "linux";
        String archName = switch (arch) {
            case "amd64", "x86_64" -> "x64";
            case "aarch64", "arm64" -> "arm64";
            default -> arch;
        };
        return osName + "-" + archName;
    }

    // A Maven-repository path, so that with the local repository as cache the archive sits there like an artifact.
    private static Path archivePath(NodeSource.Pinned pinned, CacheDescriptor d) {
        String version = d.getVersion().startsWith("v") ? d.getVersion().substring(1) : d.getVersion();
        String classifier = d.getClassifier() == null ? "" : "-" + d.getClassifier();
        return pinned.cacheDir().resolve(CACHE_GROUP_PATH).resolve(d.getName()).resolve(version)
                .resolve(d.getName() + "-" + version + classifier + "." + d.getExtension());
    }

    // The library wraps the real reason (a 404, a missing file, a broken archive) in two generic layers.
    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root == e ? e.getMessage() : e.getMessage() + " (" + root.getMessage() + ")";
    }
}
