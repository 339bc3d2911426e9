package dev.tauri4j.internal.ipc;

import dev.tauri4j.internal.runtime.AppRuntime;
import dev.tauri4j.internal.runtime.WindowRuntime;
import dev.tauri4j.internal.platform.SchemeHandler;
import dev.tauri4j.internal.platform.SchemeRequest;
import dev.tauri4j.internal.platform.SchemeResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code ipc:} scheme: binary invokes (POST with the raw body) and binary answers the page pulls. WebKit runs
 * this handler even when CORS later hides the answer, so every check happens here, before anything is done.
 */
public final class IpcScheme implements SchemeHandler {

    private static final System.Logger LOG = System.getLogger("dev.tauri4j.ipc");
    private static final int MAX_BODY = 1 << 30;
    private static final String OCTETS = "application/octet-stream";

    private final AppRuntime app;

    public IpcScheme(AppRuntime app) {
        this.app = app;
    }

    @Override
    public void handle(SchemeRequest request) {
        try {
            check(request);
        } catch (RuntimeException e) {
            // a request left unanswered hangs the page's fetch for ever: a bug here still gets an answer
            LOG.log(System.Logger.Level.ERROR, "ipc: request to " + request.path() + " failed", e);
            try {
                reply(request, null, 500, "application/json", IpcRouter.errorJson("INTERNAL", "the request failed: " + e)
                        .getBytes(StandardCharsets.UTF_8), false);
            } catch (IllegalStateException alreadyAnswered) {
                // answered before it failed: nothing more to say
            }
        }
    }

    private void check(SchemeRequest request) {
        String origin = request.header("Origin");
        WindowRuntime window = app.windowRuntime(request.windowLabel());
        if (window == null) {
            deny(request, origin, 400, "request from an unknown window");
            return;
        }
        if (!mayCall(origin, window)) {
            deny(request, origin, 403, "origin " + origin + " may not call the app");
            return;
        }
        // Checked before the body is touched: a page without the key could send a Blob body, and opening
        // a Blob body crashes WebKitGTK 2.50. Our own bridge never sends one.
        if (!app.router().invokeKey().equals(request.header("Tauri-Invoke-Key"))) {
            deny(request, origin, 403, "missing or wrong invoke key");
            return;
        }
        String path = request.path() == null || request.path().isEmpty() ? "/" : request.path();
        if (path.startsWith("/__result/")) {
            byte[] bytes = window.takeBinary(path.substring("/__result/".length()));
            if (bytes == null) deny(request, origin, 404, "no pending answer with that token");
            else reply(request, origin, 200, OCTETS, bytes, true);
            return;
        }
        String label = request.header("Tauri-Window");
        if (!"POST".equals(request.method()) || !window.label().equals(label)
                || request.header("Content-Type") == null || !request.header("Content-Type").startsWith(OCTETS)) {
            deny(request, origin, 400, "binary invokes are POST " + OCTETS + " from their own window");
            return;
        }
        String command;
        try {
            command = URLDecoder.decode(path.substring(1), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // an unanswered request would hang the page's fetch for ever: every refusal is answered
            deny(request, origin, 400, "the command name is not percent-encoded UTF-8");
            return;
        }
        InvokeResult refused = app.router().refusal(command, window);
        if (refused instanceof InvokeResult.Failure failure) {
            reply(request, origin, 200, "application/json", failure.error().toJson().getBytes(StandardCharsets.UTF_8), false);
            return;
        }
        byte[] body;
        try {
            body = request.body(MAX_BODY);
        } catch (IllegalArgumentException e) {
            deny(request, origin, 413, e.getMessage());
            return;
        }
        InvokeRequest invoke = new InvokeRequest(command, new InvokeBody.Raw(body, OCTETS), callerHeaders(request));
        app.router().dispatcher().dispatch(invoke, window.context(), app.router().scope(command, window)).whenComplete((result, error) -> {
            if (error != null) {
                reply(request, origin, 200, "application/json", IpcRouter.errorJson("COMMAND_FAILED", String.valueOf(error.getMessage())).getBytes(StandardCharsets.UTF_8), false);
                return;
            }
            switch (result) {
                case InvokeResult.Json json -> reply(request, origin, 200, "application/json", json.json().getBytes(StandardCharsets.UTF_8), true);
                case InvokeResult.Binary binary -> reply(request, origin, 200, OCTETS, binary.bytes(), true);
                case InvokeResult.Failure failure -> reply(request, origin, 200, "application/json", failure.error().toJson().getBytes(StandardCharsets.UTF_8), false);
            }
        });
    }

    /**
     * The headers the page passed to invoke: the bridge names them in {@code Tauri-Headers} (WebKit offers no
     * listing of a request's headers), and they are read here, on the UI thread, while the request is alive.
     */
    private static Map<String, String> callerHeaders(SchemeRequest request) {
        Map<String, String> out = new LinkedHashMap<>();
        String names = request.header("Tauri-Headers");
        if (names == null || names.isBlank()) return out;
        for (String name : names.split(",")) {
            String value = name.isBlank() ? null : request.header(name.strip());
            if (value != null) out.put(name.strip(), value);
        }
        return out;
    }

    /**
     * The app's own origin may call; a remote page only from its own top-level origin (an iframe of another
     * origin sends its own Origin) and only when a capability for this window lists the page in remote.urls.
     */
    private boolean mayCall(String origin, WindowRuntime window) {
        if (app.origins().isAppOrigin(origin)) return true;
        String page = window.pageUri();
        return origin != null && origin.equals(Origins.originOf(page)) && app.guard().remotePageMayCall(window.label(), page);
    }

    private void deny(SchemeRequest request, String origin, int status, String why) {
        LOG.log(System.Logger.Level.WARNING, "ipc: request refused (" + status + "): " + why);
        reply(request, origin, status, "application/json", IpcRouter.errorJson("FORBIDDEN", why).getBytes(StandardCharsets.UTF_8), false);
    }

    private static void reply(SchemeRequest request, String origin, int status, String type, byte[] body, boolean ok) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Tauri-Response", ok ? "ok" : "error");
        headers.put("Cache-Control", "no-store");
        if (origin != null) {
            headers.put("Access-Control-Allow-Origin", origin);
            headers.put("Access-Control-Expose-Headers", "Tauri-Response");
        }
        request.respond(new SchemeResponse(status, type, headers, body));
    }
}
