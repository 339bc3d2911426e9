package dev.tauri4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigErrorsTest {

    private static ConfigException failure(String json) {
        try {
            ConfigLoader.parse(json, "tauri.conf.json");
        } catch (ConfigException e) {
            return e;
        }
        return fail("expected a ConfigException for " + json);
    }

    /** A config with one window whose body is {@code windowJson}. */
    private static ConfigException windowFailure(String windowJson) {
        return failure("{\"identifier\": \"com.example.app\", \"app\": {\"windows\": [" + windowJson + "]}}");
    }

    @Test
    void aWrongTypeNamesFilePathExpectationFindingAndFix() {
        ConfigException e = windowFailure("{\"width\": \"wide\"}");

        assertThat(e.source()).isEqualTo("tauri.conf.json");
        assertThat(e.path()).isEqualTo("app.windows[0].width");
        assertThat(e.getMessage()).isEqualTo("tauri.conf.json: app.windows[0].width must be a number, "
                + "found \"wide\" (string). Fix: give the width in logical pixels, e.g. \"width\": 800");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            {"productName": 5, "identifier": "com.example.app"}                         | productName                     | must be a string, found 5 (number)
            {"identifier": "com.example.app", "version": 1.0}                           | version                         | must be a string, found 1.0 (number)
            {"identifier": "com.example.app", "build": "dist"}                          | build                           | must be an object, found "dist" (string)
            {"identifier": "com.example.app", "build": {"devUrl": 1420}}                | build.devUrl                    | must be a string, found 1420 (number)
            {"identifier": "com.example.app", "build": {"frontendDist": false}}         | build.frontendDist              | must be a string, found false (boolean)
            {"identifier": "com.example.app", "build": {"beforeDevCommand": ["npm"]}}   | build.beforeDevCommand          | must be a string or an object with "script", found an array
            {"identifier": "com.example.app", "build": {"beforeBuildCommand": {"script": 1}}} | build.beforeBuildCommand.script | must be a string, found 1 (number)
            {"identifier": "com.example.app", "app": {"windows": {}}}                   | app.windows                     | must be an array, found an object
            {"identifier": "com.example.app", "app": {"windows": ["main"]}}             | app.windows[0]                  | must be an object, found "main" (string)
            {"identifier": "com.example.app", "app": {"windows": [{"title": 5}]}}       | app.windows[0].title            | must be a string, found 5 (number)
            {"identifier": "com.example.app", "app": {"windows": [{}, {"label": 2}]}}   | app.windows[1].label            | must be a string, found 2 (number)
            {"identifier": "com.example.app", "app": {"windows": [{"url": null}]}}      | app.windows[0].url              | must be a string, found null
            {"identifier": "com.example.app", "app": {"windows": [{"height": null}]}}   | app.windows[0].height           | must be a number, found null
            {"identifier": "com.example.app", "app": {"windows": [{"maxWidth": "1px"}]}} | app.windows[0].maxWidth        | must be a number, found "1px" (string)
            {"identifier": "com.example.app", "app": {"windows": [{"resizable": "no"}]}} | app.windows[0].resizable       | must be true or false, found "no" (string)
            {"identifier": "com.example.app", "app": {"withGlobalTauri": 1}}            | app.withGlobalTauri             | must be true or false, found 1 (number)
            {"identifier": "com.example.app", "app": {"security": []}}                  | app.security                    | must be an object, found an array
            {"identifier": "com.example.app", "app": {"security": {"csp": 1}}}          | app.security.csp                | must be a policy string or a map of directives, found 1 (number)
            {"identifier": "com.example.app", "app": {"security": {"csp": {"img-src": 1}}}} | app.security.csp.img-src    | must be a string or an array of strings, found 1 (number)
            {"identifier": "com.example.app", "app": {"security": {"devCsp": {"img-src": ["a", 2]}}}} | app.security.devCsp.img-src[1] | must be a string, found 2 (number)
            {"identifier": "com.example.app", "app": {"security": {"freezePrototype": null}}} | app.security.freezePrototype | must be true or false, found null
            {"identifier": "com.example.app", "app": {"security": {"dangerousDisableAssetCspModification": "yes"}}} | app.security.dangerousDisableAssetCspModification | must be true, false or a list of CSP directive names, found "yes" (string)
            {"identifier": "com.example.app", "app": {"security": {"dangerousDisableAssetCspModification": ["style-src", 3]}}} | app.security.dangerousDisableAssetCspModification[1] | must be a CSP directive name such as "script-src", found 3 (number)
            {"identifier": "com.example.app", "app": {"security": {"capabilities": "default"}}} | app.security.capabilities | must be an array, found "default" (string)
            {"identifier": "com.example.app", "app": {"security": {"capabilities": [true]}}} | app.security.capabilities[0] | must be a capability identifier (string) or object, found true (boolean)
            """)
    void anyWrongTypeFailsWithItsPath(String json, String path, String expected) {
        ConfigException e = failure(json);

        assertThat(e.path()).isEqualTo(path);
        assertThat(e.getMessage()).startsWith("tauri.conf.json: " + path + " " + expected + ". Fix: ");
    }

    @Test
    void aMissingIdentifierSaysWhatToAdd() {
        ConfigException e = failure("{\"productName\": \"x\"}");

        assertThat(e.path()).isEqualTo("identifier");
        assertThat(e.getMessage()).isEqualTo("tauri.conf.json: identifier is missing. Fix: add \"identifier\": "
                + "\"com.example.myapp\" (reverse domain, letters, digits, '.' and '-')");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            "com.my_app"     | may only contain letters, digits, '.' and '-', found "com.my_app" (string)
            "myapp"          | must be in reverse domain notation with at least one '.', found "myapp" (string)
            "com.tauri.dev"  | must be unique to your app, found the template placeholder "com.tauri.dev" (string)
            42               | must be a string, found 42 (number)
            ""               | may only contain letters, digits, '.' and '-', found "" (string)
            """)
    void anInvalidIdentifierFails(String identifier, String expected) {
        ConfigException e = failure("{\"identifier\": " + identifier + "}");

        assertThat(e.path()).isEqualTo("identifier");
        assertThat(e.getMessage()).startsWith("tauri.conf.json: identifier " + expected + ". Fix: add \"identifier\"");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        ConfigException e = failure("{\n  \"identifier\": \"com.example.app\",\n  \"version\" \"1.0.0\"\n}");

        assertThat(e.path()).isEmpty();
        assertThat(e.getMessage()).startsWith("tauri.conf.json: not valid JSON at line 3, column ")
                .contains("Fix: correct the JSON there");
    }

    @Test
    void trailingCommasDuplicateKeysCommentsAndTrailingContentAreMalformed() {
        assertThat(failure("{\"identifier\": \"com.example.app\",}").getMessage()).contains("not valid JSON at line 1");
        assertThat(failure("{\"identifier\": \"a.b\", \"identifier\": \"c.d\"}").getMessage())
                .contains("not valid JSON at line 1").contains("the key \"identifier\" appears twice in one object");
        assertThat(failure("{\"identifier\": \"a.b\"} {}").getMessage())
                .contains("more text after the end of the top-level object");
        assertThat(failure("{\"identifier\": \"a.b\" // mine\n}").getMessage())
                .contains("JSON does not allow comments. Fix: remove the comment");
    }

    @Test
    void theDocumentMustBeAnObject() {
        assertThat(failure("[]").getMessage()).startsWith("tauri.conf.json: the file must contain one JSON object, found an array");
        assertThat(failure("").getMessage()).contains("found nothing");
    }

    @Test
    void duplicateWindowLabelsFail() {
        ConfigException e = windowFailure("{\"label\": \"main\"}, {\"label\": \"other\"}, {\"title\": \"Second main\"}");

        assertThat(e.path()).isEqualTo("app.windows[2].label");
        assertThat(e.getMessage()).isEqualTo("tauri.conf.json: app.windows[2].label must be unique, found \"main\" "
                + "(the default label), already used by app.windows[0].label. "
                + "Fix: give every window its own label, e.g. \"label\": \"settings\"");
    }

    @Test
    void labelsAreLimitedToTauriCharacters() {
        ConfigException e = windowFailure("{\"label\": \"my window\"}");

        assertThat(e.path()).isEqualTo("app.windows[0].label");
        assertThat(e.getMessage()).contains("may only contain letters, digits, '-', '/', ':' and '_', found \"my window\"");
    }

    @Test
    void aCommandObjectNeedsAScript() {
        ConfigException e = failure("{\"identifier\": \"a.b\", \"build\": {\"beforeDevCommand\": {\"cwd\": \"..\"}}}");

        assertThat(e.path()).isEqualTo("build.beforeDevCommand.script");
        assertThat(e.getMessage()).contains("build.beforeDevCommand.script is missing. Fix:");
    }

    @Test
    void aListOfFilesAsFrontendDistIsNotSupportedYet() {
        ConfigException e = failure("{\"identifier\": \"a.b\", \"build\": {\"frontendDist\": [\"index.html\"]}}");

        assertThat(e.path()).isEqualTo("build.frontendDist");
        assertThat(e.getMessage()).contains("a list of files is not supported yet").contains("\"frontendDist\": \"../dist\"");
    }

    @Test
    void devUrlMustBeHttp() {
        ConfigException e = failure("{\"identifier\": \"a.b\", \"build\": {\"devUrl\": \"localhost:1420\"}}");

        assertThat(e.path()).isEqualTo("build.devUrl");
        assertThat(e.getMessage()).contains("must be an http or https URL, found \"localhost:1420\" (string)");
    }

    @Test
    void productNameMustBeAFileName() {
        ConfigException e = failure("{\"identifier\": \"a.b\", \"productName\": \"a/b\"}");

        assertThat(e.path()).isEqualTo("productName");
    }

    @ParameterizedTest
    @CsvSource({"1.0", "v1.0.0", "01.0.0", "1.0.0-", "latest"})
    void versionMustBeSemver(String version) {
        ConfigException e = failure("{\"identifier\": \"a.b\", \"version\": \"" + version + "\"}");

        assertThat(e.path()).isEqualTo("version");
        assertThat(e.getMessage()).contains("must be a semver version").contains("\"version\": \"1.0.0\"");
    }

    @Test
    void versionFromPackageJsonNeedsAFile() {
        ConfigException e = failure("{\"identifier\": \"a.b\", \"version\": \"../package.json\"}");

        assertThat(e.path()).isEqualTo("version");
        assertThat(e.getMessage()).contains("cannot be resolved because the config was not read from a file");
    }

    @Test
    void versionFromAMissingOrBadPackageJsonFails(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("tauri.conf.json"),
                "{\"identifier\": \"a.b\", \"version\": \"./package.json\"}");

        assertThat(loadFailure(file).getMessage()).contains("does not exist");
        Files.writeString(dir.resolve("package.json"), "{\"name\": \"web\"}");
        assertThat(loadFailure(file).getMessage()).contains("whose \"version\" must be a semver version, found nothing");
        Files.writeString(dir.resolve("package.json"), "{\"version\": }");
        assertThat(loadFailure(file).getMessage()).contains("which is not valid JSON at line 1");
        assertThat(loadFailure(file).path()).isEqualTo("version");
    }

    @Test
    void aMissingConfigFileFails(@TempDir Path dir) {
        ConfigException e = loadFailure(dir.resolve("tauri.conf.json"));

        assertThat(e.source()).isEqualTo("tauri.conf.json");
        assertThat(e.getMessage()).contains("does not exist").contains("Fix:");
    }

    private static ConfigException loadFailure(Path file) {
        try {
            ConfigLoader.load(file);
        } catch (ConfigException e) {
            return e;
        }
        return fail("expected a ConfigException for " + file);
    }
}
