package dev.tauri4j.build.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.build.BuildLog;
import dev.tauri4j.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import on a project laid out as create-tauri-app's vanilla-ts template makes it, plus a few more commands. */
class TauriImportTest {

    @TempDir
    Path project;

    private final List<String> logged = new ArrayList<>();
    private final BuildLog log = new BuildLog() {
        @Override public void info(String message) { logged.add(message); }
        @Override public void warn(String message) { logged.add(message); }
        @Override public void debug(String message) { }
    };

    private void tauriProject(String lib) throws IOException {
        write("package.json", """
                {"name": "vt", "private": true, "version": "0.1.0", "type": "module",
                 "scripts": {"dev": "vite", "build": "tsc && vite build"},
                 "dependencies": {"@tauri-apps/api": "^2", "@tauri-apps/plugin-opener": "^2"},
                 "devDependencies": {"@tauri-apps/cli": "^2"}}
                """);
        write("src/main.ts", """
                import { invoke } from "@tauri-apps/api/core";
                async function greet() {
                  greetMsgEl.textContent = await invoke("greet", { name: greetInputEl.value });
                  const todo = await invoke<{ id: number }>('add_todo', { title: "x" });
                  await invoke("plugin:opener|open_url", { url: "https://tauri.app" });
                  await invoke("missing_in_rust");
                }
                """);
        write("src-tauri/tauri.conf.json", """
                {"productName": "vt", "version": "0.1.0", "identifier": "com.tauri-app.vt",
                 "build": {"beforeBuildCommand": "npm run build", "frontendDist": "../dist"},
                 "app": {"windows": [{"title": "vt", "width": 800, "height": 600}]}}
                """);
        write("src-tauri/capabilities/default.json", """
                {
                  "$schema": "../gen/schemas/desktop-schema.json",
                  "identifier": "default",
                  "windows": ["main"],
                  "permissions": ["core:default", "opener:default", "updater:default"]
                }
                """);
        write("src-tauri/Cargo.toml", """
                [dependencies]
                tauri = { version = "2", features = [] }
                tauri-plugin-opener = "2"
                tauri-plugin-updater = "2"
                tauri-plugin-sql = "2"
                """);
        write("src-tauri/src/lib.rs", lib);
    }

    private static final String LIB = """
            use std::sync::Mutex;
            mod commands;

            #[derive(serde::Serialize, serde::Deserialize)]
            #[serde(rename_all = "camelCase")]
            pub struct Todo { id: u32, done_at: Option<i64>, #[serde(rename = "class")] kind: Kind }

            #[derive(serde::Serialize, serde::Deserialize)]
            #[serde(rename_all = "lowercase")]
            pub enum Kind { Task, Note }

            #[derive(Default)]
            struct AppState { todos: Mutex<Vec<Todo>> }

            // Learn more about Tauri commands at https://tauri.app/develop/calling-rust/
            #[tauri::command]
            fn greet(name: &str) -> String {
                format!("Hello, {}! You've been greeted from Rust! \\u{1F600}", name)
            }

            #[tauri::command]
            async fn add_todo(state: tauri::State<'_, AppState>, title: String) -> Result<Todo, String> {
                todo!()
            }

            #[tauri::command]
            fn unlisted() {}

            pub fn run() {
                tauri::Builder::default()
                    .plugin(tauri_plugin_opener::init())
                    .manage(AppState::default())
                    .invoke_handler(tauri::generate_handler![greet, add_todo, commands::ping])
                    .run(tauri::generate_context!())
                    .expect("error while running tauri application");
            }
            """;

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private String read(String path) throws IOException {
        return Files.readString(project.resolve(path));
    }

    private ImportReport runImport() {
        return TauriImport.run(new ImportRequest(project, "1.2.3", Optional.empty()), log);
    }

    @Test
    void writesThePomMainCommandsAndTypes() throws IOException {
        tauriProject(LIB);
        write("src-tauri/src/commands.rs", "#[tauri::command]\npub fn ping(count: usize) -> tauri::Result<String> { todo!() }\n");
        ImportReport report = runImport();

        String dir = "src/main/java/com/tauri_app/vt/";
        assertThat(report.written()).containsExactlyInAnyOrder("pom.xml", dir + "Commands.java", dir + "Main.java",
                dir + "Todo.java", dir + "Kind.java", dir + "AppState.java");
        String commands = read(dir + "Commands.java");
        assertThat(commands).contains("package com.tauri_app.vt;")
                .contains("    @Command\n    public static String greet(String name) {\n"
                        + "        throw new CommandException(\"NOT_PORTED\", \"not ported yet: greet (was src-tauri/src/lib.rs:17)\");")
                .contains("    // Rust (src-tauri/src/lib.rs:17):\n    // #[tauri::command]\n    // fn greet(name: &str) -> String {\n")
                .contains("public static Todo add_todo(AppState state, String title)")
                .contains("public static String ping(long count)")
                .contains("(was src-tauri/src/commands.rs:2)")
                // javac reads unicode escapes in comments: the Rust one must not be one
                .contains("\\\\u{1F600}")
                .doesNotContain("unlisted(");
        assertThat(read(dir + "Todo.java")).contains("public record Todo(\n        long id,\n        Long doneAt,\n"
                + "        @JsonProperty(\"class\") Kind kind) {}");
        assertThat(read(dir + "Kind.java")).contains("@JsonProperty(\"task\") Task,\n    @JsonProperty(\"note\") Note");
        assertThat(read(dir + "AppState.java")).contains("public final class AppState {");
        assertThat(read(dir + "Main.java")).contains("import dev.tauri4j.plugins.opener.OpenerPlugin;")
                .contains(".plugin(new OpenerPlugin())\n                .manage(new AppState())\n                .run(args);");
        String pom = read("pom.xml");
        assertThat(pom).contains("<groupId>com.tauri-app</groupId>", "<artifactId>vt</artifactId>",
                "<tauri4j.version>1.2.3</tauri4j.version>", "<artifactId>opener</artifactId>",
                "<mainClass>com.tauri_app.vt.Main</mainClass>", "<artifactId>tauri-processor</artifactId>")
                .doesNotContain("<artifactId>updater</artifactId>");
    }

    @Test
    void grantsTheInvokedCommandsAndReportsTheRest() throws IOException {
        tauriProject(LIB);
        ImportReport report = runImport();

        assertThat(read("src-tauri/capabilities/default.json")).contains("\"$schema\": \"../gen/schemas/desktop-schema.json\"")
                .contains("\"core:default\",", "\"allow-greet\",", "\"allow-add_todo\"");
        assertThat(report.granted()).containsExactly("allow-greet in src-tauri/capabilities/default.json",
                "allow-add_todo in src-tauri/capabilities/default.json");
        assertThat(report.notes()).extracting(ImportReport.Note::what)
                .anyMatch(w -> w.contains("\"updater\"") && w.contains("not ported yet"))
                .anyMatch(w -> w.contains("\"sql\"") && w.contains("no tauri4j port"))
                .anyMatch(w -> w.contains("generate_handler! names commands::ping"))
                .anyMatch(w -> w.contains("unlisted") && w.contains("not in generate_handler!"))
                .anyMatch(w -> w.contains("\"missing_in_rust\""))
                .anyMatch(w -> w.contains("state AppState") && w.contains("add_todo hold it across .await"))
                .anyMatch(w -> w.contains(".manage(AppState::default())"));
        assertThat(read(TauriImport.REPORT)).contains("## To do", "Fix: remove its \"updater:...\" permissions");
        assertThat(logged).contains("- allow-greet in src-tauri/capabilities/default.json");
    }

    @Test
    void aSecondRunKeepsEditedFilesAndWritesOnlyWhatIsMissing() throws IOException {
        tauriProject(LIB);
        runImport();
        String dir = "src/main/java/com/tauri_app/vt/";
        String ported = read(dir + "Commands.java").replace(
                "throw new CommandException(\"NOT_PORTED\", \"not ported yet: greet (was src-tauri/src/lib.rs:17)\");",
                "return \"Hello, \" + name + \"! You've been greeted from Java!\";");
        write(dir + "Commands.java", ported);
        Files.delete(project.resolve(dir + "Kind.java"));
        String capability = read("src-tauri/capabilities/default.json");

        ImportReport second = runImport();

        assertThat(read(dir + "Commands.java")).isEqualTo(ported);
        assertThat(second.written()).containsExactly(dir + "Kind.java");
        assertThat(second.kept()).contains("pom.xml (it exists)", dir + "Commands.java (it exists)");
        assertThat(second.granted()).isEmpty();
        assertThat(read("src-tauri/capabilities/default.json")).isEqualTo(capability);
    }

    @Test
    void anExistingPomIsKeptAndWhatItLacksReported() throws IOException {
        tauriProject(LIB);
        write("pom.xml", "<project><artifactId>mine</artifactId></project>");
        ImportReport report = runImport();
        assertThat(read("pom.xml")).isEqualTo("<project><artifactId>mine</artifactId></project>");
        assertThat(report.notes()).extracting(ImportReport.Note::what).anyMatch(w -> w.startsWith("the existing pom.xml lacks")
                && w.contains("tauri-maven-plugin") && w.contains("dev.tauri4j.plugins:opener"));
    }

    @Test
    void aProjectWithoutTauriConfigSaysWhereItLooked() {
        assertThatThrownBy(this::runImport).isInstanceOf(ConfigException.class)
                .hasMessageContaining("src-tauri").hasMessageContaining("Fix:");
    }

    @Test
    void unreadableRustNamesTheFileAndLine() throws IOException {
        tauriProject("#[tauri::command]\nfn greet() {}\n/* never closed");
        assertThatThrownBy(this::runImport).isInstanceOf(ImportException.class)
                .hasMessageContaining("src-tauri/src/lib.rs, line 3: a block comment is never closed");
    }

    @Test
    void packagesFromIdentifiers() {
        assertThat(TauriImport.javaPackage("com.tauri-app.app")).isEqualTo("com.tauri_app.app");
        assertThat(TauriImport.javaPackage("com.example.2d.default")).isEqualTo("com.example._2d._default");
    }
}
