package dev.tauri4j.internal.ipc;

import dev.tauri4j.internal.platform.BridgeTransport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The JS bridge injected into every page ({@code bridge.js}), rendered per window. */
public final class BridgeScript {

    private final String template;
    private final String invokeKey;
    private final boolean globalTauri;
    private final boolean freezePrototype;
    private final Map<String, String> hashes = new ConcurrentHashMap<>();
    private final String pluginScripts;
    private final BridgeTransport transport;
    private final String schemeOriginPattern;

    /** Linux's transport ({@code ipc://localhost}, WebKit's message handler), for tests. */
    public static final BridgeTransport WEBKIT = new BridgeTransport(java.util.List.of("webkit", "messageHandlers", "ipc"), "ipc:", "/", ":");

    public BridgeScript(String invokeKey, boolean globalTauri, boolean freezePrototype) {
        this(invokeKey, globalTauri, freezePrototype, java.util.List.of(), WEBKIT, s -> s + "://localhost");
    }

    /**
     * @param pluginScripts the plugins' document-start scripts, run after the bridge in this order
     * @param transport the webview's message handler and path separators
     * @param schemeOrigin the origin the webview gives a custom scheme ({@code ipc} → {@code ipc://localhost})
     */
    public BridgeScript(String invokeKey, boolean globalTauri, boolean freezePrototype, java.util.List<String> pluginScripts,
            BridgeTransport transport, java.util.function.UnaryOperator<String> schemeOrigin) {
        this.transport = transport;
        // the JS side puts the scheme in for convertFileSrc(path, protocol); a placeholder no scheme can contain
        this.schemeOriginPattern = schemeOrigin.apply("SCHEME");
        // each on its own lines, so that a script ending in a line comment cannot swallow the next
        this.pluginScripts = pluginScripts.isEmpty() ? "" : "\n" + String.join("\n;\n", pluginScripts) + "\n";
        try (InputStream in = BridgeScript.class.getResourceAsStream("bridge.js")) {
            if (in == null) throw new IllegalStateException("bridge.js missing from the tauri-runtime jar");
            this.template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.invokeKey = invokeKey;
        this.globalTauri = globalTauri;
        this.freezePrototype = freezePrototype;
    }

    /** The script for the window {@code label}. */
    public String render(String label) {
        Map<String, Object> cfg = new LinkedHashMap<>();
        cfg.put("key", invokeKey);
        cfg.put("label", label);
        cfg.put("globalTauri", globalTauri);
        cfg.put("freezePrototype", freezePrototype);
        cfg.put("messageHandler", transport.messageHandler());
        cfg.put("schemeOrigin", schemeOriginPattern);
        cfg.put("sep", transport.pathSeparator());
        cfg.put("delimiter", transport.pathDelimiter());
        return template.replace("/*CONFIG*/", Outbox.json(cfg)) + pluginScripts;
    }

    /**
     * The CSP source ({@code 'sha256-...'}) of the window's script. It holds the per-launch key, so it is computed
     * at run time, once per window label.
     */
    public String cspSource(String label) {
        return hashes.computeIfAbsent(label, l -> {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(render(l).getBytes(StandardCharsets.UTF_8));
                return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform has SHA-256", e);
            }
        });
    }
}
