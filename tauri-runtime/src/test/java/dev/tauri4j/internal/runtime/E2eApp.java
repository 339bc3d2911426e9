package dev.tauri4j.internal.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.App;
import dev.tauri4j.Channel;
import dev.tauri4j.CommandException;
import dev.tauri4j.Tauri;
import dev.tauri4j.Window;
import dev.tauri4j.assets.ClasspathAssetSource;
import dev.tauri4j.config.WindowConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** The app the end-to-end tests drive: one command per argument kind, binary, errors, events, channels, windows. */
public final class E2eApp {

    enum Color { RED, GREEN, BLUE }

    record Person(String name, int age, List<String> tags, Map<String, Integer> scores, Color color, Optional<String> nickname) {}

    record Greeting(String text, int length) {}

    /** Bytes nested in the arguments, as the page sends them. */
    record Packet(byte[] bytes, java.nio.ByteBuffer buffer, List<Integer> list) {}

    /** App state injected by type. */
    static final class Counter {
        final AtomicInteger value = new AtomicInteger();
    }

    private static final CyclicBarrier BARRIER = new CyclicBarrier(2);
    private static final AtomicReference<JsonNode> JAVA_HEARD = new AtomicReference<>();
    private static volatile App app;

    private E2eApp() {}

    static long checksum(byte[] data) {
        long sum = 0;
        // kept below 2^53 so JavaScript numbers hold it exactly
        for (int i = 0; i < data.length; i++) sum = (sum * 31 + (data[i] & 0xff)) % 1_000_000_007L;
        return sum;
    }

    static byte[] pattern(int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) b[i] = (byte) (i * 7 + 3);
        return b;
    }

    public static void main(String[] args) {
        Tauri.builder()
                .assets(new ClasspathAssetSource(E2eApp.class.getClassLoader(), "e2e/assets"))
                .manage(new Counter())
                .command("greet", (String name) -> new Greeting("Hello, " + name, name.length()))
                .command("add", (Integer a, Integer b) -> a + b)
                .command("person", (Person person) -> person)
                .command("describe", (List<Integer> numbers, Map<String, Integer> scores, Color color, Optional<String> nickname) ->
                        numbers.stream().mapToInt(Integer::intValue).sum() + "|" + scores + "|" + color + "|" + nickname.orElse("none"))
                .command("flags", (Boolean on, Double ratio, Long big, Character letter) -> on + "," + ratio + "," + big + "," + letter)
                .command("echoBytes", (byte[] data) -> data)
                .command("sumBytes", (byte[] data) -> Map.of("length", data.length, "checksum", checksum(data)))
                .command("makeBytes", (Integer size) -> pattern(size))
                // the arguments as they arrived, to see what the bridge made of nested values
                .handler("wireArgs", call -> call.args(JsonNode.class))
                .command("packet", (Packet packet) -> Map.of("bytes", checksum(packet.bytes()),
                        "buffer", packet.buffer().remaining(), "list", packet.list()))
                .command("fail", (String code) -> {
                    throw new CommandException(code, "failed on purpose", Map.of("hint", "look here"));
                })
                .command("boom", () -> {
                    throw new IllegalStateException("boom from Java");
                })
                .command("later", (Integer ms) -> CompletableFuture.supplyAsync(() -> "later " + ms,
                        CompletableFuture.delayedExecutor(ms, TimeUnit.MILLISECONDS)))
                .command("rendezvous", () -> {
                    // both calls must be inside a handler at the same time: proves handlers run in parallel
                    try {
                        BARRIER.await(10, TimeUnit.SECONDS);
                        return true;
                    } catch (TimeoutException | BrokenBarrierException e) {
                        return false;
                    }
                })
                .command("increment", (Counter counter) -> counter.value.incrementAndGet())
                .command("whoami", (Window window) -> window.label())
                .command("onUiThread", () -> app instanceof AppRuntime r && r.platform().isUiThread())
                .command("threadInfo", () -> Thread.currentThread().isVirtual())
                .command("burst", (Integer count) -> {
                    for (int i = 0; i < count; i++) app.emit("tick", Map.of("i", i));
                    return count;
                })
                .command("stream", (Channel<Integer> onProgress, Integer count) -> {
                    for (int i = 0; i < count; i++) onProgress.send(i);
                    onProgress.close();
                    return "streamed " + count;
                })
                .command("emitTo", (String label, String text) -> {
                    app.emitTo(label, "direct", Map.of("text", text));
                    return true;
                })
                .command("javaHeard", () -> JAVA_HEARD.get())
                .command("pageListeners", () -> ((AppRuntime) app).events().pageListenerCount())
                .command("openSecond", () -> app.createWindow(WindowConfig.of("second").withTitle("Second window").withUrl("second.html")).label())
                .command("openDeclared", (String label) -> app.createWindow(app.config().app().windows().stream()
                        .filter(w -> w.label().equals(label)).findFirst().orElseThrow()).label())
                .command("windowLabels", () -> app.windows().stream().map(Window::label).sorted().toList())
                .setup(a -> {
                    app = a;
                    long closeAfter = Long.getLong("e2e.closeAfterMs", -1);
                    if (closeAfter >= 0) {
                        Thread.ofVirtual().start(() -> {
                            try {
                                Thread.sleep(closeAfter);
                            } catch (InterruptedException e) {
                                return;
                            }
                            a.window("main").ifPresent(Window::close);
                        });
                    }
                    a.listen("from-js", e -> {
                        JAVA_HEARD.set(e.payload());
                        a.emit("echo-from-java", e.payload());
                    });
                })
                .run(args);
    }

}
