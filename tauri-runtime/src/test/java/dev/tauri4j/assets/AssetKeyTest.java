package dev.tauri4j.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AssetKeyTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\"\"                       | index.html",
            "/                        | index.html",
            "//                       | index.html",
            "/.                       | index.html",
            "/./                      | index.html",
            "/index.html              | index.html",
            "/assets/app.js           | assets/app.js",
            "assets/app.js            | assets/app.js",
            "//assets///app.js        | assets/app.js",
            "/./assets/./app.js       | assets/app.js",
            "/%2e/assets/%2E/app.js   | assets/app.js",
            "/assets/app%20x.js       | assets/app x.js",
            "/assets/a+b.js           | assets/a+b.js",
            "/assets/app.js?v=1       | assets/app.js",
            "/assets/app.js#top       | assets/app.js",
            "/assets/app.js?x=../../y | assets/app.js",
            "/x#../..                 | x",
            "/?../..                  | index.html",
            "/docs/                   | docs/",
            "/docs//                  | docs/",
            "/docs/.                  | docs/",
            "/docs/./                 | docs/",
            "/docs?q                  | docs",
            "/%E2%82%AC.txt           | \u20ac.txt",
            "/\u20ac.txt              | \u20ac.txt",
            "/%F0%9F%98%80.png        | \ud83d\ude00.png",
            "/%252e%252e/secret       | %2e%2e/secret",
            "/.%2e.x                  | ...x",
            "/.well-known/a           | .well-known/a",
            "/etc/passwd              | etc/passwd",
            "//etc/passwd             | etc/passwd",
            "/\uff0e\uff0e/secret     | \uff0e\uff0e/secret",
    })
    void parsesToNormalisedKey(String raw, String expected) {
        assertThat(AssetKey.parse(raw).value()).isEqualTo(expected);
    }

    @Test
    void trailingSlashMarksADirectory() {
        assertThat(AssetKey.parse("/docs/").isDirectory()).isTrue();
        assertThat(AssetKey.parse("/docs").isDirectory()).isFalse();
        assertThat(AssetKey.parse("/").isDirectory()).isFalse();
    }

    @Test
    void fileNameAndExtension() {
        assertThat(new AssetKey("assets/app.min.js").fileName()).isEqualTo("app.min.js");
        assertThat(new AssetKey("assets/app.min.js").extension()).contains("js");
        assertThat(new AssetKey("docs/").fileName()).isEqualTo("docs");
        assertThat(new AssetKey("v1.2/").extension()).isEmpty();
        assertThat(new AssetKey("settings/profile").extension()).isEmpty();
        assertThat(new AssetKey(".env").extension()).isEmpty();
        assertThat(new AssetKey("a.").extension()).isEmpty();
        assertThat(new AssetKey("LOGO.PNG").extension()).contains("PNG");
    }

    @Test
    void keyOfExactlyMaxLengthIsAccepted() {
        String value = "a".repeat(AssetKey.MAX_LENGTH);
        assertThat(AssetKey.parse("/" + value).value()).isEqualTo(value);
    }

    @Test
    void keyLongerThanMaxLengthIsRejected() {
        assertThatThrownBy(() -> AssetKey.parse("/" + "a".repeat(AssetKey.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidAssetPathException.class)
                .hasMessage("path too long");
        assertThatThrownBy(() -> AssetKey.parse("/ab".repeat(400)))
                .hasMessage("path too long");
    }

    @Test
    void hugeRawPathIsRejectedBeforeDecoding() {
        assertThatThrownBy(() -> AssetKey.parse("/" + "%2e/".repeat(AssetKey.MAX_RAW_LENGTH)))
                .hasMessage("path too long");
    }

    @Test
    void exceptionIsAnIllegalArgumentExceptionWithoutThePath() {
        assertThatThrownBy(() -> AssetKey.parse("/../secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parent segment")
                .hasMessageNotContaining("secret");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/abs", "a//b", "./a", "a/./b", "../a", "a/..", "a\\b", "C:/x", "a/b:c",
            "a/\u0000", "...", "a/ ", "\ud800", "a\udc00b", "docs//"})
    void constructorRejectsUnnormalisedValues(String value) {
        assertThatThrownBy(() -> new AssetKey(value)).isInstanceOf(InvalidAssetPathException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "a/b/c.js", "docs/", "\ud83d\ude00", "%2e%2e/x", ".well-known/x"})
    void constructorAcceptsNormalisedValues(String value) {
        assertThat(new AssetKey(value).value()).isEqualTo(value);
    }

    @Test
    void nullIsRefusedEarly() {
        assertThatThrownBy(() -> AssetKey.parse(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new AssetKey(null)).isInstanceOf(NullPointerException.class);
    }
}
