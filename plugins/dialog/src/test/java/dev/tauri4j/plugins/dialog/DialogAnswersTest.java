package dev.tauri4j.plugins.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.Window;
import dev.tauri4j.config.scope.PathScope;
import dev.tauri4j.config.scope.ScopeEntries;
import dev.tauri4j.plugin.GrantedPaths;
import dev.tauri4j.testing.FakeWindow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The user's answers become the values Tauri's commands answer, without any thread waiting for the user. */
class DialogAnswersTest {

    /** Dialogs that the test answers: each call is kept with its future, still open. */
    static final class Scripted implements NativeDialogs {
        final List<FileRequest> files = new ArrayList<>();
        final List<MessageRequest> messages = new ArrayList<>();
        final List<CompletableFuture<List<Path>>> fileAnswers = new ArrayList<>();
        final List<CompletableFuture<String>> messageAnswers = new ArrayList<>();

        @Override
        public CompletableFuture<List<Path>> choose(Window parent, FileRequest request) {
            files.add(request);
            var f = new CompletableFuture<List<Path>>();
            fileAnswers.add(f);
            return f;
        }

        @Override
        public CompletableFuture<String> message(Window parent, MessageRequest request) {
            messages.add(request);
            var f = new CompletableFuture<String>();
            messageAnswers.add(f);
            return f;
        }
    }

    private final Scripted platform = new Scripted();
    private final Dialogs dialogs = new Dialogs(platform, "My App");
    private final Window window = new FakeWindow("main");

    @Test
    void openAnswersNullAPathOrAListAsTauri() {
        var single = DialogPlugin.open(dialogs, PickGrants.none(), window, OpenOptions.defaults());
        assertThat(single).isNotDone();
        platform.fileAnswers.getFirst().complete(List.of(Path.of("/tmp/a.png")));
        assertThat(single.join()).isEqualTo("/tmp/a.png");

        var many = DialogPlugin.open(dialogs, PickGrants.none(), window, new OpenOptions(null, null, true, false, null, false, null));
        platform.fileAnswers.get(1).complete(List.of(Path.of("/tmp/a.png"), Path.of("/tmp/b.png")));
        assertThat(many.join()).isEqualTo(List.of("/tmp/a.png", "/tmp/b.png"));
        assertThat(platform.files.get(1).multiple()).isTrue();

        var cancelled = DialogPlugin.open(dialogs, PickGrants.none(), window, new OpenOptions(null, null, true, false, null, false, null));
        platform.fileAnswers.get(2).complete(List.of());
        assertThat(cancelled.join()).isNull();
    }

    private static boolean granted(GrantedPaths grants, Path path) {
        PathScope nothing = PathScope.of(new ScopeEntries(List.of(), List.of()), d -> Optional.empty(), true);
        return grants.apply(nothing.check(path), true).allowed();
    }

    /** As Tauri's commands.rs: files join the fs and asset scopes; a directory joins fs as `recursive` says, assets recursively. */
    @Test
    void picksJoinTheFsAndAssetScopesAsTauri() {
        PickGrants grants = PickGrants.none();
        var file = DialogPlugin.open(dialogs, grants, window, OpenOptions.defaults());
        platform.fileAnswers.getFirst().complete(List.of(Path.of("/picked/a.png")));
        file.join();
        assertThat(granted(grants.fs(), Path.of("/picked/a.png"))).isTrue();
        assertThat(granted(grants.assets(), Path.of("/picked/a.png"))).isTrue();
        assertThat(granted(grants.fs(), Path.of("/picked/b.png"))).isFalse();

        var dir = DialogPlugin.open(dialogs, grants, window, new OpenOptions(null, null, false, true, null, false, null));
        platform.fileAnswers.get(1).complete(List.of(Path.of("/music")));
        dir.join();
        assertThat(granted(grants.fs(), Path.of("/music/a.ogg"))).isTrue();
        assertThat(granted(grants.fs(), Path.of("/music/album/a.ogg"))).as("not recursive").isFalse();
        assertThat(granted(grants.assets(), Path.of("/music/album/a.ogg"))).as("the asset scope takes it recursively").isTrue();

        var deep = DialogPlugin.open(dialogs, grants, window, new OpenOptions(null, null, true, true, null, true, null));
        platform.fileAnswers.get(2).complete(List.of(Path.of("/photos")));
        deep.join();
        assertThat(granted(grants.fs(), Path.of("/photos/2024/a.jpg"))).isTrue();

        var saved = DialogPlugin.save(dialogs, grants, window, new SaveOptions(null, null, null, null));
        platform.fileAnswers.get(3).complete(List.of(Path.of("/out/report.csv")));
        assertThat(saved.join()).isEqualTo("/out/report.csv");
        assertThat(granted(grants.fs(), Path.of("/out/report.csv"))).isTrue();
        assertThat(granted(grants.assets(), Path.of("/out/report.csv"))).isTrue();

        PickGrants untouched = PickGrants.none();
        var cancelled = DialogPlugin.save(dialogs, untouched, window, new SaveOptions(null, null, null, null));
        platform.fileAnswers.get(4).complete(List.of());
        assertThat(cancelled.join()).isNull();
        assertThat(untouched.fs().isEmpty() && untouched.assets().isEmpty()).isTrue();
    }

    @Test
    void saveAnswersThePathOrEmpty() {
        var saved = dialogs.save(window, new SaveOptions("Export", null, null, null));
        assertThat(platform.files.getFirst().mode()).isEqualTo(FileRequest.Mode.SAVE);
        assertThat(platform.files.getFirst().title()).isEqualTo("Export");
        platform.fileAnswers.getFirst().complete(List.of(Path.of("/tmp/out.csv")));
        assertThat(saved.join()).contains(Path.of("/tmp/out.csv"));
    }

    @Test
    void askIsTrueOnlyForYesAndAMessageWithoutTitleTakesTheProductName() {
        var yes = dialogs.ask(window, "Delete?", null);
        var no = dialogs.ask(window, "Delete?", "Files");
        assertThat(platform.messages.getFirst().title()).isEqualTo("My App");
        assertThat(platform.messages.get(1).title()).isEqualTo("Files");
        assertThat(platform.messages.getFirst().buttons()).isEqualTo(MessageButtons.YES_NO);
        platform.messageAnswers.get(0).complete("Yes");
        platform.messageAnswers.get(1).complete("No");
        assertThat(yes.join()).isTrue();
        assertThat(no.join()).isFalse();
    }

    @Test
    void theMessageCommandReadsKindAndButtonsAndAnswersTheButton() throws Exception {
        var answer = DialogPlugin.over(dialogs).message(window, "Disk full", java.util.Optional.of("Disk"), java.util.Optional.of("error"),
                java.util.Optional.of(new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"OkCancelCustom\": [\"Retry\", \"Give up\"]}")));
        MessageRequest shown = platform.messages.getFirst();
        assertThat(shown).isEqualTo(new MessageRequest("Disk", "Disk full", MessageKind.ERROR, MessageButtons.custom("Retry", "Give up")));
        platform.messageAnswers.getFirst().complete(shown.buttons().answer(1));
        assertThat(answer.join()).isEqualTo("Give up");
    }

    @Test
    void theInitScriptMapsAlertAndConfirmToTheMessageCommand() {
        assertThat(DialogPlugin.INIT_SCRIPT).contains("window.alert").contains("window.confirm")
                .contains("'plugin:dialog|message'").contains("buttons: 'OkCancel'").contains("=== 'Ok'")
                .doesNotContain("window.prompt");
    }
}
