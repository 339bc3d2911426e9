package dev.tauri4j.build.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontendStateTest {

    @TempDir
    Path dir;

    @Test
    void roundTrips() throws IOException {
        Path file = dir.resolve("target/tauri/frontend.state");
        new FrontendState("in", "out").write(file);

        assertThat(FrontendState.read(file)).contains(new FrontendState("in", "out"));
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void missingDamagedOrForeignStateMeansRebuild() throws IOException {
        Path file = dir.resolve("frontend.state");
        assertThat(FrontendState.read(file)).isEmpty();

        Files.writeString(file, "{\"version\": 1, \"inputs\": \"in\"");
        assertThat(FrontendState.read(file)).isEmpty();

        Files.writeString(file, "{\"version\": 1, \"inputs\": \"in\"}");
        assertThat(FrontendState.read(file)).isEmpty();

        Files.writeString(file, "{\"version\": 2, \"inputs\": \"in\", \"dist\": \"out\"}");
        assertThat(FrontendState.read(file)).isEmpty();
    }
}
