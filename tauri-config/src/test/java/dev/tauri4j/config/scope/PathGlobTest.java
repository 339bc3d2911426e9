package dev.tauri4j.config.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PathGlobTest {

    private static boolean m(String glob, String path) {
        return PathGlob.compile(glob).matches(path, true);
    }

    private static boolean loose(String glob, String path) {
        return PathGlob.compile(glob).matches(path, false);
    }

    @Test
    void aStarStaysInsideOneFolder() {
        assertThat(m("/a/*", "/a/b")).isTrue();
        assertThat(m("/a/*", "/a/b/c")).isFalse();
        assertThat(m("/a/*.txt", "/a/b.txt")).isTrue();
        assertThat(m("/a/*.txt", "/a/b/c.txt")).isFalse();
        assertThat(m("/a/*/c", "/a/b/c")).isTrue();
        assertThat(m("/a/*/c", "/a/b/x/c")).isFalse();
        assertThat(m("/a/*", "/a")).isFalse();
    }

    @Test
    void doubleStarAtTheEndIsEverythingBelowButNotTheFolderItself() {
        assertThat(m("/a/**", "/a/b")).isTrue();
        assertThat(m("/a/**", "/a/b/c/d")).isTrue();
        assertThat(m("/a/**", "/a")).isFalse();
        assertThat(m("/a/**", "/ab/c")).isFalse();
    }

    @Test
    void doubleStarInTheMiddleIsZeroOrMoreFolders() {
        assertThat(m("/a/**/c", "/a/c")).isTrue();
        assertThat(m("/a/**/c", "/a/b/c")).isTrue();
        assertThat(m("/a/**/c", "/a/b/d/c")).isTrue();
        assertThat(m("/a/**/c", "/a/b/d")).isFalse();
        assertThat(m("/a/**/c", "/a/bc")).isFalse();
        assertThat(m("/a/**/*.md", "/a/x/y/z.md")).isTrue();
        assertThat(m("/a/**/**/c", "/a/b/c")).isTrue();
    }

    @Test
    void doubleStarAtTheStartMatchesFromTheRoot() {
        assertThat(m("**/c.txt", "/x/y/c.txt")).isTrue();
        assertThat(m("**/c.txt", "c.txt")).isTrue();
        assertThat(m("**", "/any/thing")).isTrue();
        assertThat(m("**/c.txt", "/x/y/d.txt")).isFalse();
    }

    @Test
    void questionMarksAndClasses() {
        assertThat(m("/a/?.txt", "/a/b.txt")).isTrue();
        assertThat(m("/a/?.txt", "/a/bb.txt")).isFalse();
        assertThat(m("/a?b", "/a/b")).as("? never matches /").isFalse();
        assertThat(m("/a/[b-d]", "/a/c")).isTrue();
        assertThat(m("/a/[b-d]", "/a/e")).isFalse();
        assertThat(m("/a/[!b-d]", "/a/e")).isTrue();
        assertThat(m("/a/[!b-d]", "/a/c")).isFalse();
        assertThat(m("/a[/]b", "/a/b")).as("a class never matches /").isFalse();
        assertThat(m("/a/[]]", "/a/]")).isTrue();
        assertThat(m("/a/[-x]", "/a/-")).isTrue();
        assertThat(m("/A/b", "/a/b")).as("case-sensitive").isFalse();
    }

    @Test
    void leadingDotsMustBeLiteralWhenRequired() {
        assertThat(m("/a/*", "/a/.hidden")).isFalse();
        assertThat(loose("/a/*", "/a/.hidden")).isTrue();
        assertThat(m("/a/**", "/a/.git/config")).isFalse();
        assertThat(loose("/a/**", "/a/.git/config")).isTrue();
        assertThat(m("/a/**", "/a/b/.env")).isFalse();
        assertThat(m("/a/?hidden", "/a/.hidden")).isFalse();
        assertThat(m("/a/[.]hidden", "/a/.hidden")).isFalse();
        assertThat(m("/a/.*", "/a/.hidden")).isTrue();
        assertThat(m("/a/**/.env", "/a/b/.env")).isTrue();
        assertThat(m("/a/.git/**", "/a/.git/config")).isTrue();
        assertThat(m("/a/*", "/a/b.c")).as("only a leading dot is special").isTrue();
    }

    @Test
    void escapedTextMatchesOnlyItself() {
        String dir = PathGlob.escape("/tmp/we[ir]d*?");
        assertThat(PathGlob.compile(dir + "/*").matches("/tmp/we[ir]d*?/f", true)).isTrue();
        assertThat(PathGlob.compile(dir + "/*").matches("/tmp/wei/f", true)).isFalse();
        assertThat(PathGlob.compile(dir).matches("/tmp/we[ir]dxx", true)).isFalse();
    }

    @Test
    void malformedGlobsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> PathGlob.compile("/a/b**")).hasMessageContaining("** must be a whole path component");
        assertThatThrownBy(() -> PathGlob.compile("/a/**b")).hasMessageContaining("** must be a whole path component");
        assertThatThrownBy(() -> PathGlob.compile("/a/***")).hasMessageContaining("not 3 stars");
        assertThatThrownBy(() -> PathGlob.compile("/a/[bc")).hasMessageContaining("[ is not closed");
        assertThatThrownBy(() -> PathGlob.compile("/a/[!]")).hasMessageContaining("[ is not closed");
    }
}
