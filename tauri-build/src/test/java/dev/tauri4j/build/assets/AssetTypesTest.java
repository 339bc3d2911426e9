package dev.tauri4j.build.assets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssetTypesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "index.html | text/html; charset=utf-8",
            "assets/app.js | text/javascript; charset=utf-8",
            "assets/app.mjs | text/javascript; charset=utf-8",
            "assets/app.css | text/css; charset=utf-8",
            "data.json | application/json; charset=utf-8",
            "assets/app.js.map | application/json; charset=utf-8",
            "robots.txt | text/plain; charset=utf-8",
            "icon.svg | image/svg+xml",
            "a.png | image/png",
            "a.jpg | image/jpeg",
            "a.gif | image/gif",
            "a.webp | image/webp",
            "favicon.ico | image/x-icon",
            "f.woff | font/woff",
            "f.woff2 | font/woff2",
            "f.ttf | font/ttf",
            "m.wasm | application/wasm",
            "LOGO.PNG | image/png",
            "assets/archive.tar.gz | application/octet-stream",
            "LICENSE | application/octet-stream",
            ".env | application/octet-stream",
            "weird. | application/octet-stream",
            "dir.js/file | application/octet-stream"})
    void typeByExtensionAsTheRuntimeServesIt(String key, String type) {
        assertThat(AssetTypes.forKey(key)).isEqualTo(type);
    }
}
