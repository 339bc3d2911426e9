package dev.tauri4j.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where commands may live: nested classes, several packages, the unnamed package; and what is not generated. */
class LayoutsTest {

    @TempDir
    Path out;

    private static JavaFileObject src(String path, String... lines) {
        return Compilation.source(path, String.join("\n", lines) + "\n");
    }

    @Test
    void staticNestedClassesAndSeveralPackagesGetOneRegistrarEach() throws Exception {
        var result = Compilation.compile(out,
                src("com/acme/Outer.java", "package com.acme;", "import dev.tauri4j.Command;", "public class Outer {",
                        "    public static class Inner {", "        @Command public String ping() { return \"pong\"; }", "    }",
                        "    public static class Held {", "        public Held(int x) {}",
                        "        @Command public int held() { return 1; }", "    }", "}"),
                src("org/zed/Tools.java", "package org.zed;", "import dev.tauri4j.Command;", "public class Tools {",
                        "    @Command(\"add-one\") public static int addOne(int n) { return n + 1; }", "}"),
                src("Root.java", "import dev.tauri4j.Command;", "public class Root {",
                        "    @Command public static boolean root() { return true; }", "}"));
        assertThat(result.errors()).isEmpty();
        assertThat(result.resource("META-INF/services/dev.tauri4j.CommandRegistrar"))
                .isEqualTo("GeneratedCommands\ncom.acme.GeneratedCommands\norg.zed.GeneratedCommands\n");
        String acme = result.source("com/acme/GeneratedCommands.java");
        assertThat(acme)
                .contains("builder.handler(\"ping\", call -> call.app().state(com.acme.Outer.Inner.class)"
                        + ".orElseGet(() -> Outer_InnerInstance.INSTANCE).ping());")
                .contains("static final com.acme.Outer.Inner INSTANCE = new com.acme.Outer.Inner();")
                // no public no-arg constructor: only managed state can run it
                .contains("builder.handler(\"held\", call -> call.state(com.acme.Outer.Held.class).held());")
                .doesNotContain("HeldInstance");
        assertThat(result.source("org/zed/GeneratedCommands.java")).contains("call.<java.lang.Integer>arg(\"n\", int.class)");
        assertThat(result.source("GeneratedCommands.java")).doesNotContainPattern("(?m)^package ").contains("Root.root()");
        assertThat(result.resource(CommandProcessor.BINDINGS))
                .contains("export async function addOne(n: number): Promise<number> {\n  return invoke<number>('add-one', { n });")
                .contains("export async function held(): Promise<number>")
                .doesNotContain("Channel");
        assertThat(result.classes().resolve("com/acme/GeneratedCommands.class")).exists();
    }

    @Test
    void withoutCommandsNothingIsGenerated() throws Exception {
        var result = Compilation.compile(out, src("a/Plain.java", "package a;", "public class Plain {}"));
        assertThat(result.success()).isTrue();
        assertThat(result.resource(CommandProcessor.BINDINGS)).isNull();
        assertThat(result.resource(CommandProcessor.COMMANDS)).isNull();
        assertThat(result.resource("META-INF/services/dev.tauri4j.CommandRegistrar")).isNull();
    }

    @Test
    void recursiveRecordsAndNestedCollectionsAreDeclaredOnce() throws Exception {
        var result = Compilation.compile(out,
                src("a/Tree.java", "package a;", "import java.util.*;",
                        "public record Tree(String label, List<Tree> children, Map<String, Set<Tree>> index, Optional<byte[]> icon) {}"),
                src("a/Trees.java", "package a;", "import dev.tauri4j.Command;", "public class Trees {",
                        "    @Command public static Tree[] forest(Tree tree, java.util.List<java.util.Optional<Long>> ids) { return null; }", "}"));
        assertThat(result.errors()).isEmpty();
        assertThat(result.resource(CommandProcessor.BINDINGS))
                .contains("""
                        export interface Tree {
                          label: string;
                          children: Tree[];
                          index: Record<string, Tree[]>;
                          icon: string | null;
                        }
                        """)
                .contains("export async function forest(tree: Tree, ids: (number | null)[]): Promise<Tree[]>");
    }

    @Test
    void genericRecordsBecomeGenericInterfaces() throws Exception {
        var result = Compilation.compile(out,
                src("a/Page.java", "package a;", "import java.util.*;",
                        "/** One page of results. @param items the page's items @param next where the next page starts */",
                        "public record Page<T>(List<T> items, Optional<T> first, Map<String, Page<T>> more, String next) {}"),
                src("a/Item.java", "package a;", "public record Item(String name) {}"),
                src("a/Items.java", "package a;", "import dev.tauri4j.Command;", "public class Items {",
                        "    @Command public static Page<Item> items(Page<String> names) { return null; }", "}"));
        assertThat(result.errors()).isEmpty();
        assertThat(result.resource(CommandProcessor.BINDINGS))
                .contains("""
                        export interface Page<T> {
                          items: T[];
                          first: T | null;
                          more: Record<string, Page<T>>;
                          next: string;
                        }
                        """)
                .contains("export async function items(names: Page<string>): Promise<Page<Item>>");
        assertThat(result.source("a/GeneratedCommands.java"))
                .contains("call.<a.Page<java.lang.String>>arg(\"names\", dev.tauri4j.Types.of(a.Page.class, java.lang.String.class))");
    }

    @Test
    void javaScriptKeywordsAndImportedNamesAreRenamedOnlyOnTheTypeScriptSide() throws Exception {
        var result = Compilation.compile(out, src("a/Words.java", "package a;", "import dev.tauri4j.Command;", "public class Words {",
                "    @Command(\"delete\") public static int remove(String function, int invoke) { return 0; }", "}"));
        assertThat(result.errors()).isEmpty();
        assertThat(result.resource(CommandProcessor.BINDINGS))
                .contains("export async function delete_(function_: string, invoke_: number): Promise<number> {\n"
                        + "  return invoke<number>('delete', { function: function_, invoke: invoke_ });");
        assertThat(result.source("a/GeneratedCommands.java")).contains("call.<java.lang.String>arg(\"function\", java.lang.String.class)");
    }
}
