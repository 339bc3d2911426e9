package dev.tauri4j.internal.ipc;

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

    public BridgeScript(String invokeKey, boolean globalTauri, boolean freezePrototype) {
        this(invokeKey, globalTauri, freezePrototype, java.util.List.of());
    }

    /** @param pluginScripts the plugins' document-start scripts, run after the bridge in this order */
    public BridgeScript(String invokeKey, boolean globalTauri, boolean freezePrototype, java.util.List<String> pluginScripts) {
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
