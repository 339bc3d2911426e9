package dev.tauri4j.internal.ipc;

import dev.tauri4j.CommandRegistry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.App;
import dev.tauri4j.Event;
import dev.tauri4j.Window;
import dev.tauri4j.testing.FakeWindow;
import dev.tauri4j.config.TauriConfig;
import dev.tauri4j.config.WindowConfig;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** A registry, dispatcher and call context with simple fakes, and helpers to call commands as JS would. */
final class IpcHarness {

    final CommandRegistry registry = new CommandRegistry();
    final StateStore state = new StateStore();
    final RecordingSink sink = new RecordingSink();
    final FakeWindow window = new FakeWindow("main");
    final FakeApp app = new FakeApp();
    final Dispatcher dispatcher = new Dispatcher(registry);

    CallContext context() {
        return new CallContext(app, window, sink, state);
    }

    /** Calls {@code command} with an arguments object written with single quotes for readability. */
    InvokeResult call(String command, String args) {
        return await(InvokeRequest.json(command, json(args)));
    }

    InvokeResult raw(String command, byte[] body) {
        return await(InvokeRequest.raw(command, body));
    }

    InvokeResult await(InvokeRequest request) {
        try {
            return dispatcher.dispatch(request, context()).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("call did not complete: " + e, e);
        }
    }

    /** The JSON result of a call that must succeed. */
    JsonNode ok(String command, String args) {
        InvokeResult result = call(command, args);
        assertThat(result).isInstanceOf(InvokeResult.Json.class);
        return json(((InvokeResult.Json) result).json());
    }

    /** The error of a call that must fail. */
    IpcError error(String command, String args) {
        InvokeResult result = call(command, args);
        assertThat(result).isInstanceOf(InvokeResult.Failure.class);
        return ((InvokeResult.Failure) result).error();
    }

    static JsonNode json(String text) {
        try {
            return JsonCodec.mapper().readTree(text.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** Collects deliveries in the order they were made. */
    static final class RecordingSink implements CallbackSink {
        record Delivery(long id, Object payload) {}

        final List<Delivery> deliveries = new ArrayList<>();

        @Override
        public synchronized void deliver(long callbackId, Object payload) {
            deliveries.add(new Delivery(callbackId, payload));
        }

        synchronized List<Delivery> snapshot() {
            return List.copyOf(deliveries);
        }
    }


    /** An app that supports nothing; commands only check that it is injected. */
    static final class FakeApp implements App {
        private final dev.tauri4j.internal.core.resources.ResourceTable resources = new dev.tauri4j.internal.core.resources.ResourceTable("the app");
        private final java.util.Map<String, dev.tauri4j.plugin.GrantedPaths> grants = new java.util.concurrent.ConcurrentHashMap<>();
        @Override public void emit(String event, Object payload) {}
        @Override public void emitTo(String label, String event, Object payload) {}
        @Override public long listen(String event, Consumer<Event> handler) { return 0; }
        @Override public long once(String event, Consumer<Event> handler) { return 0; }
        @Override public void unlisten(long listenerId) {}
        @Override public Optional<Window> window(String label) { return Optional.empty(); }
        @Override public Collection<Window> windows() { return List.of(); }
        @Override public Window createWindow(WindowConfig config) { throw new UnsupportedOperationException(); }
        @Override public List<dev.tauri4j.Monitor> monitors() { return List.of(); }
        @Override public void onWindowCloseRequested(Consumer<Window> listener) {}
        @Override public <T> Optional<T> state(Class<T> type) { return Optional.empty(); }
        @Override public TauriConfig config() { throw new UnsupportedOperationException(); }
        @Override public dev.tauri4j.plugin.Resources resources() { return resources; }
        @Override public dev.tauri4j.plugin.GrantedPaths grantedPaths(String scope) { return grants.computeIfAbsent(scope, dev.tauri4j.plugin.GrantedPaths::new); }
        @Override public Optional<java.nio.file.Path> directory(dev.tauri4j.config.scope.BaseDirectory directory) { return Optional.empty(); }
        @Override public java.nio.file.Path externalBinary(String entry) { throw new UnsupportedOperationException(); }
        @Override public void openWithSystem(String target) { throw new UnsupportedOperationException(); }
        @Override public dev.tauri4j.plugin.SessionBus sessionBus() { throw new UnsupportedOperationException(); }
        @Override public dev.tauri4j.TrayIcon newTrayIcon(dev.tauri4j.TrayIcon.Builder builder) { throw new UnsupportedOperationException(); }
        @Override public Optional<dev.tauri4j.TrayIcon> trayIcon(String id) { return Optional.empty(); }
        @Override public void runOnMainThread(Runnable task) { task.run(); }
        @Override public void exit(int code) {}
        @Override public dev.tauri4j.menu.Menu setMenu(dev.tauri4j.menu.Menu menu) { return null; }
        @Override public java.util.Optional<dev.tauri4j.menu.Menu> menu() { return java.util.Optional.empty(); }
        @Override public void onMenuEvent(java.util.function.Consumer<dev.tauri4j.menu.MenuEvent> listener) {}
    }
}
