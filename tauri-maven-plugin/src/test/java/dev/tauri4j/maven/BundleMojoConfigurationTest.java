package dev.tauri4j.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.Instant;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** How a pom's {@code <configuration>} and {@code -Dtauri.*} properties reach {@link BundleMojo}'s fields. */
@MojoTest
class BundleMojoConfigurationTest {

    private static final File BASEDIR = new File(MojoExtension.getBasedir());

    @Test
    @InjectMojo(goal = "bundle")
    void withoutConfigurationEverythingComesFromTheTauriConfig(BundleMojo mojo) {
        // no default: the goal looks for tauri.conf.json in the project, then in src-tauri/ (ConfigFiles.locate)
        assertThat(mojo.config).isNull();
        assertThat(mojo.basedir).isEqualTo(BASEDIR);
        assertThat(mojo.mainClass).as("the jar manifest's Main-Class is used").isNull();
        // The harness hands an unset List parameter over as an empty list, not null.
        assertThat(mojo.targets).isNullOrEmpty();
        assertThat(mojo.icon).isNull();
        assertThat(mojo.publisher).isNull();
        assertThat(mojo.category).isNull();
        assertThat(mojo.copyright).isNull();
        assertThat(mojo.license).isNull();
        assertThat(mojo.licenseFile).isNull();
        assertThat(mojo.shortDescription).isNull();
        assertThat(mojo.longDescription).isNull();
        assertThat(mojo.debDepends).isNullOrEmpty();
        assertThat(mojo.rpmDepends).isNullOrEmpty();
        assertThat(mojo.jvmOptions).isNullOrEmpty();
        assertThat(mojo.aotCache).as("unset: tauri.conf.json decides").isNull();
        assertThat(mojo.fastStartOptions).isNull();
        assertThat(mojo.cdsArchive).isNull();
        assertThat(mojo.outputDir).isEqualTo(new File(BASEDIR, "target/bundle"));
        assertThat(mojo.signingKey).isNull();
        assertThat(mojo.signingKeyPasswordEnv).isEqualTo("TAURI_SIGNING_PRIVATE_KEY_PASSWORD");
        assertThat(mojo.skip).isFalse();
    }

    @Test
    @InjectMojo(goal = "bundle", pom = "classpath:bundle-configured-pom.xml")
    void pomConfigurationSetsEveryParameter(BundleMojo mojo) {
        assertThat(mojo.config).isEqualTo(new File(BASEDIR, "app/tauri.conf.json"));
        assertThat(mojo.mainClass).isEqualTo("com.example.Main");
        assertThat(mojo.targets).containsExactly("deb", "app-image");
        assertThat(mojo.icon).isEqualTo(new File(BASEDIR, "art/icon.png"));
        assertThat(mojo.publisher).isEqualTo("Example Ltd");
        assertThat(mojo.category).isEqualTo("DeveloperTool");
        assertThat(mojo.copyright).isEqualTo("Copyright 2025 Example Ltd");
        assertThat(mojo.license).isEqualTo("Apache-2.0");
        assertThat(mojo.licenseFile).isEqualTo(new File(BASEDIR, "LICENSE.txt"));
        assertThat(mojo.shortDescription).isEqualTo("An example app");
        assertThat(mojo.longDescription).isEqualTo("An example app, described at length.");
        assertThat(mojo.debDepends).containsExactly("libssl3", "ffmpeg");
        assertThat(mojo.rpmDepends).containsExactly("openssl-libs");
        assertThat(mojo.jvmOptions).containsExactly("-Xmx512m", "-Dapp.mode=release");
        assertThat(mojo.outputDir).isEqualTo(new File(BASEDIR, "dist"));
        assertThat(mojo.signingKey).isEqualTo(new File(BASEDIR, "keys/app.key"));
        assertThat(mojo.signingKeyPasswordEnv).isEqualTo("MY_KEY_PASSWORD");
        assertThat(mojo.skip).isTrue();
    }

    /** {@code mvn tauri:bundle -Dtauri.bundle.targets=deb,rpm ...}: user properties, with nothing in the pom. */
    @Nested
    class FromUserProperties {

        @Inject
        MavenSession session;

        @BeforeEach
        void commandLine() {
            var p = session.getUserProperties();
            p.setProperty("tauri.config", "desktop/tauri.conf.json");
            p.setProperty("tauri.mainClass", "org.example.App");
            p.setProperty("tauri.bundle.targets", "deb,rpm");
            p.setProperty("tauri.bundle.icon", "/art/app.png");
            p.setProperty("tauri.bundle.publisher", "ACME");
            p.setProperty("tauri.bundle.category", "Productivity");
            p.setProperty("tauri.bundle.copyright", "(c) ACME");
            p.setProperty("tauri.bundle.license", "MIT");
            p.setProperty("tauri.bundle.licenseFile", "COPYING");
            p.setProperty("tauri.bundle.shortDescription", "Short");
            p.setProperty("tauri.bundle.longDescription", "Long");
            p.setProperty("tauri.bundle.debDepends", "libssl3,curl");
            p.setProperty("tauri.bundle.rpmDepends", "openssl-libs");
            p.setProperty("tauri.bundle.jvmOptions", "-Xmx1g");
            p.setProperty("tauri.bundle.aotCache", "false");
            p.setProperty("tauri.bundle.fastStartOptions", "false");
            p.setProperty("tauri.bundle.cdsArchive", "true");
            p.setProperty("tauri.bundle.output", "/tmp/packages");
            p.setProperty("tauri.signingKey", "/secure/app.key");
            p.setProperty("tauri.signingKeyPasswordEnv", "CI_KEY_PASSWORD");
            p.setProperty("tauri.skip", "true");
        }

        @Test
        @InjectMojo(goal = "bundle")
        void propertiesSetTheirParameters(BundleMojo mojo) {
            assertThat(mojo.config).isEqualTo(new File(BASEDIR, "desktop/tauri.conf.json"));
            assertThat(mojo.mainClass).isEqualTo("org.example.App");
            assertThat(mojo.targets).as("a comma list is split into entries").containsExactly("deb", "rpm");
            assertThat(mojo.icon).isEqualTo(new File("/art/app.png"));
            assertThat(mojo.publisher).isEqualTo("ACME");
            assertThat(mojo.category).isEqualTo("Productivity");
            assertThat(mojo.copyright).isEqualTo("(c) ACME");
            assertThat(mojo.license).isEqualTo("MIT");
            assertThat(mojo.licenseFile).isEqualTo(new File(BASEDIR, "COPYING"));
            assertThat(mojo.shortDescription).isEqualTo("Short");
            assertThat(mojo.longDescription).isEqualTo("Long");
            assertThat(mojo.debDepends).containsExactly("libssl3", "curl");
            assertThat(mojo.rpmDepends).containsExactly("openssl-libs");
            assertThat(mojo.jvmOptions).containsExactly("-Xmx1g");
            assertThat(mojo.aotCache).isFalse();
            assertThat(mojo.fastStartOptions).isFalse();
            assertThat(mojo.cdsArchive).isTrue();
            assertThat(mojo.outputDir).isEqualTo(new File("/tmp/packages"));
            assertThat(mojo.signingKey).isEqualTo(new File("/secure/app.key"));
            assertThat(mojo.signingKeyPasswordEnv).isEqualTo("CI_KEY_PASSWORD");
            assertThat(mojo.skip).isTrue();
        }

        @Test
        @InjectMojo(goal = "bundle", pom = "classpath:bundle-configured-pom.xml")
        void thePomWinsOverAProperty(BundleMojo mojo) {
            // Only single values here: under the harness a list's -D property replaces the pom's entries.
            assertThat(mojo.mainClass).isEqualTo("com.example.Main");
            assertThat(mojo.publisher).isEqualTo("Example Ltd");
            assertThat(mojo.outputDir).isEqualTo(new File(BASEDIR, "dist"));
        }
    }

    /** {@code project.build.outputTimestamp}, as Maven accepts it. */
    @Nested
    class OutputTimestamp {

        @Test
        void isoWithAnOffsetIsThatInstant() {
            assertThat(BundleMojo.timestamp("2025-01-02T03:04:05+02:00")).isEqualTo(Instant.parse("2025-01-02T01:04:05Z"));
            assertThat(BundleMojo.timestamp("2025-01-02T03:04:05Z")).isEqualTo(Instant.parse("2025-01-02T03:04:05Z"));
        }

        @Test
        void digitsAreSecondsSinceTheEpoch() {
            assertThat(BundleMojo.timestamp("1735786800")).isEqualTo(Instant.ofEpochSecond(1735786800L));
        }

        @Test
        void aSingleCharacterMeansNotReproducible() {
            assertThat(BundleMojo.timestamp("a")).isNull();
            assertThat(BundleMojo.timestamp("0")).isNull();
        }

        @Test
        void unsetIsNull() {
            assertThat(BundleMojo.timestamp(null)).isNull();
        }
    }
}
