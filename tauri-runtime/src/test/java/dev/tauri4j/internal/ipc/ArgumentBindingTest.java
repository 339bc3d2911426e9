package dev.tauri4j.internal.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.App;
import dev.tauri4j.Invocation;
import dev.tauri4j.Window;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ArgumentBindingTest {

    record Greeting(String text, int length) {}
    record Address(String city, String zip) {}
    record Person(String name, Address address, List<String> tags) {}
    record Todo(String title, boolean done) {}
    record Packet(byte[] bytes, ByteBuffer buffer, List<Integer> list) {}
    enum Color { RED, GREEN, BLUE }
    static final class Counter {
        int count;
    }

    private final IpcHarness ipc = new IpcHarness();

    static String primitives(int i, long l, double d, boolean b) {
        return i + "/" + l + "/" + d + "/" + b;
    }

    @Test
    void stringArgumentBindsByName() {
        ipc.registry.command("greet", (String name) -> new Greeting("Hello, " + name, name.length()));

        JsonNode result = ipc.ok("greet", "{'name':'Ada'}");

        assertThat(result).isEqualTo(IpcHarness.json("{'text':'Hello, Ada','length':3}"));
    }

    @Test
    void primitivesBindThroughAMethodReference() {
        ipc.registry.command("prims", ArgumentBindingTest::primitives);

        JsonNode result = ipc.ok("prims", "{'i':1,'l':9007199254740993,'d':2.5,'b':true}");

        assertThat(result.textValue()).isEqualTo("1/9007199254740993/2.5/true");
    }

    @Test
    void boxesBindAndAcceptNull() {
        ipc.registry.command("boxes", (Integer i, Long l, Double d, Boolean b) -> i + "/" + l + "/" + d + "/" + b);

        assertThat(ipc.ok("boxes", "{'i':1,'l':2,'d':3,'b':false}").textValue()).isEqualTo("1/2/3.0/false");
        assertThat(ipc.ok("boxes", "{'i':null,'l':2,'d':3,'b':null}").textValue()).isEqualTo("null/2/3.0/null");
    }

    @Test
    void nestedRecordsAndListsBindByComponentName() {
        ipc.registry.command("describe", (Person person, String greeting) ->
                greeting + " " + person.name() + " of " + person.address().city() + " " + person.tags());

        JsonNode result = ipc.ok("describe",
                "{'greeting':'Hi','person':{'name':'Ada','address':{'city':'London','zip':'N1'},'tags':['a','b']}}");

        assertThat(result.textValue()).isEqualTo("Hi Ada of London [a, b]");
    }

    static List<String> titles(List<Todo> todos) {
        return todos.stream().map(Todo::title).toList();
    }

    static int total(Map<String, Long> scores) {
        return scores.values().stream().mapToInt(Long::intValue).sum();
    }

    @Test
    void methodReferencesKeepGenericElementTypes() {
        ipc.registry.command("titles", ArgumentBindingTest::titles);
        ipc.registry.command("total", ArgumentBindingTest::total);

        assertThat(ipc.ok("titles", "{'todos':[{'title':'a','done':true},{'title':'b','done':false}]}"))
                .isEqualTo(IpcHarness.json("['a','b']"));
        assertThat(ipc.ok("total", "{'scores':{'x':1,'y':2}}").intValue()).isEqualTo(3);
    }

    @Test
    void lambdasTakeArraysAndCollectionsOfJsonValues() {
        ipc.registry.command("titles", (Todo[] todos) -> todos[1].title());
        ipc.registry.command("sorted", (Set<String> words) -> new TreeSet<>(words).first());
        ipc.registry.command("total", (Map<String, Integer> scores) ->
                scores.values().stream().mapToInt(Integer::intValue).sum());

        assertThat(ipc.ok("titles", "{'todos':[{'title':'a','done':true},{'title':'b','done':false}]}").textValue())
                .isEqualTo("b");
        assertThat(ipc.ok("sorted", "{'words':['pear','apple']}").textValue()).isEqualTo("apple");
        assertThat(ipc.ok("total", "{'scores':{'x':1,'y':2}}").intValue()).isEqualTo(3);
    }

    @Test
    void anErasedLambdaListOfRecordsFailsWithAHint() {
        ipc.registry.command("titles", (List<Todo> todos) -> todos.getFirst().title());

        IpcError error = ipc.error("titles", "{'todos':[{'title':'a','done':true}]}");

        assertThat(error.code()).isEqualTo("COMMAND_FAILED");
        assertThat(error.message()).contains("LinkedHashMap", "javac erased", "todos (List)", "Todo[]");
    }

    @Test
    void enumsBindByName() {
        ipc.registry.command("paint", (Color color) -> color.ordinal());

        assertThat(ipc.ok("paint", "{'color':'BLUE'}").intValue()).isEqualTo(2);
    }

    @Test
    void optionalIsEmptyWhenAbsentOrNull() {
        ipc.registry.command("nick", (Optional<String> nick) -> nick.orElse("(none)"));

        assertThat(ipc.ok("nick", "{'nick':'ada'}").textValue()).isEqualTo("ada");
        assertThat(ipc.ok("nick", "{}").textValue()).isEqualTo("(none)");
        assertThat(ipc.ok("nick", "{'nick':null}").textValue()).isEqualTo("(none)");
    }

    static String idType(Optional<Long> id) {
        return id.map(value -> value.getClass().getSimpleName()).orElse("empty");
    }

    @Test
    void optionalThroughAMethodReferenceKeepsItsContentType() {
        ipc.registry.command("id", ArgumentBindingTest::idType);

        assertThat(ipc.ok("id", "{'id':5}").textValue()).isEqualTo("Long");
        assertThat(ipc.ok("id", "{}").textValue()).isEqualTo("empty");
    }

    @Test
    void bigDecimalKeepsItsDigits() {
        ipc.registry.command("price", (BigDecimal amount) -> amount.scale());

        assertThat(ipc.ok("price", "{'amount':12.34}").intValue()).isEqualTo(2);
        // JS numbers drop trailing zeros; exact amounts travel as strings
        assertThat(ipc.ok("price", "{'amount':'12.340'}").intValue()).isEqualTo(3);
    }

    @Test
    void aLoneRecordParameterBindsByNameAsInTauri() {
        ipc.registry.command("create", (Todo todo) -> todo.title() + ":" + todo.done());

        assertThat(ipc.ok("create", "{'todo':{'title':'eggs','done':false}}").textValue()).isEqualTo("eggs:false");
        // the record's fields at the top level were accepted before: the error says how to write the call now
        assertThat(ipc.error("create", "{'title':'milk','done':true}")).isEqualTo(new IpcError("MISSING_ARGUMENT",
                "command 'create' is missing argument 'todo' (Todo); the arguments hold fields of Todo (title, done) at the"
                        + " top level, but every argument is taken by its name, as in Tauri: invoke('create', { todo:"
                        + " { title, done } })"));
    }

    @Test
    void rawBodyGoesToTheByteArrayParameter() {
        ipc.registry.command("upload", (byte[] data, Window window) -> window.label() + ":" + data.length);

        InvokeResult result = ipc.raw("upload", new byte[] {1, 2, 3, (byte) 255});

        assertThat(result).isEqualTo(new InvokeResult.Json("\"main:4\""));
    }

    @Test
    void jsonByteArraysAcceptBase64AndNumberArrays() {
        ipc.registry.command("text", (byte[] data) -> new String(data, StandardCharsets.UTF_8));

        assertThat(ipc.ok("text", "{'data':'aGk='}").textValue()).isEqualTo("hi");
        assertThat(ipc.ok("text", "{'data':[104,105]}").textValue()).isEqualTo("hi");
        assertThat(ipc.ok("text", "{'data':[]}").textValue()).isEmpty();
    }

    /** What Tauri's IPC script makes of a nested Uint8Array (an array of numbers) binds to byte[], ByteBuffer and List<Integer>. */
    @Test
    void numberArraysBindToNestedByteArraysAndByteBuffers() {
        ipc.registry.command("packet", (Packet packet) -> {
            byte[] fromBuffer = new byte[packet.buffer().remaining()];
            packet.buffer().get(fromBuffer);
            return java.util.Arrays.toString(packet.bytes()) + java.util.Arrays.toString(fromBuffer) + packet.list();
        });
        ipc.registry.command("buffer", (ByteBuffer data) -> data.remaining());

        assertThat(ipc.ok("packet", "{'packet':{'bytes':[0,1,127,128,255],'buffer':[9,8],'list':[1,2]}}").textValue())
                .isEqualTo("[0, 1, 127, -128, -1][9, 8][1, 2]");
        assertThat(ipc.ok("packet", "{'packet':{'bytes':'AAF/gP8=','buffer':'CQg=','list':[]}}").textValue())
                .as("base64 text still binds").isEqualTo("[0, 1, 127, -128, -1][9, 8][]");
        assertThat(ipc.ok("buffer", "{'data':[1,2,3]}").intValue()).isEqualTo(3);
        assertThat(ipc.ok("buffer", "{'data':'AQID'}").intValue()).isEqualTo(3);
    }

    @Test
    void aNestedByteOutsideZeroTo255IsRefusedWithItsPath() {
        ipc.registry.command("packet", (Packet packet) -> packet.bytes().length);
        ipc.registry.command("buffer", (ByteBuffer data) -> data.remaining());

        for (String bad : List.of("256", "-1", "1.5", "'1'", "null")) {
            IpcError error = ipc.error("packet", "{'packet':{'bytes':[1," + bad + "],'buffer':[],'list':[]}}");
            assertThat(error.code()).as(bad).isEqualTo("INVALID_ARGUMENT");
            assertThat(error.message()).as(bad).contains("packet.bytes[1]");
        }
        IpcError error = ipc.error("buffer", "{'data':[300]}");
        assertThat(error.code()).isEqualTo("INVALID_ARGUMENT");
        assertThat(error.message()).contains("data[0]");
        assertThat(ipc.error("buffer", "{'data':{'0':1}}").code()).isEqualTo("INVALID_ARGUMENT");
    }

    @Test
    void appWindowAndInvocationAreInjectedByType() {
        ipc.registry.command("who", (App app, Window window, Invocation call, String name) ->
                (app == ipc.app) + " " + window.label() + " " + call.command() + " " + name);

        assertThat(ipc.ok("who", "{'name':'x'}").textValue()).isEqualTo("true main who x");
    }

    @Test
    void managedStateIsInjectedByType() {
        Counter counter = new Counter();
        ipc.state.manage(counter);
        ipc.registry.command("increment", (Counter c, Integer by) -> c.count += by);

        ipc.ok("increment", "{'by':2}");
        assertThat(ipc.ok("increment", "{'by':3}").intValue()).isEqualTo(5);
        assertThat(counter.count).isEqualTo(5);
    }

    @Test
    void aManagedRecordIsStillAnArgument() {
        ipc.state.manage(new Address("Paris", "75001"));
        ipc.registry.command("where", (Address address, Todo todo) -> todo.title() + "@" + address.city());

        assertThat(ipc.ok("where", "{'address':{'city':'Rome','zip':'00100'},'todo':{'title':'x','done':false}}")
                .textValue()).isEqualTo("x@Rome");
        IpcError error = ipc.error("where", "{'todo':{'title':'x','done':false}}");
        assertThat(error.code()).isEqualTo("MISSING_ARGUMENT");
        assertThat(error.message()).contains("missing argument 'address' (Address)", "is managed as app state",
                "call.state(Address.class)");
    }

    @Test
    void aServiceClassIsStateEvenWhenNotManaged() {
        ipc.registry.command("increment", (Counter c, Integer by) -> c.count += by);

        IpcError error = ipc.error("increment", "{'by':2}");

        assertThat(error.code()).isEqualTo("MISSING_STATE");
        assertThat(error.message()).contains("no app state of type " + Counter.class.getName(), "make it a record");
    }

    @Test
    void onlyInjectedParametersAcceptAnyArgumentsValue() {
        ipc.registry.command("who", (Window window) -> window.label());

        assertThat(ipc.ok("who", "[1,2]").textValue()).isEqualTo("main");
    }

    @Test
    void unknownKeysAreIgnored() {
        ipc.registry.command("greet", (String name) -> name);

        assertThat(ipc.ok("greet", "{'name':'Ada','extra':1}").textValue()).isEqualTo("Ada");
    }

    @Test
    void explicitHandlerReadsArgumentsItself() {
        ipc.registry.handler("raw", call -> call.arg("name", String.class) + call.optionalArg("n", Integer.class).orElse(0));
        ipc.registry.handler("whole", call -> call.args(Todo.class).title());
        ipc.registry.handler("body", call -> call.body() == null ? -1 : call.body().length);

        assertThat(ipc.ok("raw", "{'name':'a','n':7}").textValue()).isEqualTo("a7");
        assertThat(ipc.ok("raw", "{'name':'a'}").textValue()).isEqualTo("a0");
        assertThat(ipc.ok("whole", "{'title':'t','done':true}").textValue()).isEqualTo("t");
        assertThat(ipc.ok("body", "{}").intValue()).isEqualTo(-1);
        assertThat(ipc.raw("body", new byte[5])).isEqualTo(new InvokeResult.Json("5"));
    }

    @Test
    void handlerReadsTheInvokeHeadersWithoutCase() {
        ipc.registry.handler("hdr", call -> call.header("path").orElse("none") + "/" + call.header("OPTIONS").orElse("none")
                + "/" + call.body().length);

        InvokeRequest request = new InvokeRequest("hdr", new InvokeBody.Raw(new byte[3], null), java.util.Map.of("Path", "a%20b", "options", "{}"));
        assertThat(ipc.await(request)).isEqualTo(new InvokeResult.Json("\"a%20b/{}/3\""));
        assertThat(ipc.await(new InvokeRequest("hdr", new InvokeBody.Raw(new byte[1], null)))).isEqualTo(new InvokeResult.Json("\"none/none/1\""));
    }

    @Test
    void handlerReadsGenericTypesAndState() {
        ipc.state.manage(new Counter());
        ipc.registry.handler("sum", call -> {
            List<Todo> todos = call.arg("todos", new com.fasterxml.jackson.core.type.TypeReference<List<Todo>>() {}.getType());
            return todos.size() + call.state(Counter.class).count;
        });

        assertThat(ipc.ok("sum", "{'todos':[{'title':'a','done':true}]}").intValue()).isEqualTo(1);
    }
}
