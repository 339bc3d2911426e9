package dev.tauri4j.build.bundle;

import dev.tauri4j.build.BuildLog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DesktopEntryTest {

    @Test
    void tauriCategoriesMapToFreedesktopAndDebian() {
        List<String> warnings = new ArrayList<>();
        BuildLog log = log(warnings);
        assertThat(DesktopEntry.category("DeveloperTool", log))
                .isEqualTo(new DesktopEntry.Category("Development;", "devel"));
        assertThat(DesktopEntry.category("PuzzleGame", log).categories()).isEqualTo("Game;LogicGame;");
        assertThat(DesktopEntry.category(null, log).categories()).isEqualTo("Utility;");
        assertThat(DesktopEntry.category("Network", log).categories()).isEqualTo("Network;");
        assertThat(warnings).isEmpty();

        assertThat(DesktopEntry.category("Gardening", log).categories()).isEqualTo("Utility;");
        assertThat(warnings).singleElement().asString().contains("Gardening");
    }

    @Test
    void entryHasTheFieldsDesktopsNeed() {
        BundleRequest r = BundleRequest.builder().appJar(Path.of("a.jar")).mainClass("a.A").productName("My App")
                .shortDescription("Does\nthings").version("1.0.0").identifier("com.example.my")
                .outputDir(Path.of("o")).workDir(Path.of("w")).build();
        PackageNames names = PackageNames.of(r);

        String text = DesktopEntry.render(r, names, "my-app", DesktopEntry.category("Utility", log(new ArrayList<>())));

        assertThat(text.lines()).containsExactly("[Desktop Entry]", "Type=Application", "Name=My App",
                "Comment=Does\\nthings", "Exec=/usr/bin/my-app", "Icon=my-app", "Terminal=false", "Categories=Utility;");
    }

    @Test
    void deepLinkSchemesMakeTheEntryASchemeHandlerThatTakesTheUrl() throws Exception {
        BundleRequest r = BundleRequest.builder().appJar(Path.of("a.jar")).mainClass("a.A").productName("My App")
                .shortDescription("Opens my-app links").version("1.0.0").identifier("com.example.my").urlSchemes(List.of("my-app", "my-app-dev"))
                .outputDir(Path.of("o")).workDir(Path.of("w")).build();
        String text = DesktopEntry.render(r, PackageNames.of(r), null, DesktopEntry.category("Utility", log(new ArrayList<>())));
        assertThat(text.lines()).contains("Exec=/usr/bin/my-app %u", "MimeType=x-scheme-handler/my-app;x-scheme-handler/my-app-dev;");
        // the freedesktop tool accepts it: %u and the MimeType list are as the spec wants them
        java.nio.file.Path file = java.nio.file.Files.createTempFile("my-app", ".desktop");
        try {
            java.nio.file.Files.writeString(file, text);
            Process p = new ProcessBuilder("desktop-file-validate", file.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor()).as(out).isZero();
            assertThat(out).isEmpty();
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    private static BuildLog log(List<String> warnings) {
        return new BuildLog() {
            public void info(String m) { }
            public void warn(String m) { warnings.add(m); }
            public void debug(String m) { }
        };
    }
}
