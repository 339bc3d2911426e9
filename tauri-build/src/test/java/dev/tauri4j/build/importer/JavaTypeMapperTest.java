package dev.tauri4j.build.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.build.importer.rust.RustCommand;
import dev.tauri4j.build.importer.rust.RustEnum;
import dev.tauri4j.build.importer.rust.RustFile;
import dev.tauri4j.build.importer.rust.RustSourceReader;
import dev.tauri4j.build.importer.rust.RustStruct;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JavaTypeMapperTest {

    private static final String TYPES = """
            #[derive(Serialize, Deserialize)] struct Todo { id: u32 }
            #[derive(Serialize, Deserialize)] struct TodoId(u64);
            #[derive(Serialize, Deserialize)] enum Filter { All, Open }
            #[derive(Serialize)] enum Event { Started { id: u32 }, Stopped }
            struct AppState { n: u32 }
            """;

    private static PortedCommand port(String signature) {
        RustFile file = RustSourceReader.read(TYPES + "#[tauri::command]\n" + signature + " {}", "lib.rs", "");
        Map<String, RustStruct> structs = new LinkedHashMap<>();
        file.structs().forEach(s -> structs.put(s.name(), s));
        Map<String, RustEnum> enums = new LinkedHashMap<>();
        file.enums().forEach(e -> enums.put(e.name(), e));
        RustCommand command = file.commands().getFirst();
        return PortedCommand.of(command, new JavaTypeMapper(structs, enums));
    }

    private static List<String> params(PortedCommand c) {
        return c.params().stream().map(p -> p.type().text() + " " + p.name()).toList();
    }

    @Test
    void stringsNumbersAndBooleans() {
        PortedCommand c = port("fn f(a: &str, b: String, c: char, d: i32, e: u8, f: u32, g: i64, h: f32, i: f64, j: bool,"
                + " k: std::path::PathBuf, l: i128)");
        assertThat(params(c)).containsExactly("String a", "String b", "String c", "int d", "int e", "long f", "long g",
                "float h", "double i", "boolean j", "String k", "java.math.BigInteger l");
        assertThat(c.returns().text()).isEqualTo("void");
    }

    @Test
    void optionIsOptionalForParametersAndANullableBoxForAnswers() {
        PortedCommand c = port("fn f(limit: Option<u32>, name: Option<&str>) -> Option<i32>");
        assertThat(params(c)).containsExactly("Optional<Long> limit", "Optional<String> name");
        assertThat(c.returns().text()).isEqualTo("Integer");
        assertThat(c.imports()).contains("java.util.Optional");
    }

    @Test
    void collectionsBytesAndJson() {
        PortedCommand c = port("fn f(a: Vec<String>, b: Vec<u8>, c: &[u8], d: HashMap<String, Vec<i64>>, e: HashSet<u32>,"
                + " f: serde_json::Value, g: BTreeMap<u32, bool>, h: (i32, String)) -> Vec<Todo>");
        assertThat(params(c)).containsExactly("List<String> a", "byte[] b", "byte[] c", "Map<String, List<Long>> d",
                "Set<Long> e", "JsonNode f", "Map<Long, Boolean> g", "List<Object> h");
        assertThat(c.returns().text()).isEqualTo("List<Todo>");
        assertThat(c.declared()).containsExactly("Todo");
        assertThat(c.notes()).anyMatch(n -> n.contains("JSON object keys are strings"))
                .anyMatch(n -> n.contains("the tuple (i32, String)"));
    }

    @Test
    void tauriTypesAreInjectedAndStateIsByType() {
        PortedCommand c = port("async fn f<R: Runtime>(app: tauri::AppHandle<R>, w: Window, ww: WebviewWindow,"
                + " state: State<'_, AppState>, on_event: tauri::ipc::Channel<u32>)");
        assertThat(params(c)).containsExactly("App app", "Window w", "Window ww", "AppState state", "Channel<Long> onEvent");
        assertThat(c.params().get(3).type().role()).isEqualTo(JavaType.Role.STATE);
        assertThat(c.states()).containsExactly("AppState");
        assertThat(c.imports()).contains("dev.tauri4j.App", "dev.tauri4j.Window", "dev.tauri4j.Channel");
    }

    @Test
    void resultIsItsOkTypeWithANoteOnTheError() {
        PortedCommand s = port("fn f() -> Result<String, String>");
        assertThat(s.returns().text()).isEqualTo("String");
        assertThat(s.notes()).singleElement().asString().contains("throw new CommandException(message)");
        PortedCommand custom = port("fn f() -> Result<(), MyError>");
        assertThat(custom.returns().text()).isEqualTo("void");
        assertThat(custom.notes()).singleElement().asString().contains("CommandException(code, message, data)");
    }

    @Test
    void crateTypesAreRecordsEnumsOrTheirInnerType() {
        PortedCommand c = port("fn f(id: TodoId, filter: Filter, event: Event, other: Unknown) -> Todo");
        assertThat(params(c)).containsExactly("long id", "Filter filter", "JsonNode event", "JsonNode other");
        assertThat(c.declared()).containsExactlyInAnyOrder("Filter", "Todo");
        assertThat(c.notes()).anyMatch(n -> n.contains("the enum Event")).anyMatch(n -> n.contains("the type Unknown"));
    }

    @Test
    void argumentNamesAreCamelCaseUnlessTheCommandSaysSnakeCase() {
        assertThat(params(port("fn f(user_name: String, _unused: u8)"))).containsExactly("String userName", "int unused");
        PortedCommand snake = RustSourceReader.read("#[tauri::command(rename_all = \"snake_case\")]\nfn f(user_name: String) {}",
                "lib.rs", "").commands().stream().map(cmd -> PortedCommand.of(cmd, new JavaTypeMapper(Map.of(), Map.of())))
                .findFirst().orElseThrow();
        assertThat(params(snake)).containsExactly("String user_name");
    }
}
