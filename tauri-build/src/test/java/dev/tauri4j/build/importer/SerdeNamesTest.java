package dev.tauri4j.build.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** serde's rename rules, on the examples of its RenameRule tests. */
class SerdeNamesTest {

    @Test
    void fields() {
        assertThat(SerdeNames.field("very_tasty", "camelCase")).isEqualTo("veryTasty");
        assertThat(SerdeNames.field("very_tasty", "PascalCase")).isEqualTo("VeryTasty");
        assertThat(SerdeNames.field("very_tasty", "SCREAMING_SNAKE_CASE")).isEqualTo("VERY_TASTY");
        assertThat(SerdeNames.field("very_tasty", "kebab-case")).isEqualTo("very-tasty");
        assertThat(SerdeNames.field("very_tasty", "SCREAMING-KEBAB-CASE")).isEqualTo("VERY-TASTY");
        assertThat(SerdeNames.field("a", "UPPERCASE")).isEqualTo("A");
    }

    @Test
    void variants() {
        assertThat(SerdeNames.variant("VeryTasty", "camelCase")).isEqualTo("veryTasty");
        assertThat(SerdeNames.variant("VeryTasty", "snake_case")).isEqualTo("very_tasty");
        assertThat(SerdeNames.variant("VeryTasty", "lowercase")).isEqualTo("verytasty");
        assertThat(SerdeNames.variant("VeryTasty", "SCREAMING_SNAKE_CASE")).isEqualTo("VERY_TASTY");
        assertThat(SerdeNames.variant("VeryTasty", "kebab-case")).isEqualTo("very-tasty");
        assertThat(SerdeNames.variant("A", "camelCase")).isEqualTo("a");
    }

    @Test
    void javaNames() {
        assertThat(SerdeNames.isJavaName("userName")).isTrue();
        assertThat(SerdeNames.isJavaName("very-tasty")).isFalse();
        assertThat(SerdeNames.isJavaName("default")).isFalse();
        assertThat(SerdeNames.javaName("default")).isEqualTo("default_");
    }
}
