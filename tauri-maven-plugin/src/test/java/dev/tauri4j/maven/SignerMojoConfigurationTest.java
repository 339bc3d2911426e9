package dev.tauri4j.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** How a pom's {@code <configuration>} and {@code -Dtauri.signer.*} properties reach {@link SignerMojo}'s fields. */
@MojoTest
class SignerMojoConfigurationTest {

    private static final File BASEDIR = new File(MojoExtension.getBasedir());

    @Inject
    MavenSession session;

    @BeforeEach
    void systemPropertiesAsMavenHasThem() {
        // Maven puts the JVM's system properties into the session (${user.home} comes from there); the harness's
        // session starts empty.
        session.getSystemProperties().putAll(System.getProperties());
    }

    @Test
    @InjectMojo(goal = "signer")
    void withoutConfigurationItGeneratesAPasswordProtectedKeyInTheUsersHome(SignerMojo mojo) {
        assertThat(mojo.file).as("no file: generate keys").isNull();
        assertThat(mojo.secretKey).isEqualTo(new File(System.getProperty("user.home"), ".tauri4j/app.key"));
        assertThat(mojo.publicKey).isNull();
        assertThat(mojo.noPassword).isFalse();
        assertThat(mojo.force).isFalse();
        assertThat(mojo.passwordEnv).isEqualTo("TAURI_SIGNING_PRIVATE_KEY_PASSWORD");
        assertThat(mojo.comment).isNull();
    }

    @Test
    @InjectMojo(goal = "signer", pom = "classpath:signer-configured-pom.xml")
    void pomConfigurationSetsTheParameters(SignerMojo mojo) {
        assertThat(mojo.file).isEqualTo(new File(BASEDIR, "target/app.tar.gz"));
        assertThat(mojo.secretKey).isEqualTo(new File(BASEDIR, "keys/release.key"));
        assertThat(mojo.publicKey).isEqualTo(new File(BASEDIR, "keys/release.pub"));
        assertThat(mojo.noPassword).isTrue();
        assertThat(mojo.comment).isEqualTo("release 1.0");
    }

    @Test
    @InjectMojo(goal = "signer")
    @MojoParameter(name = "noPassword", value = "true")
    @MojoParameter(name = "force", value = "true")
    void booleansConvertFromText(SignerMojo mojo) {
        assertThat(mojo.noPassword).isTrue();
        assertThat(mojo.force).isTrue();
    }

    /** {@code mvn tauri:signer -Dtauri.signer.file=... -Dtauri.signer.secretKey=... -Dtauri.signer.noPassword=true}. */
    @Nested
    class FromUserProperties {

        @BeforeEach
        void commandLine() {
            session.getUserProperties().setProperty("tauri.signer.file", "/work/app.AppImage");
            session.getUserProperties().setProperty("tauri.signer.secretKey", "/secure/ci.key");
            session.getUserProperties().setProperty("tauri.signer.publicKey", "/secure/ci.pub");
            session.getUserProperties().setProperty("tauri.signer.noPassword", "true");
            session.getUserProperties().setProperty("tauri.signer.force", "true");
            session.getUserProperties().setProperty("tauri.signer.passwordEnv", "CI_KEY_PASSWORD");
            session.getUserProperties().setProperty("tauri.signer.comment", "nightly");
        }

        @Test
        @InjectMojo(goal = "signer")
        void propertiesSetTheirParameters(SignerMojo mojo) {
            assertThat(mojo.file).isEqualTo(new File("/work/app.AppImage"));
            assertThat(mojo.secretKey).isEqualTo(new File("/secure/ci.key"));
            assertThat(mojo.publicKey).isEqualTo(new File("/secure/ci.pub"));
            assertThat(mojo.noPassword).isTrue();
            assertThat(mojo.force).isTrue();
            assertThat(mojo.passwordEnv).isEqualTo("CI_KEY_PASSWORD");
            assertThat(mojo.comment).isEqualTo("nightly");
        }
    }
}
