package dev.tauri4j.assets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MimeTypesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "index.html   | text/html; charset=utf-8",
            "page.htm     | text/html; charset=utf-8",
            "app.js       | text/javascript; charset=utf-8",
            "app.mjs      | text/javascript; charset=utf-8",
            "app.cjs      | text/javascript; charset=utf-8",
            "app.css      | text/css; charset=utf-8",
            "data.json    | application/json; charset=utf-8",
            "app.js.map   | application/json; charset=utf-8",
            "logo.svg     | image/svg+xml",
            "a.png        | image/png",
            "a.jpg        | image/jpeg",
            "a.jpeg       | image/jpeg",
            "a.gif        | image/gif",
            "a.webp       | image/webp",
            "a.avif       | image/avif",
            "favicon.ico  | image/x-icon",
            "a.bmp        | image/bmp",
            "f.woff       | font/woff",
            "f.woff2      | font/woff2",
            "f.ttf        | font/ttf",
            "f.otf        | font/otf",
            "m.wasm       | application/wasm",
            "a.txt        | text/plain; charset=utf-8",
            "a.xml        | application/xml",
            "a.pdf        | application/pdf",
            "v.mp4        | video/mp4",
            "v.webm       | video/webm",
            "s.ogg        | audio/ogg",
            "s.mp3        | audio/mpeg",
            "s.wav        | audio/wav",
            "t.csv        | text/csv; charset=utf-8",
            "README.md    | text/markdown; charset=utf-8",
            "INDEX.HTML   | text/html; charset=utf-8",
            "Logo.PnG     | image/png",
            "a.exe        | application/octet-stream",
            "archive.tar.gz | application/octet-stream",
            "Makefile     | application/octet-stream",
            ".htaccess    | application/octet-stream",
            "trailing.    | application/octet-stream",
    })
    void byExtension(String name, String expected) {
        assertThat(MimeTypes.forName(name)).isEqualTo(expected);
        assertThat(MimeTypes.forKey(new AssetKey(name))).isEqualTo(expected);
    }

    @Test
    void forNameLooksOnlyAtTheLastSegment() {
        assertThat(MimeTypes.forName("assets/app.js")).isEqualTo("text/javascript; charset=utf-8");
        assertThat(MimeTypes.forName("v1.2/readme")).isEqualTo(MimeTypes.DEFAULT);
        assertThat(MimeTypes.forName("")).isEqualTo(MimeTypes.DEFAULT);
    }

    @Test
    void directoryKeysHaveNoType() {
        assertThat(MimeTypes.forKey(new AssetKey("site.html/"))).isEqualTo(MimeTypes.DEFAULT);
    }
}
