package dev.tauri4j.internal.ipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class ChannelTest {

    record Progress(int percent) {}
    record Tagged(int thread, int seq) {}

    private final IpcHarness ipc = new IpcHarness();

    @Test
    void aJsChannelArgumentBecomesAChannel() throws Exception {
        ipc.registry.command("download", (String url, Channel<Progress> onProgress) -> {
            onProgress.send(new Progress(50));
            onProgress.send(new Progress(100));
            onProgress.close();
            return url;
        });

        ipc.ok("download", "{'url':'u','onProgress':'__CHANNEL__:42'}");

        List<String> json = new ArrayList<>();
        for (IpcHarness.RecordingSink.Delivery d : ipc.sink.snapshot()) {
            assertThat(d.id()).isEqualTo(42);
            json.add(JsonCodec.mapper().writeValueAsString(d.payload()));
        }
        assertThat(json).containsExactly(
                "{\"index\":0,\"message\":{\"percent\":50}}",
                "{\"index\":1,\"message\":{\"percent\":100}}",
                "{\"index\":2,\"end\":true}");
    }

    @Test
    void invocationHandsOutChannelsToo() {
        ipc.registry.handler("stream", call -> {
            Channel<String> channel = call.channel("out");
            channel.send("a");
            return channel.id();
        });

        assertThat(ipc.ok("stream", "{'out':'__CHANNEL__:7'}").longValue()).isEqualTo(7);
        assertThat(ipc.sink.snapshot()).containsExactly(
                new IpcHarness.RecordingSink.Delivery(7, new SinkChannel.Message(0, "a")));
    }

    @Test
    void aNonChannelValueIsInvalid() {
        ipc.registry.command("stream", (Channel<String> out) -> out.id());

        assertThat(ipc.error("stream", "{'out':'x'}").message())
                .isEqualTo("command 'stream': argument 'out' must be a Channel (a JS Channel object), found \"x\" (string)");
        assertThat(ipc.error("stream", "{}").code()).isEqualTo("MISSING_ARGUMENT");
    }

    @Test
    void concurrentSendsArriveNumberedInOrder() throws Exception {
        SinkChannel<Tagged> channel = new SinkChannel<>(1, ipc.sink);
        int threads = 8;
        int each = 500;
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        channel.send(new Tagged(thread, i));
                    }
                    return null;
                });
            }
            start.countDown();
        }
        channel.close();

        List<IpcHarness.RecordingSink.Delivery> deliveries = ipc.sink.snapshot();
        assertThat(deliveries).hasSize(threads * each + 1);
        int[] lastSeq = new int[threads];
        java.util.Arrays.fill(lastSeq, -1);
        for (int i = 0; i < threads * each; i++) {
            SinkChannel.Message message = (SinkChannel.Message) deliveries.get(i).payload();
            assertThat(message.index()).isEqualTo(i);
            Tagged tagged = (Tagged) message.message();
            assertThat(tagged.seq()).isEqualTo(lastSeq[tagged.thread()] + 1);
            lastSeq[tagged.thread()] = tagged.seq();
        }
        assertThat(deliveries.getLast().payload()).isEqualTo(new SinkChannel.End(threads * each, true));
    }

    @Test
    void sendAfterCloseFailsAndCloseIsIdempotent() {
        SinkChannel<String> channel = new SinkChannel<>(3, ipc.sink);
        channel.close();
        channel.close();

        assertThatThrownBy(() -> channel.send("late")).isInstanceOf(IllegalStateException.class);
        assertThat(channel.isClosed()).isTrue();
        assertThat(ipc.sink.snapshot()).containsExactly(new IpcHarness.RecordingSink.Delivery(3, new SinkChannel.End(0, true)));
    }

    @Test
    void aFailedDeliveryLeavesNoGap() {
        List<Object> delivered = new ArrayList<>();
        boolean[] fail = {true};
        SinkChannel<String> channel = new SinkChannel<>(1, (id, payload) -> {
            if (fail[0]) {
                fail[0] = false;
                throw new IllegalStateException("queue full");
            }
            delivered.add(payload);
        });

        assertThatThrownBy(() -> channel.send("a")).hasMessage("queue full");
        channel.send("b");

        assertThat(delivered).containsExactly(new SinkChannel.Message(0, "b"));
    }
}
