package dev.tauri4j.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example app through the processor in process: the generated Java, TypeScript and JSON match golden files. */
class ExampleGoldenTest {

    @TempDir
    Path out;

    @Test
    void generatedFilesMatchTheGoldenFiles() throws Exception {
        Compilation.Result result = Compilation.compile(out, Compilation.exampleSources(), java.util.List.of());
        assertThat(result.errors()).isEmpty();
        assertThat(result.success()).isTrue();
        Golden.assertMatches("example/GeneratedCommands.java",
                result.source("dev/tauri4j/processor/example/GeneratedCommands.java"));
        Golden.assertMatches("example/bindings.ts", result.resource(CommandProcessor.BINDINGS));
        Golden.assertMatches("example/commands.json", result.resource(CommandProcessor.COMMANDS));
        Golden.assertMatches("example/dev.tauri4j.CommandRegistrar",
                result.resource("META-INF/services/dev.tauri4j.CommandRegistrar"));
    }

    @Test
    void theOutputIsTheSameOnEveryCompile() throws Exception {
        Compilation.Result first = Compilation.compile(out.resolve("a"), Compilation.exampleSources(), java.util.List.of());
        // the reverse order of sources must not change a byte: everything is sorted
        Compilation.Result second = Compilation.compile(out.resolve("b"),
                Compilation.exampleSources().reversed(), java.util.List.of());
        assertThat(second.resource(CommandProcessor.BINDINGS)).isEqualTo(first.resource(CommandProcessor.BINDINGS));
        assertThat(second.resource(CommandProcessor.COMMANDS)).isEqualTo(first.resource(CommandProcessor.COMMANDS));
        assertThat(second.source("dev/tauri4j/processor/example/GeneratedCommands.java"))
                .isEqualTo(first.source("dev/tauri4j/processor/example/GeneratedCommands.java"));
    }

    @Test
    void commandsJsonIsValidJsonListingEveryCommandOnce() throws Exception {
        Compilation.Result result = Compilation.compile(out, Compilation.exampleSources(), java.util.List.of());
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(result.resource(CommandProcessor.COMMANDS));
        var names = new java.util.ArrayList<String>();
        root.get("commands").forEach(c -> names.add(c.get("name").asText()));
        assertThat(names).hasSize(16).doesNotHaveDuplicates().isSorted().contains("sum_all", "todoPage", "greet");
        var countdown = java.util.stream.StreamSupport.stream(root.get("commands").spliterator(), false)
                .filter(c -> c.get("name").asText().equals("countdown")).findFirst().orElseThrow();
        assertThat(countdown.get("params").get(0).get("type").asText()).isEqualTo("Channel<Progress>");
        var whoami = java.util.stream.StreamSupport.stream(root.get("commands").spliterator(), false)
                .filter(c -> c.get("name").asText().equals("whoami")).findFirst().orElseThrow();
        assertThat(whoami.get("params")).isEmpty();
        assertThat(whoami.get("injected").get(0).asText()).isEqualTo("dev.tauri4j.Window");
    }

    @Test
    void goldenDiffShowsWhatChanged() {
        String diff = Golden.diff("a\nb\nc\n", "a\nB\nc\n");
        assertThat(diff).contains("   2 - b").contains("   2 + B").doesNotContain("- a");
    }
}
