package dev.tauri4j.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tauri:import through the Mojo: a small Tauri project in, the pom and Java out; a folder without one fails with a fix. */
@MojoTest
class ImportMojoRunTest {

    @TempDir
    Path dir;

    @Test
    @InjectMojo(goal = "import")
    void importsATauriProject(ImportMojo mojo) throws Exception {
        Files.createDirectories(dir.resolve("src-tauri/src"));
        Files.writeString(dir.resolve("src-tauri/tauri.conf.json"), "{\"identifier\": \"com.example.hi\"}");
        Files.writeString(dir.resolve("src-tauri/src/lib.rs"), "#[tauri::command]\nfn hi(who: String) -> String { who }\n");
        mojo.from = dir.toFile();
        mojo.pluginVersion = "9.9.9";

        mojo.execute();

        assertThat(dir.resolve("pom.xml")).content().contains("<tauri4j.version>9.9.9</tauri4j.version>");
        assertThat(dir.resolve("src/main/java/com/example/hi/Commands.java")).content()
                .contains("public static String hi(String who)");
    }

    @Test
    @InjectMojo(goal = "import")
    void aFolderWithoutTauriConfigFailsWithAFix(ImportMojo mojo) {
        mojo.from = dir.toFile();
        mojo.pluginVersion = "9.9.9";

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("tauri:import: ").hasMessageContaining("src-tauri").hasMessageContaining("Fix:");
    }
}
