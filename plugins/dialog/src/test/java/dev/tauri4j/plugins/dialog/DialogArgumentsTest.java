package dev.tauri4j.plugins.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the npm package sends becomes the dialog Tauri would show. */
class DialogArgumentsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void defaultButtonsAnswerTheirNamesAndClosingAnswersCancelOrNo() throws Exception {
        MessageButtons yesNo = MessageButtons.of(json.readTree("\"YesNo\""));
        assertThat(yesNo.labels()).containsExactly("_Yes", "_No");
        assertThat(yesNo.answer(0)).isEqualTo("Yes");
        assertThat(yesNo.answer(1)).isEqualTo("No");
        assertThat(yesNo.answer(-4)).isEqualTo("No"); // GTK_RESPONSE_DELETE_EVENT: Escape
        assertThat(MessageButtons.of(json.readTree("\"OkCancel\"")).answer(-4)).isEqualTo("Cancel");
        assertThat(MessageButtons.of(json.readTree("\"YesNoCancel\"")).answers()).containsExactly("Yes", "No", "Cancel");
        assertThat(MessageButtons.of(json.readTree("\"Ok\"")).answers()).containsExactly("Ok");
        assertThat(MessageButtons.of(null)).isEqualTo(MessageButtons.OK);
        assertThat(MessageButtons.of(json.readTree("null"))).isEqualTo(MessageButtons.OK);
    }

    @Test
    void customButtonsAnswerTheirLabelsShownWithoutMnemonics() throws Exception {
        MessageButtons b = MessageButtons.of(json.readTree("{\"YesNoCancelCustom\": [\"Show_content\", \"Folder\", \"Nope\"]}"));
        assertThat(b.labels()).containsExactly("Show__content", "Folder", "Nope");
        assertThat(b.answer(0)).isEqualTo("Show_content");
        assertThat(b.answer(2)).isEqualTo("Nope");
        assertThat(b.answer(-4)).isEqualTo("Nope");
        assertThat(MessageButtons.of(json.readTree("{\"OkCancelCustom\": [\"Sure\", \"Later\"]}")).answers())
                .containsExactly("Sure", "Later");
        assertThat(MessageButtons.of(json.readTree("{\"OkCustom\": \"Got it\"}")).answer(-4)).isEqualTo("Got it");
    }

    @Test
    void buttonsTheNpmPackageNeverSendsAreRefusedNamingTheShapes() {
        assertThatThrownBy(() -> MessageButtons.of(json.readTree("\"Maybe\""))).hasMessageContaining("invalid buttons \"Maybe\"")
                .hasMessageContaining("{\"OkCancelCustom\": [ok, cancel]}");
        assertThatThrownBy(() -> MessageButtons.of(json.readTree("{\"OkCancelCustom\": [\"only one\"]}")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void kindIsReadAsTauriReadsIt() {
        assertThat(MessageKind.of("Warning")).isEqualTo(MessageKind.WARNING);
        assertThat(MessageKind.of("error")).isEqualTo(MessageKind.ERROR);
        assertThat(MessageKind.of("question")).isEqualTo(MessageKind.INFO);
        assertThat(MessageKind.of(null)).isEqualTo(MessageKind.INFO);
    }

    @Test
    void openOptionsAsTheNpmPackageSendsThemIncludingMobileOnlyKeys() throws Exception {
        OpenOptions o = json.readValue("""
                {"title": "Pick", "multiple": true, "pickerMode": "image", "filters": [{"name": "Image", "extensions": ["png", "jpeg"]}]}""",
                OpenOptions.class);
        assertThat(o.multiple()).isTrue();
        assertThat(o.directory()).isFalse();
        assertThat(o.filters()).containsExactly(new DialogFilter("Image", List.of("png", "jpeg")));
        assertThat(o.filters().getFirst().patterns()).containsExactly("*.png", "*.jpeg");
        FileRequest r = FileRequest.open(o);
        assertThat(r.mode()).isEqualTo(FileRequest.Mode.OPEN_FILES);
        assertThat(r.folder()).isEmpty();
        assertThat(FileRequest.open(json.readValue("{\"directory\": true}", OpenOptions.class)).mode())
                .isEqualTo(FileRequest.Mode.OPEN_FOLDERS);
        OpenOptions none = json.readValue("{}", OpenOptions.class);
        assertThat(none.filters()).isEmpty();
        assertThat(none.multiple()).isFalse();
        assertThat(none.directory()).isFalse();
    }

    @Test
    void aDefaultPathIsAFolderWhenItIsOneAndAFolderAndANameOtherwise(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        FileRequest folder = FileRequest.save(new SaveOptions(null, null, dir.toString(), null));
        assertThat(folder.folder()).contains(dir);
        assertThat(folder.name()).isEmpty();
        FileRequest existing = FileRequest.save(new SaveOptions(null, null, file.toString(), null));
        assertThat(existing.folder()).contains(dir);
        assertThat(existing.name()).contains("notes.txt");
        FileRequest fresh = FileRequest.save(new SaveOptions(null, null, dir.resolve("new/report.pdf").toString(), null));
        assertThat(fresh.folder()).contains(dir.resolve("new"));
        assertThat(fresh.name()).contains("report.pdf");
        FileRequest bare = FileRequest.save(new SaveOptions(null, null, "report.pdf", null));
        assertThat(bare.folder()).isEmpty();
        assertThat(bare.name()).contains("report.pdf");
        assertThat(FileRequest.save(new SaveOptions(null, null, null, true)).createFolders()).isEqualTo(Optional.of(true));
    }
}
