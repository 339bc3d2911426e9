package dev.tauri4j.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.config.scope.PathDecision;
import dev.tauri4j.config.scope.PathScope;
import dev.tauri4j.config.scope.ScopeEntries;
import dev.tauri4j.config.scope.ScopeEntry;
import dev.tauri4j.config.scope.ScopeValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runtime grants on top of a path scope, as Tauri's dialog plugin makes them: file, directory, recursive, deny wins. */
class GrantedPathsTest {

    @TempDir Path root;
    Path data;
    Path picked;

    private final GrantedPaths granted = new GrantedPaths(GrantedPaths.FS);

    @BeforeEach
    void tree() throws Exception {
        data = Files.createDirectories(root.resolve("data"));
        picked = Files.createDirectories(root.resolve("picked"));
        Files.createDirectories(picked.resolve("sub/deeper"));
        Files.writeString(picked.resolve("a.txt"), "a");
        Files.writeString(picked.resolve("b.txt"), "b");
        Files.writeString(picked.resolve("sub/c.txt"), "c");
        Files.writeString(picked.resolve("sub/deeper/d.txt"), "d");
        Files.writeString(picked.resolve(".hidden"), "h");
    }

    private PathScope scope(List<String> allow, List<String> deny) {
        return PathScope.of(new ScopeEntries(entries(allow), entries(deny)), dir -> Optional.empty(), true);
    }

    private static List<ScopeEntry> entries(List<String> globs) {
        return globs.stream().map(g -> new ScopeEntry(new ScopeValue.Str(g), "capabilities/default.json", "permissions[0]")).toList();
    }

    private boolean allowed(PathScope scope, Path path) {
        return granted.apply(scope.check(path), true).allowed();
    }

    @Test
    void aGrantedFileIsAllowedAndItsSiblingsAreNot() {
        PathScope scope = scope(List.of(data + "/**"), List.of());
        assertThat(allowed(scope, picked.resolve("a.txt"))).isFalse();

        granted.allowFile(picked.resolve("a.txt"));

        assertThat(allowed(scope, picked.resolve("a.txt"))).isTrue();
        assertThat(allowed(scope, picked.resolve("b.txt"))).isFalse();
        assertThat(allowed(scope, picked)).as("the folder of a picked file").isFalse();
        assertThat(allowed(scope, picked.resolve("a.txt/../b.txt"))).as("no way out through ..").isFalse();
    }

    @Test
    void aDenyEntryWinsOverAGrant() {
        PathScope scope = scope(List.of(), List.of(picked + "/b.txt", picked + "/sub/**"));
        granted.allowFile(picked.resolve("b.txt"));
        granted.allowDirectory(picked, true);

        assertThat(scope.check(picked.resolve("b.txt"))).isInstanceOf(PathDecision.Denied.class);
        assertThat(granted.apply(scope.check(picked.resolve("b.txt")), true)).isInstanceOf(PathDecision.Denied.class);
        assertThat(allowed(scope, picked.resolve("sub/c.txt"))).isFalse();
        assertThat(allowed(scope, picked.resolve("a.txt"))).isTrue();
    }

    @Test
    void aDirectoryGrantIsItsEntriesOrEverythingBelowWhenRecursive() {
        PathScope scope = scope(List.of(), List.of());
        granted.allowDirectory(picked, false);
        assertThat(allowed(scope, picked)).isTrue();
        assertThat(allowed(scope, picked.resolve("a.txt"))).isTrue();
        assertThat(allowed(scope, picked.resolve("sub"))).isTrue();
        assertThat(allowed(scope, picked.resolve("sub/c.txt"))).isFalse();

        granted.allowDirectory(picked, true);
        assertThat(allowed(scope, picked.resolve("sub/c.txt"))).isTrue();
        assertThat(allowed(scope, picked.resolve("sub/deeper/d.txt"))).isTrue();
        assertThat(allowed(scope, root.resolve("pickedX"))).as("a name that only starts like the folder").isFalse();
        assertThat(allowed(scope, data)).isFalse();
    }

    @Test
    void wildcardsOfADirectoryGrantSkipDotNamesAsTheScopeDoes() {
        PathScope scope = scope(List.of(), List.of());
        granted.allowDirectory(picked, true);
        assertThat(granted.apply(scope.check(picked.resolve(".hidden")), true).allowed()).isFalse();
        assertThat(granted.apply(scope.check(picked.resolve(".hidden")), false).allowed()).isTrue();
        granted.allowFile(picked.resolve(".hidden"));
        assertThat(granted.apply(scope.check(picked.resolve(".hidden")), true).allowed()).as("a file grant is literal").isTrue();
    }

    @Test
    void namesWithGlobCharactersAreTakenLiterally() throws Exception {
        Path odd = Files.writeString(picked.resolve("photo [1].txt"), "x");
        Files.writeString(picked.resolve("photo 1.txt"), "y");
        granted.allowFile(odd);
        PathScope scope = scope(List.of(), List.of());
        assertThat(allowed(scope, odd)).isTrue();
        assertThat(allowed(scope, picked.resolve("photo 1.txt"))).isFalse();
    }

    @Test
    void aLinkIntoAGrantedFolderIsCheckedWhereItLeads() throws Exception {
        Path link = Files.createSymbolicLink(data.resolve("link"), picked);
        PathScope scope = scope(List.of(), List.of());
        granted.allowDirectory(link, true); // picked through the link: the grant names the real folder too
        assertThat(allowed(scope, picked.resolve("sub/c.txt"))).isTrue();
        assertThat(allowed(scope, link.resolve("sub/c.txt"))).isTrue();
        Path out = Files.createSymbolicLink(picked.resolve("out"), data);
        Files.writeString(data.resolve("e.txt"), "e");
        assertThat(allowed(scope, out.resolve("e.txt"))).as("a link inside the grant pointing out of it").isFalse();
    }

    @Test
    void aRelativePathCannotBeGranted() {
        assertThatThrownBy(() -> granted.allowFile(Path.of("a.txt"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(granted.isEmpty()).isTrue();
    }
}
