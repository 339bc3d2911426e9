package dev.tauri4j.internal.core.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tauri's path text rules (Rust std::path on Unix), checked case by case without touching the file system. */
class PathSyntaxTest {

    @Test
    void normalizeDropsDotsResolvesParentsAndKeepsTauriQuirks() {
        assertThat(PathSyntax.normalizeCommand("/x/./y/../z/")).isEqualTo("/x/z/");
        assertThat(PathSyntax.normalizeCommand("a//b/./c")).isEqualTo("a/b/c");
        assertThat(PathSyntax.normalizeCommand("..")).isEqualTo("..");
        assertThat(PathSyntax.normalizeCommand(".")).isEqualTo(".");
        assertThat(PathSyntax.normalizeCommand("")).isEqualTo("");
        // as Tauri (not Node): a ".." with nothing before it is dropped, also at the root
        assertThat(PathSyntax.normalizeCommand("../a")).isEqualTo("a");
        assertThat(PathSyntax.normalizeCommand("/../a")).isEqualTo("/a");
        assertThat(PathSyntax.normalizeCommand("/")).isEqualTo("/");
    }

    @Test
    void joinGluesPartsAndNormalises() {
        assertThat(PathSyntax.join(List.of("a", "b/../c", "./d"))).isEqualTo("a/c/d");
        assertThat(PathSyntax.join(List.of("/usr", "lib/", "x.so"))).isEqualTo("/usr/lib/x.so");
        assertThat(PathSyntax.join(List.of("a", "/b"))).isEqualTo("a/b");
        assertThat(PathSyntax.join(List.of("a", ".."))).isEqualTo(".");
        assertThat(PathSyntax.join(List.of())).isEqualTo(".");
    }

    @Test
    void resolveStartsAtTheWorkingDirectoryAndRestartsAtAbsoluteParts() {
        assertThat(PathSyntax.resolve("/home/ada", List.of())).isEqualTo("/home/ada");
        assertThat(PathSyntax.resolve("/home/ada", List.of("docs", "..", "pics"))).isEqualTo("/home/ada/pics");
        assertThat(PathSyntax.resolve("/home/ada", List.of("/foo/bar", "/tmp/file", "baz"))).isEqualTo("/tmp/file/baz");
    }

    @Test
    void parentFileNameAndExtensionAsRustSeesThem() {
        assertThat(PathSyntax.parent("/a/b/file.txt")).contains("/a/b");
        assertThat(PathSyntax.parent("/a/b/")).contains("/a");
        assertThat(PathSyntax.parent("/a")).contains("/");
        assertThat(PathSyntax.parent("file")).contains("");
        assertThat(PathSyntax.parent("./file")).contains(".");
        assertThat(PathSyntax.parent("/")).isEmpty();
        assertThat(PathSyntax.parent("")).isEmpty();

        assertThat(PathSyntax.fileName("/a/b.txt")).contains("b.txt");
        assertThat(PathSyntax.fileName("/a/b/")).contains("b");
        assertThat(PathSyntax.fileName("/a/..")).isEmpty();
        assertThat(PathSyntax.fileName("/")).isEmpty();

        assertThat(PathSyntax.extension("/a/file.tar.gz")).contains("gz");
        assertThat(PathSyntax.extension("name.")).contains("");
        assertThat(PathSyntax.extension("/a/.bashrc")).isEmpty();
        assertThat(PathSyntax.extension("/a/README")).isEmpty();
    }
}
