package dev.tauri4j.build.importer.rust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader on command shapes as real Tauri apps write them. */
class RustSourceReaderTest {

    private static final String LIB = """
            use serde::{Deserialize, Serialize};
            use tauri::{AppHandle, Manager, State};

            /* #[tauri::command] fn commented_out() {} /* nested */ still a comment */
            // #[tauri::command] fn line_comment() {}

            #[derive(Debug, Clone, Serialize, Deserialize)]
            #[serde(rename_all = "camelCase")]
            pub struct Todo {
                pub id: u32,
                #[serde(rename = "label")]
                pub title: String,
                pub done_at: Option<i64>,
                #[serde(skip)]
                cache: Vec<u8>,
            }

            #[derive(Serialize, Deserialize)]
            #[serde(rename_all = "kebab-case")]
            enum Filter { All, OnlyOpen, #[serde(rename = "done")] Finished }

            #[derive(Serialize)]
            #[serde(tag = "kind")]
            enum Shape { Circle { r: f64 }, Square(f64) }

            struct AppState { todos: std::sync::Mutex<Vec<Todo>> }

            #[tauri::command]
            fn greet(name: &str) -> String {
                format!("Hello, {}! }} #[tauri::command] fn fake() {{", name)
            }

            #[tauri::command]
            async fn add_todo(state: State<'_, AppState>, title: String) -> Result<Todo, String> {
                let c = '}';
                Err("x".into())
            }

            #[tauri::command(rename_all = "snake_case")]
            pub async fn list<R: tauri::Runtime>(app: AppHandle<R>, window: tauri::WebviewWindow, only_open: bool)
                -> Result<Vec<Todo>, Error> where R: Send {
                Ok(vec![])
            }

            #[tauri::command]
            pub(crate) fn stats(counts: std::collections::HashMap<String, u64>, pair: (i32, String), raw: Vec<u8>,
                    extra: serde_json::Value, mut limit: Option<usize>, on_progress: tauri::ipc::Channel<u32>) {}

            mod inner {
                #[tauri::command]
                pub fn ping() -> &'static str { "pong" }
            }

            pub fn run() {
                tauri::Builder::default()
                    .plugin(tauri_plugin_opener::init())
                    .plugin(tauri_plugin_updater::Builder::new().build())
                    .manage(AppState { todos: Default::default() })
                    .setup(|app| {
                        let tray = TrayIconBuilder::new().build(app)?;
                        Ok(())
                    })
                    .invoke_handler(tauri::generate_handler![greet, add_todo, list, stats, inner::ping])
                    .run(tauri::generate_context!())
                    .expect("error while running tauri application");
            }
            """;

    private final RustFile file = RustSourceReader.read(LIB, "src-tauri/src/lib.rs", "");

    private RustCommand command(String name) {
        return file.commands().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void findsEveryCommandAndNoneInCommentsOrStrings() {
        assertThat(file.commands()).extracting(RustCommand::path)
                .containsExactly("greet", "add_todo", "list", "stats", "inner::ping");
    }

    @Test
    void readsASyncCommandWithItsSourceAndLine() {
        RustCommand greet = command("greet");
        assertThat(greet.async()).isFalse();
        assertThat(greet.line()).isEqualTo(LIB.lines().toList().indexOf("fn greet(name: &str) -> String {") + 1);
        assertThat(greet.params()).extracting(RustParam::name).containsExactly("name");
        assertThat(greet.params().get(0).type().form()).isEqualTo(RustType.Form.REF);
        assertThat(greet.params().get(0).type().arg(0).name()).isEqualTo("str");
        assertThat(greet.returns()).get().extracting(RustType::name).isEqualTo("String");
        assertThat(greet.source()).startsWith("#[tauri::command]\nfn greet").endsWith("name)\n}");
    }

    @Test
    void readsAsyncStateAndResult() {
        RustCommand add = command("add_todo");
        assertThat(add.async()).isTrue();
        RustType state = add.params().get(0).type();
        assertThat(state.name()).isEqualTo("State");
        assertThat(state.args()).extracting(RustType::name).containsExactly("AppState"); // the lifetime is dropped
        RustType result = add.returns().orElseThrow();
        assertThat(result.name()).isEqualTo("Result");
        assertThat(result.args()).extracting(RustType::text).containsExactly("Todo", "String");
    }

    @Test
    void readsGenericsVisibilityWhereClausesAndRenameAll() {
        RustCommand list = command("list");
        assertThat(list.async()).isTrue();
        assertThat(list.renameAll()).contains("snake_case");
        assertThat(list.params()).extracting(p -> p.type().name()).containsExactly("AppHandle", "WebviewWindow", "bool");
        assertThat(list.returns().orElseThrow().arg(0).text()).isEqualTo("Vec<Todo>");
    }

    @Test
    void readsCollectionsTuplesChannelsAndMutPatterns() {
        RustCommand stats = command("stats");
        assertThat(stats.returns()).isEmpty();
        assertThat(stats.params()).extracting(RustParam::name)
                .containsExactly("counts", "pair", "raw", "extra", "limit", "on_progress");
        List<RustType> types = stats.params().stream().map(RustParam::type).toList();
        assertThat(types.get(0).path()).isEqualTo("std::collections::HashMap");
        assertThat(types.get(0).args()).extracting(RustType::name).containsExactly("String", "u64");
        assertThat(types.get(1).form()).isEqualTo(RustType.Form.TUPLE);
        assertThat(types.get(1).args()).hasSize(2);
        assertThat(types.get(3).path()).isEqualTo("serde_json::Value");
        assertThat(types.get(5).path()).isEqualTo("tauri::ipc::Channel");
        assertThat(types.get(5).arg(0).name()).isEqualTo("u32");
    }

    @Test
    void readsStructsWithSerdeAttributes() {
        RustStruct todo = file.structs().stream().filter(s -> s.name().equals("Todo")).findFirst().orElseThrow();
        assertThat(todo.isSerde()).isTrue();
        assertThat(todo.renameAll()).contains("camelCase");
        assertThat(todo.fields()).extracting(RustStruct.Field::name).containsExactly("id", "title", "done_at", "cache");
        assertThat(todo.fields().get(1).rename()).contains("label");
        assertThat(todo.fields().get(3).skipped()).isTrue();
        RustStruct state = file.structs().stream().filter(s -> s.name().equals("AppState")).findFirst().orElseThrow();
        assertThat(state.isSerde()).isFalse();
    }

    @Test
    void readsEnumsWithRenamesAndTags() {
        RustEnum filter = file.enums().stream().filter(e -> e.name().equals("Filter")).findFirst().orElseThrow();
        assertThat(filter.isUnitOnly()).isTrue();
        assertThat(filter.renameAll()).contains("kebab-case");
        assertThat(filter.variants()).extracting(RustEnum.Variant::name).containsExactly("All", "OnlyOpen", "Finished");
        assertThat(filter.variants().get(2).rename()).contains("done");
        RustEnum shape = file.enums().stream().filter(e -> e.name().equals("Shape")).findFirst().orElseThrow();
        assertThat(shape.isUnitOnly()).isFalse();
        assertThat(shape.tagged()).isTrue();
    }

    @Test
    void readsTheHandlerListAndTheBuilder() {
        assertThat(file.handlers()).containsExactly("greet", "add_todo", "list", "stats", "inner::ping");
        assertThat(file.usages()).extracting(RustUsage::kind, RustUsage::name).contains(
                org.assertj.core.groups.Tuple.tuple(RustUsage.Kind.PLUGIN, "opener"),
                org.assertj.core.groups.Tuple.tuple(RustUsage.Kind.PLUGIN, "updater"),
                org.assertj.core.groups.Tuple.tuple(RustUsage.Kind.TRAY, "TrayIconBuilder"));
        assertThat(file.usages()).filteredOn(u -> u.kind() == RustUsage.Kind.MANAGE).extracting(RustUsage::name)
                .containsExactly("AppState { todos: Default::default() }");
        assertThat(file.usages()).filteredOn(u -> u.kind() == RustUsage.Kind.SETUP).hasSize(1);
    }

    @Test
    void modulePathsFollowTheFiles() {
        java.nio.file.Path src = java.nio.file.Path.of("src");
        assertThat(RustProject.module(src, src.resolve("lib.rs"))).isEmpty();
        assertThat(RustProject.module(src, src.resolve("commands.rs"))).isEqualTo("commands");
        assertThat(RustProject.module(src, src.resolve("commands/mod.rs"))).isEqualTo("commands");
        assertThat(RustProject.module(src, src.resolve("commands/todo.rs"))).isEqualTo("commands::todo");
    }
}
