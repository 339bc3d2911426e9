package dev.tauri4j.internal.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DispatcherTest {

    private final IpcHarness ipc = new IpcHarness();

    @Test
    void handlersRunOnVirtualThreadsNotTheCallers() {
        Thread caller = Thread.currentThread();
        ipc.registry.command("where", () -> Thread.currentThread().isVirtual() && Thread.currentThread() != caller);

        assertThat(ipc.ok("where", "{}").booleanValue()).isTrue();
    }

    @Test
    void dispatchReturnsBeforeTheCommandFinishes() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ipc.registry.command("slow", () -> release.await(10, TimeUnit.SECONDS));

        CompletableFuture<InvokeResult> result = ipc.dispatcher.dispatch(InvokeRequest.json("slow", null), ipc.context());

        assertThat(result).isNotDone();
        release.countDown();
        assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo(new InvokeResult.Json("true"));
    }

    @Test
    void slowCallsRunInParallel() throws Exception {
        // each call waits for the other: one at a time, both would time out
        CyclicBarrier both = new CyclicBarrier(2);
        ipc.registry.command("meet", () -> both.await(5, TimeUnit.SECONDS));

        CompletableFuture<InvokeResult> first = ipc.dispatcher.dispatch(InvokeRequest.json("meet", null), ipc.context());
        CompletableFuture<InvokeResult> second = ipc.dispatcher.dispatch(InvokeRequest.json("meet", null), ipc.context());

        assertThat(first.get(10, TimeUnit.SECONDS).isSuccess()).isTrue();
        assertThat(second.get(10, TimeUnit.SECONDS).isSuccess()).isTrue();
    }

    @Test
    void aPendingFutureHoldsNoThreadAndCompletesLater() throws Exception {
        CompletableFuture<String> pending = new CompletableFuture<>();
        ipc.registry.command("wait", () -> pending);

        CompletableFuture<InvokeResult> result = ipc.dispatcher.dispatch(InvokeRequest.json("wait", null), ipc.context());
        Thread.sleep(50);
        assertThat(result).isNotDone();
        pending.complete("late");

        assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo(new InvokeResult.Json("\"late\""));
    }

    @Test
    void failuresCompleteTheFutureNormally() {
        ipc.registry.command("boom", () -> {
            throw new Error("very bad");
        });

        CompletableFuture<InvokeResult> result = ipc.dispatcher.dispatch(InvokeRequest.json("boom", null), ipc.context());

        assertThat(result.join()).isEqualTo(Dispatcher.failure("COMMAND_FAILED", "very bad"));
    }

    @Test
    void failureHelpersBuildStructuredErrors() {
        assertThat(Dispatcher.failure("COMMAND_DENIED", "not allowed"))
                .isEqualTo(new InvokeResult.Failure(new IpcError("COMMAND_DENIED", "not allowed")));
        InvokeResult withData = Dispatcher.failure("X", "m", java.util.Map.of("k", 1));
        assertThat(((InvokeResult.Failure) withData).error().toJson())
                .isEqualTo("{\"code\":\"X\",\"message\":\"m\",\"data\":{\"k\":1}}");
    }
}
