package dev.tauri4j.plugins.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.CommandException;
import dev.tauri4j.config.scope.BaseDirectory;
import dev.tauri4j.config.scope.ScopeEntries;
import dev.tauri4j.config.scope.ScopeEntry;
import dev.tauri4j.config.scope.ScopeValue;
import dev.tauri4j.plugin.GrantedPaths;
import dev.tauri4j.plugin.Resources;
import dev.tauri4j.testing.FakeWindow;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FsCommandsTest {

    @TempDir Path tmp;
    Path appData;
    Path outside;
    FsScope scope;
    Resources resources;

    @BeforeEach
    void setUp() throws Exception {
        appData = Files.createDirectories(tmp.resolve("data/app"));
        outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "secret");
        scope = scope(List.of("$APPDATA", "$APPDATA/**"), List.of("$APPDATA/private/**"));
        resources = new FakeWindow("main").resources();
    }

    FsScope scope(List<String> allow, List<String> deny) {
        return new FsScope(new ScopeEntries(entries(allow), entries(deny)),
                d -> d == BaseDirectory.APP_DATA ? Optional.of(appData) : Optional.empty(), true);
    }

    static List<ScopeEntry> entries(List<String> globs) {
        return globs.stream().map(g -> new ScopeEntry(new ScopeValue.Str(g), "test.json", "allow")).toList();
    }

    static final int APP_DATA = BaseDirectory.APP_DATA.number();

    @Test
    void writesAndReadsTextUnderABaseDirectory() {
        FsCommands.writeFile(scope, "notes.txt", new FsOptions.Write(APP_DATA, null, null, null, null), "héllo".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(FsCommands.readFile(scope, "notes.txt", new FsOptions.Base(APP_DATA)), StandardCharsets.UTF_8)).isEqualTo("héllo");
        FsCommands.writeFile(scope, appData.resolve("notes.txt").toString(), new FsOptions.Write(null, true, null, null, null), "!".getBytes());
        assertThat(appData.resolve("notes.txt")).hasContent("héllo!");
        assertThat(FsCommands.readFile(scope, appData.toUri() + "notes.txt", null)).hasSize(7);
    }

    @Test
    void createNewRefusesAnExistingFile() {
        FsCommands.writeFile(scope, "a", new FsOptions.Write(APP_DATA, null, null, null, null), new byte[] {1});
        assertThatThrownBy(() -> FsCommands.writeFile(scope, "a", new FsOptions.Write(APP_DATA, null, null, true, null), new byte[] {2}))
                .hasMessageContaining("failed to write bytes to file at path: " + appData.resolve("a")).hasMessageContaining("File exists");
    }

    /** What a dialog grants (Tauri's fs_scope().allow_file / allow_directory) opens, and no more; deny still wins. */
    @Test
    void aGrantedPathOutsideTheScopeOpensButNotItsSiblingsNorADeniedOne() throws Exception {
        GrantedPaths granted = new GrantedPaths(GrantedPaths.FS);
        FsScope widened = new FsScope(scope.entries(), scope.dirs(), true, granted);
        Files.writeString(outside.resolve("picked.txt"), "picked");
        Files.createDirectories(appData.resolve("private"));
        Files.writeString(appData.resolve("private/key.txt"), "key");
        granted.allowFile(outside.resolve("picked.txt"));
        granted.allowFile(appData.resolve("private/key.txt"));

        assertThat(FsCommands.readFile(widened, outside.resolve("picked.txt").toString(), null)).asString().isEqualTo("picked");
        assertThatThrownBy(() -> FsCommands.readFile(widened, outside.resolve("secret.txt").toString(), null))
                .hasMessage("forbidden path: " + outside.resolve("secret.txt"));
        assertThatThrownBy(() -> FsCommands.readFile(widened, appData.resolve("private/key.txt").toString(), null))
                .as("the deny entry $APPDATA/private/** wins over the grant").hasMessageStartingWith("forbidden path: ");
        assertThatThrownBy(() -> FsCommands.rename(widened, outside.resolve("picked.txt").toString(),
                outside.resolve("moved.txt").toString(), null)).hasMessageStartingWith("forbidden path: ");
        assertThat(outside.resolve("picked.txt")).exists();

        granted.allowDirectory(outside, false);
        assertThat(FsCommands.readFile(widened, outside.resolve("secret.txt").toString(), null)).asString().isEqualTo("secret");
        Files.createDirectories(outside.resolve("sub"));
        Files.writeString(outside.resolve("sub/deep.txt"), "deep");
        assertThatThrownBy(() -> FsCommands.readFile(widened, outside.resolve("sub/deep.txt").toString(), null))
                .as("a directory picked without recursive: only its entries").hasMessageStartingWith("forbidden path: ");
        granted.allowDirectory(outside, true);
        assertThat(FsCommands.readFile(widened, outside.resolve("sub/deep.txt").toString(), null)).asString().isEqualTo("deep");
        assertThatThrownBy(() -> FsCommands.readFile(scope, outside.resolve("secret.txt").toString(), null))
                .as("a scope without the grants").hasMessageStartingWith("forbidden path: ");
    }

    @Test
    void refusesAPathOutsideTheScopeBeforeAnyIo() {
        Path target = outside.resolve("new.txt");
        assertThatThrownBy(() -> FsCommands.writeFile(scope, target.toString(), null, new byte[] {1}))
                .isInstanceOf(CommandException.class).hasMessage("forbidden path: " + target);
        assertThat(target).doesNotExist();
        assertThatThrownBy(() -> FsCommands.readFile(scope, outside.resolve("secret.txt").toString(), null))
                .hasMessageStartingWith("forbidden path: ");
        assertThatThrownBy(() -> FsCommands.exists(scope, outside.resolve("secret.txt").toString(), null))
                .hasMessageStartingWith("forbidden path: ");
    }

    @Test
    void dotDotAndSymlinksDoNotLeaveTheScope() throws Exception {
        assertThatThrownBy(() -> FsCommands.readFile(scope, "../../outside/secret.txt", new FsOptions.Base(APP_DATA)))
                .hasMessageStartingWith("forbidden path: ");
        Files.createSymbolicLink(appData.resolve("link"), outside.resolve("secret.txt"));
        assertThatThrownBy(() -> FsCommands.readFile(scope, "link", new FsOptions.Base(APP_DATA)))
                .hasMessageStartingWith("forbidden path: ");
        Files.createSymbolicLink(appData.resolve("dirlink"), outside);
        assertThatThrownBy(() -> FsCommands.writeFile(scope, "dirlink/x", new FsOptions.Write(APP_DATA, null, null, null, null), new byte[] {1}))
                .hasMessageStartingWith("forbidden path: ");
        assertThat(outside.resolve("x")).doesNotExist();
    }

    @Test
    void renameAndCopyCheckBothEnds() throws Exception {
        Files.writeString(appData.resolve("a.txt"), "a");
        assertThatThrownBy(() -> FsCommands.rename(scope, appData.resolve("a.txt").toString(), outside.resolve("a.txt").toString(), null))
                .hasMessage("forbidden path: " + outside.resolve("a.txt"));
        assertThatThrownBy(() -> FsCommands.copyFile(scope, outside.resolve("secret.txt").toString(), appData.resolve("s").toString(), null))
                .hasMessageStartingWith("forbidden path: ");
        assertThat(appData.resolve("a.txt")).exists();
        assertThat(appData.resolve("s")).doesNotExist();
        FsCommands.copyFile(scope, "a.txt", "b.txt", new FsOptions.Copy(APP_DATA, APP_DATA));
        FsCommands.rename(scope, "b.txt", "c.txt", new FsOptions.Rename(APP_DATA, APP_DATA));
        assertThat(appData.resolve("c.txt")).hasContent("a");
        assertThat(appData.resolve("b.txt")).doesNotExist();
    }

    @Test
    void denyWinsAndHiddenNamesNeedALiteralDot() throws Exception {
        Files.createDirectories(appData.resolve("private"));
        Files.writeString(appData.resolve("private/k"), "k");
        Files.writeString(appData.resolve(".hidden"), "h");
        assertThatThrownBy(() -> FsCommands.readFile(scope, "private/k", new FsOptions.Base(APP_DATA))).hasMessageStartingWith("forbidden path: ");
        assertThatThrownBy(() -> FsCommands.readFile(scope, ".hidden", new FsOptions.Base(APP_DATA))).hasMessageStartingWith("forbidden path: ");
        FsScope dotsAllowed = new FsScope(scope.entries(), scope.dirs(), false);
        assertThat(FsCommands.readFile(dotsAllowed, ".hidden", new FsOptions.Base(APP_DATA))).containsExactly('h');
    }

    @Test
    void relativePathWithoutBaseDirIsRefused() {
        assertThatThrownBy(() -> FsCommands.readFile(scope, "notes.txt", null)).hasMessageContaining("needs the baseDir option");
    }

    @Test
    void mkdirReadDirStatRemove() throws Exception {
        FsCommands.mkdir(scope, "a/b", new FsOptions.Mkdir(APP_DATA, null, true));
        assertThatThrownBy(() -> FsCommands.mkdir(scope, "x/y", new FsOptions.Mkdir(APP_DATA, null, null)))
                .hasMessageContaining("failed to create directory at path:");
        Files.writeString(appData.resolve("a/f.txt"), "12345");
        Files.createSymbolicLink(appData.resolve("a/l"), appData.resolve("a/f.txt"));
        List<Map<String, Object>> entries = FsCommands.readDir(scope, "a", new FsOptions.Base(APP_DATA));
        assertThat(entries).extracting(e -> e.get("name")).containsExactlyInAnyOrder("b", "f.txt", "l");
        assertThat(entries).filteredOn(e -> e.get("name").equals("l")).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("isSymlink", true).containsEntry("isFile", true));
        Map<String, Object> stat = FsCommands.stat(scope, "a/l", new FsOptions.Base(APP_DATA), true);
        assertThat(stat).containsEntry("isFile", true).containsEntry("isSymlink", false).containsEntry("size", 5L)
                .containsKeys("mtime", "atime", "birthtime", "readonly", "dev", "ino", "mode", "nlink", "uid", "gid", "rdev", "blksize", "blocks");
        assertThat(FsCommands.stat(scope, "a/l", new FsOptions.Base(APP_DATA), false)).containsEntry("isSymlink", true);
        assertThat(FsCommands.size(scope, "a", new FsOptions.Base(APP_DATA))).isEqualTo(5L);
        assertThatThrownBy(() -> FsCommands.remove(scope, "a", new FsOptions.Remove(APP_DATA, null))).hasMessageContaining("Directory not empty");
        FsCommands.remove(scope, "a", new FsOptions.Remove(APP_DATA, true));
        assertThat(FsCommands.exists(scope, "a", new FsOptions.Base(APP_DATA))).isFalse();
    }

    @Test
    void truncateCutsAndExtends() throws Exception {
        Files.writeString(appData.resolve("t"), "abcdef");
        FsCommands.truncate(scope, "t", 2L, new FsOptions.Base(APP_DATA));
        assertThat(appData.resolve("t")).hasContent("ab");
        FsCommands.truncate(scope, "t", null, new FsOptions.Base(APP_DATA));
        assertThat(Files.size(appData.resolve("t"))).isZero();
    }

    @Test
    void fileHandlesReadWriteSeekWithTheNpmFraming() throws Exception {
        int rid = FsCommands.create(scope, resources, "h.bin", new FsOptions.Base(APP_DATA));
        FileHandle h = resources.get(rid, FileHandle.class);
        assertThat(h.write("hello world".getBytes())).isEqualTo(11);
        resources.close(rid);
        int r = FsCommands.open(scope, resources, "h.bin", new FsOptions.Open(APP_DATA, true, true, null, null, null, null, null));
        FileHandle f = resources.get(r, FileHandle.class);
        assertThat(f.seek(6, 0)).isEqualTo(6);
        byte[] got = f.read(100);
        assertThat(new String(got, 0, got.length - 8)).isEqualTo("world");
        assertThat(ByteBuffer.wrap(got, got.length - 8, 8).getLong()).isEqualTo(5);
        assertThat(f.read(10)).hasSize(8).containsOnly(0);   // at the end: nread 0, which the package answers as null
        assertThat(f.seek(-5, 2)).isEqualTo(6);
        f.truncate(5);
        assertThat(FileInfo.of(f.path(), true)).containsEntry("size", 5L);
        resources.close(r);
        assertThatThrownBy(() -> FsCommands.open(scope, resources, "missing", new FsOptions.Open(APP_DATA, null, null, null, null, null, null, null)))
                .hasMessageContaining("failed to open file at path: " + appData.resolve("missing")).hasMessageContaining("No such file");
    }

    @Test
    void readTextFileLinesFramesEachLineAndClosesAtTheEnd() throws Exception {
        Files.writeString(appData.resolve("l.txt"), "one\r\ntwo\n\nthree");
        int rid = FsCommands.readTextFileLines(scope, resources, "l.txt", new FsOptions.Base(APP_DATA));
        assertThat(FsCommands.readTextFileLinesNext(resources, rid)).containsExactly('o', 'n', 'e', 0);
        assertThat(FsCommands.readTextFileLinesNext(resources, rid)).containsExactly('t', 'w', 'o', 0);
        assertThat(FsCommands.readTextFileLinesNext(resources, rid)).containsExactly(0);
        assertThat(FsCommands.readTextFileLinesNext(resources, rid)).containsExactly('t', 'h', 'r', 'e', 'e', 0);
        assertThat(FsCommands.readTextFileLinesNext(resources, rid)).containsExactly(1);
        assertThat(resources.has(rid)).isFalse();
    }

    @Test
    void binaryRoundTripOfSomeMegabytes() {
        byte[] data = new byte[3 << 20];
        new Random(7).nextBytes(data);
        FsCommands.writeFile(scope, "big.bin", new FsOptions.Write(APP_DATA, null, null, null, null), data);
        assertThat(FsCommands.readFile(scope, "big.bin", new FsOptions.Base(APP_DATA))).isEqualTo(data);
    }
}
