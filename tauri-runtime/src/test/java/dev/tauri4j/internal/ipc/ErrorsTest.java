package dev.tauri4j.internal.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.CommandException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorsTest {

    enum Color { RED, GREEN, BLUE }
    record Todo(String title, boolean done) {}
    record Checked(String title) {
        Checked {
            if (title.isBlank()) {
                throw new IllegalArgumentException("title must not be blank");
            }
        }
    }
    record Box(java.util.List<Todo> todos) {}

    private final IpcHarness ipc = new IpcHarness();

    static int add(int a, int b) {
        return a + b;
    }

    @Test
    void unknownCommand() {
        ipc.registry.command("greet", (String name) -> name);

        assertThat(ipc.error("nope", "{}")).isEqualTo(new IpcError("UNKNOWN_COMMAND", "unknown command 'nope'"));
        assertThat(ipc.error("gret", "{}").message()).isEqualTo("unknown command 'gret', did you mean 'greet'?");
        assertThat(ipc.error("Greet", "{}").message()).endsWith("did you mean 'greet'?");
    }

    @Test
    void missingArgument() {
        ipc.registry.command("greet", (String name) -> name);

        assertThat(ipc.error("greet", "{}"))
                .isEqualTo(new IpcError("MISSING_ARGUMENT", "command 'greet' is missing argument 'name' (String)"));
    }

    @Test
    void wrongTypeNamesArgumentExpectedTypeAndWhatWasFound() {
        ipc.registry.command("add", ErrorsTest::add);

        assertThat(ipc.error("add", "{'a':'x','b':1}")).isEqualTo(new IpcError("INVALID_ARGUMENT",
                "command 'add': argument 'a' must be int, found \"x\" (string)"));
        assertThat(ipc.error("add", "{'a':1.5,'b':1}").message()).isEqualTo("command 'add': argument 'a' must be int, found 1.5 (number)");
        assertThat(ipc.error("add", "{'a':'1','b':1}").message()).isEqualTo("command 'add': argument 'a' must be int, found \"1\" (string)");
        assertThat(ipc.error("add", "{'a':1,'b':{'n':1}}").message()).isEqualTo("command 'add': argument 'b' must be int, found {\"n\":1} (object)");
        assertThat(ipc.error("add", "{'a':1,'b':99999999999}").message()).startsWith("command 'add': argument 'b' is out of range for int");
    }

    @Test
    void nullForAPrimitiveIsInvalid() {
        ipc.registry.command("add", ErrorsTest::add);

        assertThat(ipc.error("add", "{'a':null,'b':1}"))
                .isEqualTo(new IpcError("INVALID_ARGUMENT", "command 'add': argument 'a' must be int, found null"));
    }

    @Test
    void enumErrorListsTheAllowedValues() {
        ipc.registry.command("paint", (Color color) -> color);

        assertThat(ipc.error("paint", "{'color':'red'}").message()).isEqualTo(
                "command 'paint': argument 'color' must be one of RED, GREEN, BLUE (Color), found \"red\" (string)");
        assertThat(ipc.error("paint", "{'color':0}").code()).isEqualTo("INVALID_ARGUMENT");
    }

    @Test
    void errorsInsideRecordsNameTheFieldPath() {
        ipc.registry.command("create", (Todo todo) -> todo);
        ipc.registry.command("box", (Box box, String tag) -> tag);

        assertThat(ipc.error("create", "{'todo':{'title':'x','done':'yes'}}").message())
                .isEqualTo("command 'create': argument 'todo.done' must be boolean, found \"yes\" (string)");
        assertThat(ipc.error("create", "{'todo':{'title':'x'}}"))
                .isEqualTo(new IpcError("MISSING_ARGUMENT", "command 'create' is missing argument 'todo.done' (boolean)"));
        assertThat(ipc.error("box", "{'tag':'t','box':{'todos':[{'title':'a','done':true},{'title':5,'done':true}]}}").message())
                .isEqualTo("command 'box': argument 'box.todos[1].title' must be String, found 5 (number)");
    }

    @Test
    void aRecordConstructorRejectingItsValuesIsAnInvalidArgument() {
        ipc.registry.command("check", (Checked checked) -> checked.title());

        IpcError error = ipc.error("check", "{'checked':{'title':' '}}");

        assertThat(error).isEqualTo(new IpcError("INVALID_ARGUMENT",
                "command 'check': argument 'checked' is not a valid Checked: title must not be blank"));
    }

    @Test
    void aNestedRecordConstructorRejectingItsValuesNamesThePath() {
        ipc.registry.command("checkAll", (Checked[] items, String tag) -> tag);

        assertThat(ipc.error("checkAll", "{'tag':'t','items':[{'title':'ok'},{'title':''}]}").message())
                .isEqualTo("command 'checkAll': argument 'items[1]' is not a valid Checked: title must not be blank");
    }

    @Test
    void argumentsThatAreNotAnObjectAreInvalid() {
        ipc.registry.command("greet", (String name) -> name);

        assertThat(ipc.error("greet", "[1,2]").message())
                .isEqualTo("command 'greet': the arguments must be a JSON object, found [1,2] (array)");
    }

    @Test
    void badBytes() {
        ipc.registry.command("size", (byte[] data) -> data.length);

        assertThat(ipc.error("size", "{'data':[1,256]}").message())
                .isEqualTo("command 'size': argument 'data[1]' must be a number 0..255, found 256 (number)");
        assertThat(ipc.error("size", "{'data':'%%%'}").code()).isEqualTo("INVALID_ARGUMENT");
    }

    @Test
    void rawBodyWithAnotherArgumentIsInvalid() {
        ipc.registry.command("upload", (String name, byte[] data) -> name + data.length);

        InvokeResult result = ipc.raw("upload", new byte[] {1});

        assertThat(((InvokeResult.Failure) result).error()).isEqualTo(new IpcError("INVALID_ARGUMENT",
                "command 'upload': argument 'name' (String) cannot be bound: the call sent a raw binary body, which"
                        + " binds only to a command's single byte[] parameter"));
    }

    @Test
    void commandExceptionKeepsItsCodeMessageAndData() {
        ipc.registry.command("find", (String id) -> {
            throw new CommandException("NOT_FOUND", "no todo " + id, Map.of("id", id));
        });

        IpcError error = ipc.error("find", "{'id':'7'}");

        assertThat(error).isEqualTo(new IpcError("NOT_FOUND", "no todo 7", IpcHarness.json("{'id':'7'}")));
        assertThat(error.toJson()).isEqualTo("{\"code\":\"NOT_FOUND\",\"message\":\"no todo 7\",\"data\":{\"id\":\"7\"}}");
    }

    @Test
    void commandExceptionWithoutCodeUsesTheDefault() {
        ipc.registry.command("fail", () -> {
            throw new CommandException("nope");
        });

        assertThat(ipc.error("fail", "{}").toJson()).isEqualTo("{\"code\":\"COMMAND_FAILED\",\"message\":\"nope\"}");
    }

    @Test
    void otherExceptionsBecomeCommandFailedWithTheirMessage() {
        ipc.registry.command("boom", () -> {
            throw new IllegalStateException("disk full");
        });
        ipc.registry.command("npe", () -> {
            throw new UnsupportedOperationException();
        });
        ipc.registry.handler("checked", call -> {
            throw new java.io.IOException("no such file");
        });

        assertThat(ipc.error("boom", "{}")).isEqualTo(new IpcError("COMMAND_FAILED", "disk full"));
        assertThat(ipc.error("npe", "{}")).isEqualTo(new IpcError("COMMAND_FAILED", "UnsupportedOperationException"));
        assertThat(ipc.error("checked", "{}")).isEqualTo(new IpcError("COMMAND_FAILED", "no such file"));
    }

    @Test
    void invocationArgumentErrorsUseTheSameCodes() {
        ipc.registry.handler("raw", call -> call.arg("count", int.class));

        assertThat(ipc.error("raw", "{}").message()).isEqualTo("command 'raw' is missing argument 'count' (int)");
        assertThat(ipc.error("raw", "{'count':'x'}").code()).isEqualTo("INVALID_ARGUMENT");
    }

    @Test
    void missingStateThroughInvocation() {
        ipc.registry.handler("state", call -> call.state(StringBuilder.class));

        IpcError error = ipc.error("state", "{}");

        assertThat(error.code()).isEqualTo("MISSING_STATE");
        assertThat(error.message()).contains("java.lang.StringBuilder", "manage(");
    }

    @Test
    void aResultJsonCannotHoldIsAnError() {
        ipc.registry.command("self", () -> new Object() {
            public Object getSelf() {
                return this;
            }
        });

        assertThat(ipc.error("self", "{}").code()).isEqualTo("INVALID_RESULT");
    }
}
