package dev.tauri4j.internal.ipc;

import dev.tauri4j.internal.runtime.AppRuntime;
import dev.tauri4j.internal.runtime.FakePlatform;
import dev.tauri4j.internal.runtime.LaunchMode;
import dev.tauri4j.internal.runtime.WindowRuntime;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.Channel;
import dev.tauri4j.internal.assets.AssetResolver;
import dev.tauri4j.assets.DirectoryAssetSource;
import dev.tauri4j.config.ConfigLoader;
import dev.tauri4j.config.TauriConfig;
import dev.tauri4j.config.WindowConfig;
import dev.tauri4j.CommandRegistry;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 12,000 malformed and hostile script messages into the router, without a display: nothing crashes, no command with a
 * side effect runs for a message that should not reach it, every message that names a call of this window with the
 * right key is answered (with an error where it is one), the rest are dropped, and a normal call still works.
 */
class HostileIpcMessagesTest {

    private static final Pattern ANSWER = Pattern.compile("\\[([12]),(\\d+),");

    @TempDir
    Path dir;

    enum Expect { ERROR, ANSWER, DROP }

    record Message(String json, long id, Expect expect) {}

    @Test
    void hostileMessagesAreAnsweredOrDroppedAndNeverCrashOrRunTheWrongCommand() throws Exception {
        FakePlatform platform = new FakePlatform();
        AtomicInteger touched = new AtomicInteger();
        CommandRegistry commands = new CommandRegistry()
                .command("greet", (String name) -> "Hello, " + name)
                .command("add", (Integer a, Integer b) -> a + b)
                .command("touch", () -> touched.incrementAndGet())
                .command("stream", (Channel<Integer> onEvent) -> {
                    onEvent.send(1);
                    return "sent";
                });
        // a capability granting the commands, for when capabilities are enforced (deny by default)
        TauriConfig config = ConfigLoader.parse("""
                {"identifier": "dev.tauri4j.hostile", "app": {"security": {"capabilities": [{"identifier": "test",
                  "windows": ["*"], "permissions": ["core:default", "allow-greet", "allow-add", "allow-touch", "allow-stream"]}]}}}""",
                "hostile.conf.json").config();
        AppRuntime app = new AppRuntime(config, new LaunchMode(false, false, false),
                platform, new Dispatcher(commands), commands, new StateStore(), new AssetResolver(new DirectoryAssetSource(dir)));
        IpcRouter router = app.router(); // the app's own: its capability check and its launch key
        String key = router.invokeKey();
        WindowRuntime window = new WindowRuntime(app, WindowConfig.of("main"), FakePlatform.APP_ORIGIN + "/index.html");
        window.attach(platform);
        window.onPageCommitted(FakePlatform.APP_ORIGIN + "/index.html");

        Map<Long, Expect> expected = new HashMap<>();
        int sent = 0;
        for (Message m : HostileMessages.generate(12_000, key, "main")) {
            router.onMessage(window, m.json(), window.generation());
            if (m.expect() != Expect.DROP) expected.put(m.id(), m.expect());
            sent++;
        }

        Map<Long, String> answers = drain(platform, expected.size());
        assertThat(sent).isGreaterThanOrEqualTo(12_000);
        assertThat(answers.keySet()).as("every answerable call was answered, nothing else").isEqualTo(expected.keySet());
        Set<Long> wrongKind = new HashSet<>();
        expected.forEach((id, e) -> {
            if (e == Expect.ERROR && !"2".equals(answers.get(id))) wrongKind.add(id);
        });
        assertThat(wrongKind).as("calls answered with success although they are errors").isEmpty();
        assertThat(touched.get()).as("a side-effect command ran for a message that was not a valid call").isZero();

        router.onMessage(window, "{\"k\":\"" + key + "\",\"w\":\"main\",\"i\":999999999,\"c\":\"greet\",\"a\":{\"name\":\"Ada\"}}",
                window.generation());
        platform.evals.clear();
        Map<Long, String> last = drain(platform, 1);
        assertThat(last).containsEntry(999_999_999L, "1");
        assertThat(String.join("", platform.evals)).contains("\"Hello, Ada\"");
    }

    /** Runs UI turns until {@code count} answers arrived (or 60 s passed); returns call id to 1 (ok) or 2 (error). */
    private static Map<Long, String> drain(FakePlatform platform, int count) throws InterruptedException {
        Map<Long, String> answers = new HashMap<>();
        long deadline = System.nanoTime() + 60_000_000_000L;
        int seen = 0;
        while (System.nanoTime() < deadline) {
            platform.runTasks();
            for (; seen < platform.evals.size(); seen++) {
                Matcher m = ANSWER.matcher(platform.evals.get(seen));
                while (m.find()) {
                    String previous = answers.put(Long.parseLong(m.group(2)), m.group(1));
                    assertThat(previous).as("call %s answered twice", m.group(2)).isNull();
                }
            }
            if (answers.size() >= count) {
                Thread.sleep(200); // late duplicates or strays would show up now
                platform.runTasks();
                for (; seen < platform.evals.size(); seen++) {
                    Matcher m = ANSWER.matcher(platform.evals.get(seen));
                    while (m.find()) answers.merge(Long.parseLong(m.group(2)), m.group(1), (a, b) -> a + "+" + b);
                }
                return answers;
            }
            Thread.sleep(5);
        }
        return answers;
    }
}
