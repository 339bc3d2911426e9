package dev.tauri4j.internal.ipc;

import dev.tauri4j.internal.runtime.WindowRuntime;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.tauri4j.internal.security.CommandGuard;

/** Turns script messages into command calls and their results into answers for the page. */
public final class IpcRouter {

    private static final System.Logger LOG = System.getLogger("dev.tauri4j.ipc");

    private final Dispatcher dispatcher;
    private final String invokeKey;
    private final CommandGuard guard;
    private final java.util.function.Predicate<String> registered;
    private final ScopeSource.Finder scopes;

    public IpcRouter(Dispatcher dispatcher, java.util.function.Predicate<String> registered, String invokeKey, CommandGuard guard) {
        this(dispatcher, registered, invokeKey, guard, (c, l, p, a) -> ScopeSource.NONE);
    }

    /** A router whose allowed calls get their scope from {@code scopes}. */
    public IpcRouter(Dispatcher dispatcher, java.util.function.Predicate<String> registered, String invokeKey, CommandGuard guard,
            ScopeSource.Finder scopes) {
        this.registered = registered;
        this.scopes = scopes;
        this.dispatcher = dispatcher;
        this.invokeKey = invokeKey;
        this.guard = guard;
    }

    /** The capability check for a call of {@code command} from {@code window}'s current page; null when allowed. */
    InvokeResult refusal(String command, WindowRuntime window) {
        return refusal(command, window, window.pageUri(), window.appPage());
    }

    /** The check against the page that sent the call, as it was when the message arrived. */
    private InvokeResult refusal(String command, WindowRuntime window, String page, boolean appPage) {
        // an unknown command runs nothing; for the app's own pages "unknown command, did you mean" helps more than
        // a denial, while remote pages learn nothing about which commands exist
        if (appPage && !registered.test(command)) return null;
        var denial = guard.check(command, window.label(), page, appPage);
        if (denial.isEmpty()) return null;
        LOG.log(System.Logger.Level.WARNING, "ipc: " + denial.get().message());
        return Dispatcher.failure(IpcError.COMMAND_DENIED, denial.get().message());
    }

    /** The scope of an allowed call of {@code command} from {@code window}'s current page. */
    ScopeSource scope(String command, WindowRuntime window) {
        return scopes.find(command, window.label(), window.pageUri(), window.appPage());
    }

    public String invokeKey() {
        return invokeKey;
    }

    Dispatcher dispatcher() {
        return dispatcher;
    }

    /** Small messages are parsed right here, large ones off the UI thread; the command always runs off it. */
    private static final int PARSE_ON_UI_THREAD = 16 * 1024;

    /** Called on the UI thread. */
    public void onMessage(WindowRuntime window, String message, int generation) {
        // one thread hop instead of two: parsing a small call costs microseconds, a virtual thread start more
        // the page is taken now, on the UI thread: a navigation while a large message is parsed must not lend
        // the next page's rights to this one's call
        String page = window.pageUri();
        boolean appPage = window.appPage();
        if (message.length() <= PARSE_ON_UI_THREAD) handle(window, message, generation, page, appPage);
        else Thread.ofVirtual().start(() -> handle(window, message, generation, page, appPage));
    }

    private void handle(WindowRuntime window, String message, int generation, String page, boolean appPage) {
        JsonNode m;
        try {
            m = JsonCodec.mapper().readTree(message);
        } catch (Exception e) {
            answerUnreadable(window, message, generation, e);
            return;
        }
        if (m == null || !invokeKey.equals(m.path("k").asText(null))) {
            LOG.log(System.Logger.Level.WARNING, "IPC message without the invoke key from window '" + window.label() + "' dropped");
            return;
        }
        JsonNode i = m.path("i");
        long id = i.isIntegralNumber() && i.canConvertToLong() ? i.longValue() : -1;
        if (id < 0) return; // no call to answer: our bridge always numbers its calls from 1
        String cmd = m.path("c").asText("");
        if (!window.label().equals(m.path("w").asText(null))) {
            answer(window, generation, id, Dispatcher.failure("INVALID_REQUEST",
                    "the call names window '" + m.path("w").asText() + "' but came from window '" + window.label() + "'"));
            return;
        }
        InvokeResult refused = refusal(cmd, window, page, appPage);
        if (refused != null) {
            answer(window, generation, id, refused);
            return;
        }
        JsonNode args = m.get("a");
        InvokeRequest request = new InvokeRequest(cmd, new InvokeBody.Json(args == null ? NullNode.getInstance() : args), headers(m.path("h")));
        // the scope is taken with the page the call came from, as the check was
        ScopeSource scope = scopes.find(cmd, window.label(), page, appPage);
        dispatcher.dispatch(request, window.context(), scope).whenComplete((result, error) -> answer(window, generation, id,
                error == null ? result : Dispatcher.failure("COMMAND_FAILED", String.valueOf(error.getMessage()))));
    }

    /**
     * A message that is not readable JSON (too deep, a string over Jackson's limit, cut short) still gets an error
     * when its leading fields, which our bridge writes first, carry the key, the window and a call id: otherwise the
     * page's promise would wait for ever. Anything else is dropped, as a message without the key is.
     */
    private void answerUnreadable(WindowRuntime window, String message, int generation, Exception e) {
        MessageHeader h = MessageHeader.read(message);
        if (h.id() < 0 || !invokeKey.equals(h.key()) || !window.label().equals(h.window())) {
            LOG.log(System.Logger.Level.WARNING, "unreadable IPC message from window '" + window.label() + "' dropped");
            return;
        }
        String why = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.toString();
        if (why != null && why.length() > 200) why = why.substring(0, 200) + "...";
        answer(window, generation, h.id(), Dispatcher.failure("INVALID_REQUEST", "the call could not be read: " + why));
    }

    private void answer(WindowRuntime window, int generation, long id, InvokeResult result) {
        if (window.generation() != generation) return; // the page that asked is gone
        Outbox outbox = window.outbox();
        switch (result) {
            case InvokeResult.Json json -> outbox.resolve(id, json.json());
            case InvokeResult.Binary binary -> outbox.pullBinary(id, window.keepBinary(binary.bytes()));
            case InvokeResult.Failure failure -> outbox.reject(id, failure.error().toJson());
        }
    }

    static String errorJson(String code, String message) {
        return new IpcError(code, message, null).toJson();
    }

    /** The {@code h} object of a message (the headers JS passed to invoke) as text values; anything else is none. */
    private static java.util.Map<String, String> headers(JsonNode h) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        if (h.isObject()) h.properties().forEach(e -> { if (e.getValue().isValueNode()) out.put(e.getKey(), e.getValue().asText()); });
        return out;
    }
}
