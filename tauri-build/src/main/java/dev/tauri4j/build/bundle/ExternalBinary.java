package dev.tauri4j.build.bundle;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One {@code bundle.externalBin} binary (a Tauri sidecar) to ship next to the app's launcher, in the app image's
 * {@code bin/}, where the runtime's {@code App.externalBinary} and the shell plugin's {@code Command.sidecar} find it.
 *
 * @param source   this machine's build in the project, {@code binaries/my-sidecar-x86_64-unknown-linux-gnu}
 * @param fileName its name in the bundle, without the target triple: {@code my-sidecar}
 */
public record ExternalBinary(Path source, String fileName) {

    public ExternalBinary {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fileName, "fileName");
    }
}
