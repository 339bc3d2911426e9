package dev.tauri4j.internal.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.Fn1;
import dev.tauri4j.Fn2;
import dev.tauri4j.Window;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandFormsTest {

    record Greeting(String text, int length) {}
    record Todo(String title, boolean done) {}

    static final class TodoService {
        final List<Todo> todos = new CopyOnWriteArrayList<>();

        Todo add(String title, Boolean done) {
            Todo todo = new Todo(title, done);
            todos.add(todo);
            return todo;
        }
    }

    private final IpcHarness ipc = new IpcHarness();
    private final String suffix = "!";

    static Greeting save(String path, byte[] data, Window window) {
        return new Greeting(window.label() + ":" + path + ":" + new String(data, StandardCharsets.UTF_8), data.length);
    }

    @Test
    void theDocumentedStyleWorks() {
        // (int a, int b) -> a + b cannot compile against a generic Fn2: lambdas take boxes, methods may take ints
        ipc.registry
                .command("greet", (String name) -> new Greeting("Hello, " + name, name.length()))
                .command("add", (Integer a, Integer b) -> a + b)
                .command("save", CommandFormsTest::save)
                .handler("raw", call -> call.arg("name", String.class));

        assertThat(ipc.ok("greet", "{'name':'Ada'}")).isEqualTo(IpcHarness.json("{'text':'Hello, Ada','length':3}"));
        assertThat(ipc.ok("add", "{'a':2,'b':3}").intValue()).isEqualTo(5);
        assertThat(ipc.ok("save", "{'path':'p','data':[104,105]}").get("length").intValue()).isEqualTo(2);
        assertThat(ipc.ok("raw", "{'name':'x'}").textValue()).isEqualTo("x");
    }

    @Test
    void lambdaCapturingLocalsAndThis() {
        String prefix = "Hi ";
        ipc.registry.command("greet", (String name) -> prefix + name + suffix);

        assertThat(ipc.ok("greet", "{'name':'Ada'}").textValue()).isEqualTo("Hi Ada!");
    }

    @Test
    void capturedLongsAndDoublesDoNotShiftTheNames() {
        long base = 10;
        double factor = 2;
        ipc.registry.command("scale", (Long amount, String unit) -> (base + amount) * factor + unit);

        assertThat(ipc.ok("scale", "{'unit':'kg','amount':5}").textValue()).isEqualTo("30.0kg");
    }

    @Test
    void staticMethodReference() {
        ipc.registry.command("save", CommandFormsTest::save);

        assertThat(ipc.ok("save", "{'path':'/tmp/a','data':'aGk='}"))
                .isEqualTo(IpcHarness.json("{'text':'main:/tmp/a:hi','length':2}"));
    }

    @Test
    void boundInstanceMethodReference() {
        TodoService service = new TodoService();
        ipc.registry.command("add", service::add);

        ipc.ok("add", "{'title':'milk','done':false}");

        assertThat(service.todos).containsExactly(new Todo("milk", false));
    }

    @Test
    void unboundInstanceMethodReferenceRunsOnManagedState() {
        TodoService service = new TodoService();
        ipc.state.manage(service);
        ipc.registry.command("add", TodoService::add);

        assertThat(ipc.ok("add", "{'title':'eggs','done':true}")).isEqualTo(IpcHarness.json("{'title':'eggs','done':true}"));
        assertThat(service.todos).hasSize(1);
    }

    @Test
    void unboundInstanceMethodReferenceWithoutStateSaysWhatIsMissing() {
        ipc.registry.command("add", TodoService::add);

        IpcError error = ipc.error("add", "{'title':'eggs','done':true}");

        assertThat(error.code()).isEqualTo("MISSING_STATE");
        assertThat(error.message()).contains("TodoService", "manage(");
    }

    @Test
    void constructorReference() {
        ipc.registry.command("todo", Todo::new);

        assertThat(ipc.ok("todo", "{'title':'t','done':true}")).isEqualTo(IpcHarness.json("{'title':'t','done':true}"));
    }

    @Test
    void classImplementingFn() {
        ipc.registry.command("shout", new Fn1<String, String>() {
            @Override
            public String apply(String word) {
                return word.toUpperCase();
            }
        });

        assertThat(ipc.ok("shout", "{'word':'hey'}").textValue()).isEqualTo("HEY");
    }

    @Test
    void zeroAndFiveParameters() {
        ipc.registry.command("ping", () -> "pong");
        ipc.registry.command("join", (String a, String b, String c, String d, String e) -> a + b + c + d + e);

        assertThat(ipc.ok("ping", "{}").textValue()).isEqualTo("pong");
        assertThat(ipc.ok("join", "{'e':'5','d':'4','c':'3','b':'2','a':'1'}").textValue()).isEqualTo("12345");
    }

    @Test
    void parametersAreInspectedOnFirstCallAndOnlyOnce() {
        ipc.registry.command("greet", (String name) -> "Hello, " + name);
        FnCommand command = (FnCommand) ipc.registry.find("greet").orElseThrow();
        assertThat(command.resolutions()).isZero();

        List<CompletableFuture<InvokeResult>> calls = IntStream.range(0, 50)
                .mapToObj(i -> ipc.dispatcher.dispatch(InvokeRequest.json("greet", IpcHarness.json("{'name':'n" + i + "'}")),
                        ipc.context()))
                .toList();
        calls.forEach(CompletableFuture::join);
        ipc.ok("greet", "{'name':'again'}");

        assertThat(command.resolutions()).isOne();
        assertThat(calls).allSatisfy(call -> assertThat(call.join().isSuccess()).isTrue());
    }

    @Test
    void withoutParameterNamesTheErrorSaysHowToFixIt(@TempDir Path dir) throws Exception {
        Class<?> fixture = Javac.compile(dir, "gen.NoNames", NO_NAMES, "-g:none");
        register(fixture);

        IpcError lambda = ipc.error("lambda", "{'name':'Ada'}");
        assertThat(lambda.code()).isEqualTo("PARAMETER_NAMES_UNAVAILABLE");
        assertThat(lambda.message()).contains("command 'lambda'", "gen.NoNames", "-g",
                ".handler(\"lambda\", call -> call.arg(\"name\", String.class))");
        assertThat(ipc.error("ref", "{'a':1,'b':2}").message()).contains("-parameters");
        // a lone record is an argument like any other and needs its name; injected ones go by type
        IpcError point = ipc.error("point", "{'p':{'x':1,'y':2}}");
        assertThat(point.code()).isEqualTo("PARAMETER_NAMES_UNAVAILABLE");
        assertThat(point.message()).contains("cannot bind parameter 1 (Point)", "call.args(Point.class)");
        assertThat(ipc.ok("label", "{}").textValue()).isEqualTo("main");
    }

    @Test
    void methodReferencesNeedOnlyTheParametersFlag(@TempDir Path dir) throws Exception {
        Class<?> fixture = Javac.compile(dir, "gen.NoNames", NO_NAMES, "-g:none", "-parameters");
        register(fixture);

        assertThat(ipc.ok("ref", "{'a':1,'b':2}").intValue()).isEqualTo(3);
        // javac keeps lambda parameter names only in the debug tables, never in MethodParameters
        assertThat(ipc.error("lambda", "{'name':'Ada'}").code()).isEqualTo("PARAMETER_NAMES_UNAVAILABLE");
    }

    @SuppressWarnings("unchecked")
    private void register(Class<?> fixture) throws ReflectiveOperationException {
        ipc.registry.command("lambda", (Fn1<Object, Object>) fixture.getMethod("lambda").invoke(null));
        ipc.registry.command("ref", (Fn2<Object, Object, Object>) fixture.getMethod("ref").invoke(null));
        ipc.registry.command("point", (Fn1<Object, Object>) fixture.getMethod("point").invoke(null));
        ipc.registry.command("label", (Fn1<Object, Object>) fixture.getMethod("label").invoke(null));
    }

    private static final String NO_NAMES = """
            package gen;

            import dev.tauri4j.Fn1;
            import dev.tauri4j.Fn2;
            import dev.tauri4j.Window;

            public class NoNames {
                public record Point(int x, int y) {}

                public static Fn1<String, String> lambda() { return (String name) -> "Hello, " + name; }
                public static Fn2<Integer, Integer, Integer> ref() { return NoNames::add; }
                public static Fn1<Point, Integer> point() { return (Point p) -> p.x() + p.y(); }
                public static Fn1<Window, String> label() { return (Window w) -> w.label(); }

                static Integer add(Integer a, Integer b) { return a + b; }
            }
            """;
}
