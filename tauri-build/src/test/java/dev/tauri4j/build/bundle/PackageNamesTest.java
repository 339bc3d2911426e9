package dev.tauri4j.build.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PackageNamesTest {

    @Test
    void nameIsALowerCaseSlugOfTheProductName() {
        assertThat(names("Hello World!", "1.0.0").name()).isEqualTo("hello-world");
        assertThat(names("  Über App 2 ", "1.0.0").name()).isEqualTo("uber-app-2");
        assertThat(names("libfoo++", "1.0.0").name()).isEqualTo("libfoo++");
    }

    @Test
    void tooShortANameFallsBackToTheIdentifier() {
        assertThat(names("!", "1.0.0").name()).isEqualTo("myapp");
    }

    @Test
    void preReleaseSortsBeforeTheRelease() {
        PackageNames n = names("x1", "1.2.0-beta.1");
        assertThat(n.debVersion()).isEqualTo("1.2.0~beta.1");
        assertThat(n.rpmVersion()).isEqualTo("1.2.0~beta.1");
        // dpkg agrees: 1.2.0~beta.1 < 1.2.0
        Fixtures.run("dpkg", "--compare-versions", n.debVersion(), "lt", "1.2.0");
    }

    @Test
    void aVersionMustStartWithADigit() {
        assertThatThrownBy(() -> names("x1", "v1.0")).isInstanceOf(BundleException.class)
                .hasMessageContaining("start with a digit");
    }

    @Test
    void architectures() {
        assertThat(PackageNames.debArch("amd64")).isEqualTo("amd64");
        assertThat(PackageNames.debArch("aarch64")).isEqualTo("arm64");
    }

    private static PackageNames names(String product, String version) {
        return PackageNames.of(BundleRequest.builder().appJar(Path.of("a.jar")).mainClass("a.A").productName(product)
                .version(version).identifier("com.example.myapp").outputDir(Path.of("o")).workDir(Path.of("w"))
                .build());
    }
}
