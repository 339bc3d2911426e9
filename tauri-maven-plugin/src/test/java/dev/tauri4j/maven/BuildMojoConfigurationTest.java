package dev.tauri4j.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.build.frontend.FrontendBuildMode;
import java.io.File;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** How a pom's {@code <configuration>} and {@code -Dtauri.*} properties reach {@link BuildMojo}'s fields. */
@MojoTest
class BuildMojoConfigurationTest {

    private static final File BASEDIR = new File(MojoExtension.getBasedir());

    @Test
    @InjectMojo(goal = "build")
    void defaultsFollowTauriConventionsInTheProject(BuildMojo mojo) {
        // no default: the goal looks for tauri.conf.json in the project, then in src-tauri/ (ConfigFiles.locate)
        assertThat(mojo.config).isNull();
        assertThat(mojo.basedir).isEqualTo(BASEDIR);
        assertThat(mojo.frontendDir).isEqualTo(BASEDIR);
        assertThat(mojo.classesDir).isEqualTo(new File(BASEDIR, "target/classes"));
        assertThat(mojo.stateFile).isEqualTo(new File(BASEDIR, "target/tauri/frontend.state"));
        assertThat(mojo.nodeInstallDir).isEqualTo(new File(BASEDIR, "target/tauri/node"));
        assertThat(mojo.frontendBuild).isEqualTo(FrontendBuildMode.IF_CHANGED);
        assertThat(mojo.nodeVersion).isNull();
        assertThat(mojo.nodeDownloadRoot).isEqualTo("https://nodejs.org/dist/");
        assertThat(mojo.extraInputs).isNullOrEmpty(); // a list with a user property may arrive empty when unset
        assertThat(mojo.environment).isNull();
        assertThat(mojo.signingKey).isNull();
        assertThat(mojo.signingKeyPasswordEnv).isEqualTo("TAURI_SIGNING_PRIVATE_KEY_PASSWORD");
        assertThat(mojo.bindingsFile).isNull(); // then <frontendDir>/src/bindings.ts
        assertThat(mojo.skipBindings).isFalse();
        assertThat(mojo.embedPublicKey).isTrue();
        assertThat(mojo.skip).isFalse();
    }

    @Test
    @InjectMojo(goal = "build", pom = "classpath:build-configured-pom.xml")
    void pomConfigurationSetsEveryParameter(BuildMojo mojo) {
        assertThat(mojo.config).isEqualTo(new File(BASEDIR, "app/tauri.conf.json"));
        assertThat(mojo.frontendDir).isEqualTo(new File(BASEDIR, "ui"));
        assertThat(mojo.frontendBuild).isEqualTo(FrontendBuildMode.NEVER);
        assertThat(mojo.nodeVersion).isEqualTo("v22.12.0");
        assertThat(mojo.nodeDownloadRoot).isEqualTo("file:///opt/node-mirror/");
        // Kept as written: the core resolves them against the frontend folder, not the project.
        assertThat(mojo.extraInputs).containsExactly("../shared", "vite.config.ts");
        assertThat(mojo.environment).isEqualTo(Map.of("VITE_API_URL", "https://api.example.com"));
        assertThat(mojo.signingKey).isEqualTo(new File(BASEDIR, "keys/app.key"));
        assertThat(mojo.signingKeyPasswordEnv).isEqualTo("MY_KEY_PASSWORD");
    }

    @Test
    @InjectMojo(goal = "build")
    @MojoParameter(name = "frontendBuild", value = "ALWAYS")
    @MojoParameter(name = "extraInputs", value = "shared,vite.config.ts")
    void anEnumAndACommaSeparatedListConvertFromText(BuildMojo mojo) {
        assertThat(mojo.frontendBuild).isEqualTo(FrontendBuildMode.ALWAYS);
        assertThat(mojo.extraInputs).isEqualTo(List.of("shared", "vite.config.ts"));
    }

    /** {@code mvn package -Dtauri.frontendBuild=NEVER ...}: user properties, with nothing in the pom. */
    @Nested
    class FromUserProperties {

        @Inject
        MavenSession session;

        @BeforeEach
        void commandLine() {
            session.getUserProperties().setProperty("tauri.config", "desktop/tauri.conf.json");
            session.getUserProperties().setProperty("tauri.frontendDir", "web");
            session.getUserProperties().setProperty("tauri.frontendBuild", "ALWAYS");
            session.getUserProperties().setProperty("tauri.nodeVersion", "v20.18.1");
            session.getUserProperties().setProperty("tauri.signingKey", "/secure/app.key");
            session.getUserProperties().setProperty("tauri.signingKeyPasswordEnv", "CI_KEY_PASSWORD");
            session.getUserProperties().setProperty("tauri.skip", "true");
        }

        @Test
        @InjectMojo(goal = "build")
        void propertiesSetTheirParameters(BuildMojo mojo) {
            assertThat(mojo.config).isEqualTo(new File(BASEDIR, "desktop/tauri.conf.json"));
            assertThat(mojo.frontendDir).isEqualTo(new File(BASEDIR, "web"));
            assertThat(mojo.frontendBuild).isEqualTo(FrontendBuildMode.ALWAYS);
            assertThat(mojo.nodeVersion).isEqualTo("v20.18.1");
            assertThat(mojo.signingKey).isEqualTo(new File("/secure/app.key"));
            assertThat(mojo.signingKeyPasswordEnv).isEqualTo("CI_KEY_PASSWORD");
            assertThat(mojo.skip).isTrue();
        }

        @Test
        @InjectMojo(goal = "build", pom = "classpath:build-configured-pom.xml")
        void thePomWinsOverAProperty(BuildMojo mojo) {
            // Maven's rule: a property only fills a parameter the pom leaves unset.
            assertThat(mojo.frontendBuild).isEqualTo(FrontendBuildMode.NEVER);
            assertThat(mojo.nodeVersion).isEqualTo("v22.12.0");
            assertThat(mojo.signingKey).isEqualTo(new File(BASEDIR, "keys/app.key"));
            assertThat(mojo.skip).isTrue();
        }
    }
}
