package dev.tauri4j.internal.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.CommandException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ResultsTest {

    enum Status { OPEN, CLOSED }
    record Todo(String title, boolean done, Status status) {}
    record Attachment(String name, byte[] bytes) {}

    private final IpcHarness ipc = new IpcHarness();

    @Test
    void nullBecomesJsonNull() {
        ipc.registry.command("nothing", () -> null);
        ipc.registry.handler("void", call -> null);

        assertThat(ipc.call("nothing", "{}")).isEqualTo(new InvokeResult.Json("null"));
        assertThat(ipc.call("void", "{}")).isEqualTo(new InvokeResult.Json("null"));
    }

    @Test
    void recordsUseComponentNamesAndEnumsTheirNames() {
        ipc.registry.command("todo", () -> new Todo("milk", true, Status.CLOSED));
        ipc.registry.command("todos", () -> List.of(new Todo("a", false, Status.OPEN)));

        assertThat(ipc.call("todo", "{}"))
                .isEqualTo(new InvokeResult.Json("{\"title\":\"milk\",\"done\":true,\"status\":\"CLOSED\"}"));
        assertThat(ipc.ok("todos", "{}")).isEqualTo(IpcHarness.json("[{'title':'a','done':false,'status':'OPEN'}]"));
    }

    @Test
    void scalarsAreJson() {
        ipc.registry.command("text", () -> "a \"quoted\" text");
        ipc.registry.command("number", () -> 42L);

        assertThat(ipc.call("text", "{}")).isEqualTo(new InvokeResult.Json("\"a \\\"quoted\\\" text\""));
        assertThat(ipc.call("number", "{}")).isEqualTo(new InvokeResult.Json("42"));
    }

    @Test
    void byteArraysAreBinaryNeverNumberArrays() {
        byte[] bytes = {0, 1, (byte) 200};
        ipc.registry.command("file", () -> bytes);
        ipc.registry.command("maybeFile", () -> Optional.of(bytes));

        assertThat(ipc.call("file", "{}")).isInstanceOfSatisfying(InvokeResult.Binary.class,
                binary -> assertThat(binary.bytes()).containsExactly(0, 1, 200));
        assertThat(ipc.call("maybeFile", "{}")).isInstanceOf(InvokeResult.Binary.class);
    }

    @Test
    void bytesInsideARecordAreBase64() {
        ipc.registry.command("attachment", () -> new Attachment("a.txt", "hi".getBytes()));

        assertThat(ipc.ok("attachment", "{}")).isEqualTo(IpcHarness.json("{'name':'a.txt','bytes':'aGk='}"));
    }

    @Test
    void optionalIsItsValueOrNull() {
        ipc.registry.command("some", () -> Optional.of("x"));
        ipc.registry.command("none", Optional::empty);

        assertThat(ipc.call("some", "{}")).isEqualTo(new InvokeResult.Json("\"x\""));
        assertThat(ipc.call("none", "{}")).isEqualTo(new InvokeResult.Json("null"));
    }

    @Test
    void completableFuturesAreAwaited() {
        ipc.registry.command("later", (String name) -> CompletableFuture.supplyAsync(() -> new Todo(name, false, Status.OPEN),
                CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS)));

        assertThat(ipc.ok("later", "{'name':'x'}")).isEqualTo(IpcHarness.json("{'title':'x','done':false,'status':'OPEN'}"));
    }

    @Test
    void aFutureOfBytesIsBinary() {
        ipc.registry.command("later", () -> CompletableFuture.supplyAsync(() -> new byte[] {7}));

        assertThat(ipc.call("later", "{}")).isInstanceOf(InvokeResult.Binary.class);
    }

    @Test
    void completionStagesAreAwaited() {
        ipc.registry.command("stage", () -> CompletableFuture.completedStage("done"));

        assertThat(ipc.call("stage", "{}")).isEqualTo(new InvokeResult.Json("\"done\""));
    }

    @Test
    void aFailedFutureRejectsWithItsError() {
        ipc.registry.command("fails", () -> CompletableFuture.failedFuture(new CommandException("GONE", "it is gone")));
        ipc.registry.command("throws", () -> CompletableFuture.supplyAsync(() -> {
            throw new IllegalStateException("async boom");
        }));

        assertThat(ipc.error("fails", "{}")).isEqualTo(new IpcError("GONE", "it is gone"));
        assertThat(ipc.error("throws", "{}")).isEqualTo(new IpcError("COMMAND_FAILED", "async boom"));
    }

    @Test
    void aReadyResultPassesThrough() {
        ipc.registry.handler("raw", call -> new InvokeResult.Json("{\"prebuilt\":true}"));

        assertThat(ipc.call("raw", "{}")).isEqualTo(new InvokeResult.Json("{\"prebuilt\":true}"));
    }
}
