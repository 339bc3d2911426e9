package dev.tauri4j.internal.core.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sidecars next to the bundle's launcher, or the project's triple-suffixed file beside the config when run from a class path. */
class ExternalBinariesTest {

    private static final String TRIPLE = "x86_64-unknown-linux-gnu";
    private static final List<String> ENTRIES = List.of("binaries/my-sidecar");

    @Test
    void inABundleTheSidecarIsNextToTheLauncherWithoutTheTriple() {
        ExternalBinaries bins = new ExternalBinaries(ENTRIES, Path.of("/opt/app/bin"), Path.of("/src/app"), TRIPLE);
        assertThat(bins.resolve("binaries/my-sidecar")).isEqualTo(Path.of("/opt/app/bin/my-sidecar"));
    }

    @Test
    void theUsrBinLaunchersRelativeAppPathIsNormalised() {
        assertThat(ExternalBinaries.launcherDir("/usr/bin/../../opt/app/bin/app")).isEqualTo(Path.of("/opt/app/bin"));
        assertThat(ExternalBinaries.launcherDir(null)).isNull();
    }

    @Test
    void fromAClassPathItIsTheProjectsTripleSuffixedFileBesideTheConfig() {
        ExternalBinaries bins = new ExternalBinaries(ENTRIES, null, Path.of("/src/app/src-tauri"), TRIPLE);
        assertThat(bins.resolve("binaries/my-sidecar"))
                .isEqualTo(Path.of("/src/app/src-tauri/binaries/my-sidecar-x86_64-unknown-linux-gnu"));
    }

    @Test
    void anEntryNotInExternalBinGetsTaurisMessageAndTheFix() {
        ExternalBinaries bins = new ExternalBinaries(ENTRIES, Path.of("/opt/app/bin"), null, TRIPLE);
        assertThatThrownBy(() -> bins.resolve("binaries/other")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sidecar not configured under `tauri.conf.json > bundle > externalBin`: binaries/other")
                .hasMessageContaining("binaries/other-x86_64-unknown-linux-gnu");
    }

    @Test
    void withoutABundleOrAConfigFileTheErrorSaysHowToStart() {
        ExternalBinaries bins = new ExternalBinaries(ENTRIES, null, null, TRIPLE);
        assertThatThrownBy(() -> bins.resolve("binaries/my-sidecar")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("-Dtauri.config=");
    }
}
