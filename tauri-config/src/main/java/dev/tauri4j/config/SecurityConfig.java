package dev.tauri4j.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The {@code app.security} section.
 *
 * @param csp             the Content-Security-Policy for HTML responses, as one policy string, or null for none
 * @param devCsp          the policy used in dev mode instead of {@code csp}, or null to use {@code csp}
 * @param freezePrototype inject {@code Object.freeze(Object.prototype)} before page scripts run
 * @param capabilities    capability identifiers (text nodes) or inline capability objects; empty means all files
 * @param cspModification {@code dangerousDisableAssetCspModification}: which directives may get our hashes
 * @param assetProtocol   {@code assetProtocol}: files from disk for {@code convertFileSrc}
 */
public record SecurityConfig(String csp, String devCsp, boolean freezePrototype, List<JsonNode> capabilities,
        CspModification cspModification, AssetProtocolConfig assetProtocol) {

    /** No CSP, prototype not frozen, all capability files. */
    public static final SecurityConfig DEFAULT = new SecurityConfig(null, null, false, List.of());

    public SecurityConfig {
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
        if (cspModification == null) cspModification = CspModification.ALLOWED;
        if (assetProtocol == null) assetProtocol = AssetProtocolConfig.DISABLED;
    }

    /** The asset protocol disabled. */
    public SecurityConfig(String csp, String devCsp, boolean freezePrototype, List<JsonNode> capabilities,
            CspModification cspModification) {
        this(csp, devCsp, freezePrototype, capabilities, cspModification, AssetProtocolConfig.DISABLED);
    }

    /** The CSP may be modified (the default). */
    public SecurityConfig(String csp, String devCsp, boolean freezePrototype, List<JsonNode> capabilities) {
        this(csp, devCsp, freezePrototype, capabilities, CspModification.ALLOWED, AssetProtocolConfig.DISABLED);
    }
}
