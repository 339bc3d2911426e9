package dev.tauri4j.internal.assets;

import dev.tauri4j.assets.AssetKey;
import dev.tauri4j.config.CspModification;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The Content-Security-Policy header of each HTML page: the app's policy plus the hashes of that page's inline
 * scripts (from the build's manifest) and of our init script for the window, in {@code script-src}, and the
 * {@code ipc:} scheme our bridge posts binary calls to, in {@code connect-src}.
 */
public final class PageCsp {

    private final ContentSecurityPolicy policy;
    private final CspModification modification;
    private final IntegrityManifest manifest;
    private final Function<String, String> initScriptSource;
    private final String ipcSource;

    /**
     * @param policy           the app's policy, or null for none (then no header is sent)
     * @param manifest         the build's manifest, or null
     * @param initScriptSource the {@code 'sha256-...'} source of the init script of a window label
     */
    public PageCsp(String policy, CspModification modification, IntegrityManifest manifest, Function<String, String> initScriptSource) {
        this(policy, modification, manifest, initScriptSource, "ipc:");
    }

    /** @param ipcSource the CSP source of the IPC scheme on this platform ({@code ipc:}, {@code http://ipc.localhost}) */
    public PageCsp(String policy, CspModification modification, IntegrityManifest manifest, Function<String, String> initScriptSource,
            String ipcSource) {
        this.ipcSource = ipcSource;
        this.policy = policy == null ? null : ContentSecurityPolicy.parse(policy);
        this.modification = modification;
        this.manifest = manifest;
        this.initScriptSource = initScriptSource;
    }

    /** The header for the page {@code key} shown in window {@code label} (null when unknown), or null for none. */
    String headerFor(AssetKey key, String label) {
        if (policy == null) return null;
        List<String> scripts = new ArrayList<>(manifest == null ? List.of() : manifest.scriptSources(key));
        if (label != null) scripts.add(initScriptSource.apply(label));
        return policy.allow("script-src", scripts, modification)
                .allow("connect-src", List.of(ipcSource), modification)
                .toString();
    }
}
