package dev.tauri4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigFilesTest {

    @TempDir Path dir;

    private static JsonNode json(String text) {
        return ConfigLoader.parseJson(text.replace('\'', '"'), "test");
    }

    /** The examples of RFC 7396, appendix A, which Tauri's platform merge follows. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{'a':'b'}              | {'a':'c'}          | {'a':'c'}",
            "{'a':'b'}              | {'b':'c'}          | {'a':'b','b':'c'}",
            "{'a':'b'}              | {'a':null}         | {}",
            "{'a':'b','b':'c'}      | {'a':null}         | {'b':'c'}",
            "{'a':['b']}            | {'a':'c'}          | {'a':'c'}",
            "{'a':'c'}              | {'a':['b']}        | {'a':['b']}",
            "{'a':{'b':'c'}}        | {'a':{'b':'d','c':null}} | {'a':{'b':'d'}}",
            "{'a':[{'b':'c'}]}      | {'a':[1]}          | {'a':[1]}",
            "['a','b']              | ['c','d']          | ['c','d']",
            "{'a':'b'}              | ['c']              | ['c']",
            "{'a':'foo'}            | null               | null",
            "{'e':null}             | {'a':1}            | {'e':null,'a':1}",
            "[1,2]                  | {'a':'b','c':null} | {'a':'b'}",
            "{}                     | {'a':{'bb':{'ccc':null}}} | {'a':{'bb':{}}}"})
    void mergePatchFollowsRfc7396(String target, String patch, String result) {
        assertThat(ConfigFiles.mergePatch(json(target), json(patch))).isEqualTo(json(result));
    }

    @Test
    void theRootComesBeforeSrcTauri() throws Exception {
        Files.createDirectories(dir.resolve("src-tauri"));
        Files.writeString(dir.resolve("src-tauri/tauri.conf.json"), "{}");
        assertThat(ConfigFiles.locate(dir)).isEqualTo(dir.resolve("src-tauri/tauri.conf.json"));
        Files.writeString(dir.resolve("tauri.conf.json"), "{}");
        assertThat(ConfigFiles.locate(dir)).isEqualTo(dir.resolve("tauri.conf.json"));
    }

    @Test
    void noConfigNamesBothPlacesAndTheFix() {
        assertThatThrownBy(() -> ConfigFiles.locate(dir)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(dir.toString()).hasMessageContaining("src-tauri").hasMessageContaining("Fix:");
    }

    @ParameterizedTest
    @CsvSource({"tauri.conf.json, tauri.linux.conf.json", "tauri.conf.json5, tauri.linux.conf.json5", "Tauri.toml, Tauri.linux.toml"})
    void eachFormatHasItsOverlayName(String main, String overlay) throws Exception {
        Files.writeString(dir.resolve(main), "");
        assertThat(ConfigFiles.overlay(dir.resolve(main), "linux")).isEmpty();
        Files.writeString(dir.resolve(overlay), "");
        assertThat(ConfigFiles.overlay(dir.resolve(main), "linux")).contains(dir.resolve(overlay));
        assertThat(ConfigFiles.overlay(dir.resolve(main), "windows")).isEmpty();
    }

    @Test
    void thePlatformFileIsMergedOverTheMainOne() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src-tauri"));
        Files.writeString(src.resolve("tauri.conf.json"), """
                {"productName": "App", "identifier": "com.example.app",
                 "build": {"frontendDist": "../dist"},
                 "app": {"windows": [{"title": "Main", "width": 800}]}}""");
        Files.writeString(src.resolve("tauri.linux.conf.json"), """
                {"productName": "App for Linux", "app": {"windows": [{"title": "Linux", "width": 640}]}}""");

        LoadedConfig linux = ConfigLoader.load(src.resolve("tauri.conf.json"), "linux");
        assertThat(linux.config().productName()).isEqualTo("App for Linux");
        assertThat(linux.config().app().windows()).singleElement().satisfies(w -> assertThat(w.title()).isEqualTo("Linux"));
        assertThat(linux.config().build().frontendDist()).isEqualTo("../dist");
        assertThat(linux.baseDir()).isEqualTo(src);
        assertThat(linux.files()).containsExactly(src.resolve("tauri.conf.json"), src.resolve("tauri.linux.conf.json"));
        assertThat(linux.transformed()).isTrue();

        LoadedConfig windows = ConfigLoader.load(src.resolve("tauri.conf.json"), "windows");
        assertThat(windows.config().productName()).isEqualTo("App");
        assertThat(windows.transformed()).isFalse();
    }

    @Test
    void anErrorInTheMergedConfigNamesBothFiles() throws Exception {
        Files.writeString(dir.resolve("tauri.conf.json"), "{\"identifier\": \"com.example.app\"}");
        Files.writeString(dir.resolve("tauri.linux.conf.json"), "{\"identifier\": 5}");
        assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("tauri.conf.json"), "linux"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("tauri.conf.json (with tauri.linux.conf.json merged over it)");
    }

    @Test
    void json5AndTomlReadAsTheirJsonTwin() throws Exception {
        Files.writeString(dir.resolve("tauri.conf.json5"), """
                // Tauri's config-json5 feature
                {
                  productName: 'Five',
                  identifier: "com.example.five",
                  app: { windows: [ { title: 'w', width: 640, }, ], },
                }""");
        LoadedConfig five = ConfigLoader.load(dir.resolve("tauri.conf.json5"), "linux");
        assertThat(five.config().productName()).isEqualTo("Five");
        assertThat(five.config().app().windows().getFirst().width()).isEqualTo(640);
        assertThat(five.transformed()).isTrue();

        Path toml = Files.createDirectories(dir.resolve("t")).resolve("Tauri.toml");
        Files.writeString(toml, """
                product-name = "Toml"
                identifier = "com.example.toml"

                [[app.windows]]
                title = "w"
                width = 700
                """);
        Files.writeString(toml.resolveSibling("Tauri.linux.toml"), "[[app.windows]]\ntitle = \"linux\"\n");
        LoadedConfig fromToml = ConfigLoader.load(toml, "linux");
        assertThat(fromToml.config().identifier()).isEqualTo("com.example.toml");
        assertThat(fromToml.config().app().windows().getFirst().title()).isEqualTo("linux");
    }
}
