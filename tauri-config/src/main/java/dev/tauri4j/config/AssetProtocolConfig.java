package dev.tauri4j.config;

import dev.tauri4j.config.scope.ScopeEntries;

/**
 * The {@code app.security.assetProtocol} section: whether {@code asset://localhost/<path>} (what
 * {@code convertFileSrc} builds) serves files from disk, and which ones.
 *
 * @param enable                   serve the scheme at all (off by default, as in Tauri)
 * @param scope                    the files it may serve: path globs such as {@code $APPDATA/**}; deny wins over allow
 * @param requireLiteralLeadingDot whether wildcards skip dot files; null for the platform's default
 */
public record AssetProtocolConfig(boolean enable, ScopeEntries scope, Boolean requireLiteralLeadingDot) {

    /** Disabled, nothing in scope. */
    public static final AssetProtocolConfig DISABLED = new AssetProtocolConfig(false, ScopeEntries.EMPTY, null);

    public AssetProtocolConfig {
        if (scope == null) scope = ScopeEntries.EMPTY;
    }
}
