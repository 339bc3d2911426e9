package dev.tauri4j.plugins.windowstate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file is what Tauri's plugin writes and reads: label to Tauri's fields, pretty JSON with two spaces. */
class StateFileTest {

    @TempDir
    Path dir;

    static final String TAURI_FILE = """
            {
              "main": {
                "width": 700,
                "height": 500,
                "x": 0,
                "y": 0,
                "prev_x": 150,
                "prev_y": 120,
                "maximized": true,
                "visible": true,
                "decorated": true,
                "fullscreen": false
              }
            }""";

    @Test
    void aWindowIsWrittenWithTaurisFieldNamesInTaurisOrder() throws Exception {
        SavedWindow main = new SavedWindow();
        main.width = 700;
        main.height = 500;
        main.prevX = 150;
        main.prevY = 120;
        main.maximized = true;
        Map<String, SavedWindow> windows = new LinkedHashMap<>();
        windows.put("main", main);
        Path file = dir.resolve("sub/.window-state.json");

        StateFile.write(file, windows);

        assertThat(Files.readString(file)).isEqualTo(TAURI_FILE);
        try (var left = Files.list(file.getParent())) {
            assertThat(left).containsExactly(file); // no temporary file stays
        }
    }

    @Test
    void aFileTauriWroteIsRead() throws Exception {
        Path file = Files.writeString(dir.resolve(".window-state.json"), TAURI_FILE.replace("\"main\"", "\"settings\""));
        SavedWindow s = StateFile.read(file).get("settings");
        assertThat(s.width).isEqualTo(700);
        assertThat(s.prevX).isEqualTo(150);
        assertThat(s.prevY).isEqualTo(120);
        assertThat(s.maximized).isTrue();
        assertThat(s.fullscreen).isFalse();
        assertThat(s.isDefault()).isFalse();
    }

    @Test
    void missingFieldsTakeTaurisDefaultsAndNoFileIsNoWindows() throws Exception {
        Path file = Files.writeString(dir.resolve("w.json"), "{\"a\": {\"width\": 10}, \"b\": {}}");
        Map<String, SavedWindow> read = StateFile.read(file);
        assertThat(read.get("a").visible).isTrue();
        assertThat(read.get("a").decorated).isTrue();
        assertThat(read.get("b").isDefault()).isTrue();
        assertThat(StateFile.read(dir.resolve("none.json"))).isEmpty();
    }

    @Test
    void noWindowsIsAnEmptyObject() throws Exception {
        Path file = dir.resolve("e.json");
        StateFile.write(file, Map.of());
        assertThat(Files.readString(file)).isEqualTo("{}");
    }
}
