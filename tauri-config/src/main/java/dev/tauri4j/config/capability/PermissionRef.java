package dev.tauri4j.config.capability;

/**
 * A permission as a capability names it.
 *
 * @param identifier e.g. {@code allow-greet}, {@code core:window:default}
 * @param path       its JSON path in the capability's file, e.g. {@code permissions[2]}
 * @param scoped     whether it carried {@code allow}/{@code deny} scopes (accepted, not enforced yet)
 */
public record PermissionRef(String identifier, String path, boolean scoped) {}
