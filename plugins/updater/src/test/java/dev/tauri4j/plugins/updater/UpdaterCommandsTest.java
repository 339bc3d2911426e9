package dev.tauri4j.plugins.updater;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tauri4j.App;
import dev.tauri4j.Channel;
import dev.tauri4j.CommandRegistry;
import dev.tauri4j.Invocation;
import dev.tauri4j.Window;
import dev.tauri4j.crypto.minisign.MinisignKeyPair;
import dev.tauri4j.plugin.CommandScope;
import dev.tauri4j.plugin.GlobalScope;
import dev.tauri4j.testing.FakeWindow;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The four commands called with the arguments objects {@code @tauri-apps/plugin-updater} 2.13.0 sends
 * ({@code invoke('plugin:updater|check', {...options})}, {@code download} with {@code {onEvent, rid, ...}}), through
 * the registry the runtime dispatches from; the answers serialise to Tauri's shapes.
 */
class UpdaterCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MinisignKeyPair KEYS = MinisignKeyPair.generate();

    private final UpdateServer server = new UpdateServer();
    private final FakeWindow window = new FakeWindow("main");
    private final CommandRegistry registry = new CommandRegistry();
    private final List<Object> events = new ArrayList<>();

    @AfterEach
    void stop() {
        server.close();
    }

    private Object invoke(String command, String args) throws Exception {
        return registry.find(command).orElseThrow().handle(new JsInvocation(command, JSON.readTree(args.replace('\'', '"'))));
    }

    @Test
    void checkThenDownloadAsThePackageCallsThem() throws Exception {
        byte[] artifact = new byte[150_000];
        new Random(3).nextBytes(artifact);
        server.serve("/artifact", 200, artifact).serve("/update/", 200, """
                {"version": "1.0.1", "notes": "new", "pub_date": "2026-12-01T08:00:00Z", "url": "%s/artifact",
                 "signature": "%s"}""".formatted(server.base(), Signing.signature(KEYS, artifact)));
        UpdaterConfig config = UpdaterConfig.of(Map.of("pubkey", Signing.pubkey(KEYS), "dangerousInsecureTransportProtocol", true,
                "endpoints", List.of(server.base() + "/update/{{target}}/{{current_version}}")));
        UpdaterPlugin.register(registry, Updater.of(config, new UpdaterTarget("linux", "x86_64", null), "1.0.0"));

        JsonNode metadata = JSON.valueToTree(invoke("check", "{'headers': [['x-custom', 'from-js']], 'timeout': 30000}"));
        assertThat(metadata.get("currentVersion").asText()).isEqualTo("1.0.0");
        assertThat(metadata.get("version").asText()).isEqualTo("1.0.1");
        assertThat(metadata.get("date").asText()).isEqualTo("2026-12-01T08:00Z");
        assertThat(metadata.get("body").asText()).isEqualTo("new");
        assertThat(metadata.get("rawJson").get("notes").asText()).isEqualTo("new");
        assertThat(server.requests.getFirst().custom()).isEqualTo("from-js");
        int rid = metadata.get("rid").asInt();

        Object bytesRid = invoke("download", "{'onEvent': '__CHANNEL__:1', 'rid': " + rid + "}");
        assertThat(window.resources().get((Integer) bytesRid, UpdaterPlugin.DownloadedBytes.class).bytes()).isEqualTo(artifact);
        JsonNode sent = JSON.valueToTree(events);
        assertThat(sent.get(0).toString()).isEqualTo("{\"event\":\"Started\",\"data\":{\"contentLength\":150000}}");
        assertThat(sent.get(1).get("event").asText()).isEqualTo("Progress");
        assertThat(sent.get(1).get("data").get("chunkLength").asInt()).isPositive();
        assertThat(sent.get(sent.size() - 1).toString()).isEqualTo("{\"event\":\"Finished\"}");
        assertThat(server.requests.getLast().custom()).as("the check's headers carry over").isEqualTo("from-js");

        assertThatThrownBy(() -> invoke("install", "{'updateRid': " + rid + ", 'bytesRid': " + bytesRid + "}"))
                .isInstanceOf(UpdaterException.class).hasMessage(UpdaterPlugin.NO_INSTALL);
        assertThatThrownBy(() -> invoke("download_and_install", "{'onEvent': '__CHANNEL__:2', 'rid': " + rid + "}"))
                .isInstanceOf(UpdaterException.class).hasMessage("installing updates is not implemented yet on Linux; see issue 17");
    }

    @Test
    void noUpdateAnswersNull() throws Exception {
        server.serve("/update", 204, (String) null);
        UpdaterConfig config = UpdaterConfig.of(Map.of("pubkey", Signing.pubkey(KEYS), "dangerousInsecureTransportProtocol", true,
                "endpoints", List.of(server.base() + "/update")));
        UpdaterPlugin.register(registry, Updater.of(config, new UpdaterTarget("linux", "x86_64", null), "1.0.0"));
        assertThat(invoke("check", "{}")).isNull();
        assertThatThrownBy(() -> invoke("check", "{'timeout': 0}")).hasMessageContaining("timeout must be a positive number");
    }

    /** What the runtime's dispatcher gives a command for a JSON call, reduced to what the updater reads. */
    private final class JsInvocation implements Invocation {
        private final String command;
        private final JsonNode args;

        JsInvocation(String command, JsonNode args) {
            this.command = command;
            this.args = args;
        }

        @Override public String command() { return command; }
        @Override public Window window() { return window; }
        @Override public App app() { throw new UnsupportedOperationException(); }
        @Override public <T> T arg(String name, Class<T> type) { return optionalArg(name, type).orElseThrow(); }
        @Override public <T> T arg(String name, Type type) { return this.<T>optionalArg(name, type).orElseThrow(); }
        @Override public <T> Optional<T> optionalArg(String name, Class<T> type) { return optionalArg(name, (Type) type); }

        @Override
        public <T> Optional<T> optionalArg(String name, Type type) {
            JsonNode v = args.get(name);
            if (v == null || v.isNull()) return Optional.empty();
            return Optional.of(JSON.convertValue(v, JSON.getTypeFactory().constructType(type)));
        }

        @Override public <T> T args(Class<T> type) { return JSON.convertValue(args, type); }
        @Override public byte[] body() { return null; }
        @Override public Optional<String> header(String name) { return Optional.empty(); }

        @Override
        @SuppressWarnings("unchecked")
        public <T> Channel<T> channel(String name) {
            assertThat(args.get(name).asText()).startsWith("__CHANNEL__:");
            return (Channel<T>) new Channel<Object>() {
                @Override public long id() { return 1; }
                @Override public void send(Object message) { events.add(message); }
                @Override public void close() {}
                @Override public boolean isClosed() { return false; }
            };
        }

        @Override public <T> CommandScope<T> commandScope(Class<T> type) { throw new UnsupportedOperationException(); }
        @Override public CommandScope<?> commandScope() { throw new UnsupportedOperationException(); }
        @Override public <T> GlobalScope<T> globalScope(Class<T> type) { throw new UnsupportedOperationException(); }
        @Override public GlobalScope<?> globalScope() { throw new UnsupportedOperationException(); }
        @Override public <T> T state(Class<T> type) { throw new UnsupportedOperationException(); }
    }
}
