package dev.tauri4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.config.scope.ScopeEntry;
import org.junit.jupiter.api.Test;

/** {@code app.security.assetProtocol} in both of Tauri's scope forms, and the errors for anything else. */
class AssetProtocolConfigTest {

    private static AssetProtocolConfig read(String assetProtocol) {
        return ConfigLoader.parse("{\"identifier\": \"com.example.app\", \"app\": {\"security\": {\"assetProtocol\": "
                + assetProtocol + "}}}", "tauri.conf.json").config().app().security().assetProtocol();
    }

    @Test
    void absentMeansDisabledWithNothingInScope() {
        AssetProtocolConfig c = ConfigLoader.parse("{\"identifier\": \"com.example.app\"}", "tauri.conf.json")
                .config().app().security().assetProtocol();
        assertThat(c.enable()).isFalse();
        assertThat(c.scope().isEmpty()).isTrue();
    }

    @Test
    void aListOfPathsIsTheAllowList() {
        AssetProtocolConfig c = read("{\"enable\": true, \"scope\": [\"$APPDATA/**\", \"/srv/media/*.png\"]}");
        assertThat(c.enable()).isTrue();
        assertThat(c.scope().allow()).extracting(e -> e.value().text().orElseThrow())
                .containsExactly("$APPDATA/**", "/srv/media/*.png");
        assertThat(c.scope().allow().get(1).path()).isEqualTo("app.security.assetProtocol.scope[1]");
        assertThat(c.scope().deny()).isEmpty();
        assertThat(c.requireLiteralLeadingDot()).isNull();
    }

    @Test
    void theObjectFormHasAllowDenyAndTheDotSetting() {
        AssetProtocolConfig c = read("{\"enable\": true, \"scope\": {\"allow\": [\"$HOME/**\"], "
                + "\"deny\": [\"$HOME/.ssh/**\"], \"requireLiteralLeadingDot\": false}}");
        assertThat(c.scope().allow()).hasSize(1);
        ScopeEntry deny = c.scope().deny().getFirst();
        assertThat(deny.value().text()).contains("$HOME/.ssh/**");
        assertThat(deny.source()).isEqualTo("tauri.conf.json");
        assertThat(deny.path()).isEqualTo("app.security.assetProtocol.scope.deny[0]");
        assertThat(c.requireLiteralLeadingDot()).isFalse();
    }

    @Test
    void aScopeThatIsNoListNorObjectNamesTheFieldAndTheFix() {
        assertThatThrownBy(() -> read("{\"enable\": true, \"scope\": \"$APPDATA/**\"}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("app.security.assetProtocol.scope must be a list of paths")
                .hasMessageContaining("Fix: write e.g. \"scope\": [\"$APPDATA/**\"]");
    }

    @Test
    void aNonStringEntryIsRefusedWithItsIndex() {
        assertThatThrownBy(() -> read("{\"scope\": {\"allow\": [\"$APPDATA/**\", 3]}}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("app.security.assetProtocol.scope.allow[1] must be a path or glob string, found 3 (number)");
    }

    @Test
    void enableMustBeABoolean() {
        assertThatThrownBy(() -> read("{\"enable\": \"yes\"}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("app.security.assetProtocol.enable must be true or false");
    }

    @Test
    void unknownKeysInsideAreWarnedAbout() {
        LoadedConfig loaded = ConfigLoader.parse("{\"identifier\": \"com.example.app\", \"app\": {\"security\": "
                + "{\"assetProtocol\": {\"enabled\": true}}}}", "tauri.conf.json");
        assertThat(loaded.warnings()).singleElement().asString().contains("app.security.assetProtocol.enabled (did you mean enable?)");
    }
}
