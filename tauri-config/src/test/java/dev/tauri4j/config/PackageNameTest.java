package dev.tauri4j.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PackageNameTest {

    @Test
    void aLowerCaseSlugOfTheProductName() {
        assertThat(PackageName.of("Hello World!", "com.example.x")).isEqualTo("hello-world");
        assertThat(PackageName.of("  Über App 2 ", "com.example.x")).isEqualTo("uber-app-2");
        assertThat(PackageName.of("libfoo++", "com.example.x")).isEqualTo("libfoo++");
    }

    @Test
    void tooShortAProductNameFallsBackToTheIdentifier() {
        assertThat(PackageName.of("!", "com.example.My App")).isEqualTo("my-app");
        assertThat(PackageName.of(TauriConfig.defaults("com.example.notes"))).isEqualTo("notes");
        assertThat(PackageName.of("!", "com.example.x")).isNull();
    }
}
