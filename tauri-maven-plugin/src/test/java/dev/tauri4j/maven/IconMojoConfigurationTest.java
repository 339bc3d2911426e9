package dev.tauri4j.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** How a pom's {@code <configuration>} and {@code -Dtauri.icon.*} properties reach {@link IconMojo}'s fields. */
@MojoTest
class IconMojoConfigurationTest {

    private static final File BASEDIR = new File(MojoExtension.getBasedir());

    @Test
    @InjectMojo(goal = "icon")
    void defaultsAreTaurisNamesInTheProject(IconMojo mojo) {
        assertThat(mojo.source).isEqualTo(new File(BASEDIR, "app-icon.png"));
        assertThat(mojo.output).isEqualTo(new File(BASEDIR, "icons"));
        assertThat(mojo.skip).isFalse();
    }

    @Test
    @InjectMojo(goal = "icon", pom = "classpath:icon-configured-pom.xml")
    void pomConfigurationSetsEveryParameter(IconMojo mojo) {
        assertThat(mojo.source).isEqualTo(new File(BASEDIR, "art/logo.png"));
        assertThat(mojo.output).isEqualTo(new File(BASEDIR, "src-tauri/icons"));
        assertThat(mojo.skip).isTrue();
    }

    /** {@code mvn tauri:icon -Dtauri.icon.source=... -Dtauri.icon.output=...}. */
    @Nested
    class FromUserProperties {

        @Inject
        MavenSession session;

        @BeforeEach
        void commandLine() {
            session.getUserProperties().setProperty("tauri.icon.source", "/art/big.png");
            session.getUserProperties().setProperty("tauri.icon.output", "desktop/icons");
            session.getUserProperties().setProperty("tauri.skip", "true");
        }

        @Test
        @InjectMojo(goal = "icon")
        void propertiesSetTheirParameters(IconMojo mojo) {
            assertThat(mojo.source).isEqualTo(new File("/art/big.png"));
            assertThat(mojo.output).isEqualTo(new File(BASEDIR, "desktop/icons"));
            assertThat(mojo.skip).isTrue();
        }
    }
}
