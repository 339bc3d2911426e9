package dev.tauri4j.build.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontendFingerprintTest {

    @TempDir
    Path dir;

    private Path dist;

    @BeforeEach
    void project() throws IOException {
        write("package.json", "{}");
        write("package-lock.json", "{}");
        write("index.html", "<!doctype html>");
        write("vite.config.ts", "export default {}");
        write("tsconfig.app.json", "{}");
        write("src/main.ts", "console.log(1)");
        write("public/icon.svg", "<svg/>");
        dist = dir.resolve("dist");
    }

    @Test
    void sameTreeSameFingerprint() throws IOException {
        assertThat(inputs()).isEqualTo(inputs()).hasSize(64);
    }

    @Test
    void everyDefaultInputCounts() throws IOException {
        for (String file : List.of("package.json", "package-lock.json", "index.html", "vite.config.ts",
                "tsconfig.app.json", "src/main.ts", "public/icon.svg")) {
            String before = inputs();
            write(file, "changed " + file);
            assertThat(inputs()).as(file).isNotEqualTo(before);
        }
    }

    @Test
    void aBuildScriptAtTheRootCounts() throws IOException {
        write("build.mjs", "v1");
        String before = inputs();
        write("build.mjs", "v2");
        assertThat(inputs()).isNotEqualTo(before);
    }

    @Test
    void newAndDeletedSourcesCount() throws IOException {
        String before = inputs();
        write("src/extra.ts", "");
        String added = inputs();
        Files.delete(dir.resolve("src/extra.ts"));

        assertThat(added).isNotEqualTo(before);
        assertThat(inputs()).isEqualTo(before);
    }

    @Test
    void renamingAFileCountsEvenWithTheSameContent() throws IOException {
        String before = inputs();
        Files.move(dir.resolve("src/main.ts"), dir.resolve("src/index.ts"));

        assertThat(inputs()).isNotEqualTo(before);
    }

    @Test
    void outputsInstalledPackagesAndUnrelatedFilesDoNotCount() throws IOException {
        String before = inputs();
        write("dist/index.html", "built");
        write("node_modules/vite/index.js", "");
        write("src/node_modules/x.js", "");
        write("target/classes/A.class", "");
        write(".git/HEAD", "ref");
        write("README.md", "docs");
        write("pom.xml", "<project/>");

        assertThat(inputs()).isEqualTo(before);
    }

    @Test
    void aDistFolderInsideSrcDoesNotCount() throws IOException {
        Path inside = dir.resolve("src/out");
        String before = FrontendFingerprint.inputs(dir, inside, List.of(), "");
        write("src/out/app.js", "built");

        assertThat(FrontendFingerprint.inputs(dir, inside, List.of(), "")).isEqualTo(before);
    }

    @Test
    void extraInputsCount() throws IOException {
        write("scripts/build.mjs", "a");
        List<String> extra = List.of("scripts", "env.d.ts");
        String before = FrontendFingerprint.inputs(dir, dist, extra, "");
        write("scripts/build.mjs", "b");
        String changedScript = FrontendFingerprint.inputs(dir, dist, extra, "");
        write("env.d.ts", "declare const x: 1");

        assertThat(changedScript).isNotEqualTo(before);
        assertThat(FrontendFingerprint.inputs(dir, dist, extra, "")).isNotEqualTo(changedScript);
    }

    @Test
    void settingsCount() throws IOException {
        assertThat(FrontendFingerprint.inputs(dir, dist, List.of(), "commands=npm ci && npm run build"))
                .isNotEqualTo(FrontendFingerprint.inputs(dir, dist, List.of(), "commands=make web"));
    }

    @Test
    void folderFingerprintTracksEveryFileAndAbsence() throws IOException {
        assertThat(FrontendFingerprint.folder(dist)).isEqualTo(FrontendFingerprint.ABSENT);
        write("dist/index.html", "a");
        String one = FrontendFingerprint.folder(dist);
        write("dist/assets/x.js", "");

        assertThat(one).hasSize(64);
        assertThat(FrontendFingerprint.folder(dist)).isNotEqualTo(one);
    }

    private String inputs() throws IOException {
        return FrontendFingerprint.inputs(dir, dist, List.of(), "commands=npm ci && npm run build");
    }

    private void write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
