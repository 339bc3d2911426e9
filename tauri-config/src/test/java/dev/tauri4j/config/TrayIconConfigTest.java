package dev.tauri4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@code app.trayIcon} in Tauri's shape ({@code TrayIconConfig}), its defaults, and the errors for bad values. */
class TrayIconConfigTest {

    private static LoadedConfig load(String trayIcon) {
        return ConfigLoader.parse("{\"identifier\": \"com.example.app\", \"app\": {\"trayIcon\": " + trayIcon + "}}", "tauri.conf.json");
    }

    private static TrayIconConfig read(String trayIcon) {
        return load(trayIcon).config().app().trayIcon();
    }

    @Test
    void absentMeansNoTrayIcon() {
        assertThat(ConfigLoader.parse("{\"identifier\": \"com.example.app\"}", "tauri.conf.json").config().app().trayIcon()).isNull();
        assertThat(read("null")).isNull();
    }

    @Test
    void everyFieldIsRead() {
        LoadedConfig loaded = load("""
                {"id": "tray-1", "iconPath": "icons/tray.png", "iconAsTemplate": true, "showMenuOnLeftClick": false,
                 "title": "T", "tooltip": "Tip"}""");
        assertThat(loaded.config().app().trayIcon()).isEqualTo(new TrayIconConfig("tray-1", "icons/tray.png", true, false, "T", "Tip"));
        assertThat(loaded.warnings()).isEmpty();
    }

    @Test
    void defaultsAreTaurisIdMainAndMenuOnLeftClick() {
        assertThat(read("{\"iconPath\": \"icons/tray.ico\"}"))
                .isEqualTo(new TrayIconConfig("main", "icons/tray.ico", false, true, null, null));
    }

    @Test
    void theDeprecatedMenuOnLeftClickIsReadAndTheNewKeyWins() {
        assertThat(read("{\"iconPath\": \"i.png\", \"menuOnLeftClick\": false}").showMenuOnLeftClick()).isFalse();
        assertThat(read("{\"iconPath\": \"i.png\", \"menuOnLeftClick\": false, \"showMenuOnLeftClick\": true}").showMenuOnLeftClick()).isTrue();
    }

    @Test
    void aMissingIconPathNamesTheFieldAndTheFix() {
        assertThatThrownBy(() -> read("{\"tooltip\": \"x\"}")).isInstanceOf(ConfigException.class)
                .hasMessage("tauri.conf.json: app.trayIcon.iconPath is missing (Tauri requires it). Fix: give a PNG or ICO file"
                        + " relative to the config file, e.g. \"iconPath\": \"icons/32x32.png\"");
    }

    @Test
    void anIconPathThatIsNoPngOrIcoIsRefused() {
        assertThatThrownBy(() -> read("{\"iconPath\": \"icons/tray.svg\"}")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("app.trayIcon.iconPath must be a .png or .ico file, found \"icons/tray.svg\" (string)");
        assertThatThrownBy(() -> read("{\"iconPath\": 3}")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("app.trayIcon.iconPath must be a string, found 3 (number)");
    }

    @Test
    void wrongTypesNameTheirField() {
        assertThatThrownBy(() -> read("\"icons/tray.png\"")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("app.trayIcon must be an object, found \"icons/tray.png\" (string)");
        assertThatThrownBy(() -> read("{\"iconPath\": \"i.png\", \"iconAsTemplate\": \"yes\"}")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("app.trayIcon.iconAsTemplate must be true or false");
        assertThatThrownBy(() -> read("{\"iconPath\": \"i.png\", \"tooltip\": 7}")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("app.trayIcon.tooltip must be a string, found 7 (number)");
        assertThatThrownBy(() -> read("{\"iconPath\": \"i.png\", \"id\": \"\"}")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("app.trayIcon.id must not be empty");
    }

    @Test
    void anUnknownKeyIsWarnedAboutWithASuggestion() {
        assertThat(load("{\"iconPath\": \"i.png\", \"tooltp\": \"x\"}").warnings())
                .containsExactly("tauri.conf.json: these keys are not in Tauri's config schema and are ignored: app.trayIcon.tooltp (did you mean tooltip?)");
    }
}
