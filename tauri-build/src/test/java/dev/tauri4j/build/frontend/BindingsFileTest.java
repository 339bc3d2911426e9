package dev.tauri4j.build.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.build.BuildLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BindingsFileTest {

    @TempDir
    Path dir;

    private Path classes;
    private Path frontend;
    private final List<String> logged = new ArrayList<>();
    private final BuildLog log = new BuildLog() {
        @Override public void info(String message) { logged.add(message); }
        @Override public void warn(String message) { logged.add(message); }
        @Override public void debug(String message) { }
    };

    @BeforeEach
    void layout() throws Exception {
        classes = Files.createDirectories(dir.resolve("target/classes"));
        frontend = Files.createDirectories(dir.resolve("app"));
    }

    private void generated(String text) throws Exception {
        Files.createDirectories(classes.resolve("tauri4j"));
        Files.writeString(classes.resolve(BindingsFile.RESOURCE), text);
    }

    @Test
    void writesIntoTheFrontendSrcFolderThenLeavesAnUnchangedFileAlone() throws Exception {
        Files.createDirectories(frontend.resolve("src"));
        generated("export async function greet() {}\n");
        Path target = frontend.resolve("src/bindings.ts");

        assertThat(BindingsFile.place(classes, frontend, null, log)).isEqualTo(BindingsFile.Outcome.WRITTEN);
        assertThat(target).hasContent("export async function greet() {}");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(target, old);

        // a second compile with the same commands: the file (and the dev server watching it) stays untouched
        assertThat(BindingsFile.place(classes, frontend, null, log)).isEqualTo(BindingsFile.Outcome.UNCHANGED);
        assertThat(Files.getLastModifiedTime(target)).isEqualTo(old);

        generated("export async function greet(name: string) {}\n");
        assertThat(BindingsFile.place(classes, frontend, null, log)).isEqualTo(BindingsFile.Outcome.WRITTEN);
        assertThat(target).hasContent("export async function greet(name: string) {}");
        assertThat(Files.getLastModifiedTime(target)).isNotEqualTo(old);
        try (var files = Files.list(target.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bindings.ts");
        }
    }

    @Test
    void anExplicitTargetIsCreatedWithItsFolders() throws Exception {
        generated("// x\n");
        Path target = dir.resolve("ui/lib/api/commands.ts");
        assertThat(BindingsFile.place(classes, frontend, target, log)).isEqualTo(BindingsFile.Outcome.WRITTEN);
        assertThat(target).hasContent("// x");
    }

    @Test
    void withoutASrcFolderTheDefaultIsSkippedWithAHint() throws Exception {
        generated("// x\n");
        assertThat(BindingsFile.place(classes, frontend, null, log)).isEqualTo(BindingsFile.Outcome.NONE);
        assertThat(frontend.resolve("src")).doesNotExist();
        assertThat(logged).singleElement().asString().contains("<bindingsFile>").contains("-Dtauri.bindings.skip");
    }

    @Test
    void withoutCommandsThereIsNothingToPlace() throws Exception {
        Files.createDirectories(frontend.resolve("src"));
        assertThat(BindingsFile.place(classes, frontend, null, log)).isEqualTo(BindingsFile.Outcome.NONE);
        assertThat(frontend.resolve("src/bindings.ts")).doesNotExist();
    }
}
