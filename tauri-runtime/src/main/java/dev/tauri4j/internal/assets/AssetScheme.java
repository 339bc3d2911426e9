package dev.tauri4j.internal.assets;

import dev.tauri4j.assets.Asset;
import dev.tauri4j.assets.AssetIntegrityException;
import dev.tauri4j.internal.platform.SchemeHandler;
import dev.tauri4j.internal.platform.SchemeRequest;
import dev.tauri4j.internal.platform.SchemeResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The app's own scheme ({@code tauri://localhost/...}): the frontend served from the jar, no TCP port. */
public final class AssetScheme implements SchemeHandler {

    private final AssetResolver resolver;
    private final PageCsp csp;

    public AssetScheme(AssetResolver resolver, PageCsp csp) {
        this.resolver = resolver;
        this.csp = csp;
    }

    @Override
    public void handle(SchemeRequest request) {
        String method = request.method();
        String path = request.path();
        String label = request.windowLabel();
        // reading from the jar happens off the UI thread; the answer hops back by itself
        Thread.ofVirtual().start(() -> {
            SchemeResponse response;
            try {
                response = answer(method, path, label);
            } catch (RuntimeException e) {
                System.getLogger("dev.tauri4j.assets").log(System.Logger.Level.ERROR, "asset " + path + " could not be read", e);
                response = SchemeResponse.text(500, "asset could not be read", Map.of());
            }
            request.respond(response);
        });
    }

    SchemeResponse answer(String method, String path, String label) {
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return SchemeResponse.text(405, "method " + method + " not allowed", Map.of("Allow", "GET, HEAD"));
        }
        Optional<Asset> asset;
        try {
            asset = resolver.resolve(path);
        } catch (AssetIntegrityException e) {
            // already logged with the asset's name; the page gets the reason, never the bytes
            return SchemeResponse.text(500, "tauri4j refused to serve this file: " + e.getMessage(), Map.of());
        }
        if (asset.isEmpty()) return SchemeResponse.text(404, "not found: " + path, Map.of());
        Asset a = asset.get();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cache-Control", "no-cache");
        headers.put("X-Content-Type-Options", "nosniff");
        String policy = a.mimeType().startsWith("text/html") ? csp.headerFor(a.key(), label) : null;
        if (policy != null) headers.put("Content-Security-Policy", policy);
        return new SchemeResponse(200, a.mimeType(), headers, a.bytes());
    }
}
