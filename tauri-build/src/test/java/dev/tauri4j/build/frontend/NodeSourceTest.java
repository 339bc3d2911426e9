package dev.tauri4j.build.frontend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The pinned Node version is the user's setting, so a version that pins nothing is theirs to fix. */
class NodeSourceTest {

    @Test
    void aRangeOrAliasIsRefusedWithAFix() {
        assertThatThrownBy(() -> pinned("lts"))
                .isInstanceOf(FrontendBuildException.class)
                .hasMessageContaining("found \"lts\"")
                .hasMessageContaining("Fix: pin an exact release, e.g. 22.12.0");
        assertThatThrownBy(() -> pinned("^22")).isInstanceOf(FrontendBuildException.class);
    }

    @Test
    void aFullVersionIsTakenWithOrWithoutItsV() {
        assertThat(pinned("v22.12.0").version()).isEqualTo("22.12.0");
        assertThat(pinned("22.12.0").tag()).isEqualTo("v22.12.0");
    }

    private static NodeSource.Pinned pinned(String version) {
        return new NodeSource.Pinned(version, null, Path.of("node"), Path.of("m2"));
    }
}
