package dev.tauri4j.build.frontend;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/** Which Node.js runs the frontend build: the one on the PATH, or a pinned version installed for the build. */
public sealed interface NodeSource {

    /** Node, npm and any other package manager as found on the PATH of the build. */
    record OnPath() implements NodeSource {
    }

    /**
     * A pinned Node.js, downloaded once into {@code cacheDir} and unpacked into {@code installDir}; it comes with
     * its own npm, and its folder goes first on the PATH of every command the frontend build runs.
     *
     * @param version      the Node.js version, e.g. "22.12.0" (a leading "v" is accepted)
     * @param downloadRoot where releases live in nodejs.org's layout ({@code v<version>/node-v<version>-linux-x64.tar.gz});
     *                     https, http or file; null for {@link #DEFAULT_DOWNLOAD_ROOT}
     * @param installDir   the folder to unpack into; Node lands in {@code installDir/node/node}
     * @param cacheDir     where downloaded archives are kept between builds (the plugin passes the local Maven
     *                     repository), laid out as {@code com/github/eirslett/node/<version>/node-<version>-<os-arch>.tar.gz}
     */
    record Pinned(String version, URI downloadRoot, Path installDir, Path cacheDir) implements NodeSource {

        /** The official Node.js release server. */
        public static final URI DEFAULT_DOWNLOAD_ROOT = URI.create("https://nodejs.org/dist/");

        public Pinned {
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(installDir, "installDir");
            Objects.requireNonNull(cacheDir, "cacheDir");
            String bare = version.startsWith("v") ? version.substring(1) : version;
            if (!bare.matches("\\d+\\.\\d+\\.\\d+")) {
                // the version is the user's setting (the plugin's nodeVersion), so this is theirs to fix
                throw new FrontendBuildException("Node version must be a full release version such as 22.12.0, "
                        + "found \"" + version + "\"; ranges and aliases (lts, latest) are not pinned versions. "
                        + "Fix: pin an exact release, e.g. 22.12.0");
            }
            version = bare;
            downloadRoot = downloadRoot == null ? DEFAULT_DOWNLOAD_ROOT : withTrailingSlash(downloadRoot);
        }

        /** The version as Node prints it with {@code node --version}, e.g. "v22.12.0". */
        public String tag() {
            return "v" + version;
        }

        private static URI withTrailingSlash(URI root) {
            String s = root.toString();
            return s.endsWith("/") ? root : URI.create(s + "/");
        }
    }
}
