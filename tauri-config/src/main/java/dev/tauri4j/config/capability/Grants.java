package dev.tauri4j.config.capability;

import java.util.Set;

/**
 * What one permission identifier stands for: the commands it allows and the ones it denies.
 *
 * @param allow command names as the runtime registers them ({@code greet}, {@code plugin:window|title})
 * @param deny  command names it denies
 */
public record Grants(Set<String> allow, Set<String> deny) {

    public Grants {
        allow = Set.copyOf(allow);
        deny = Set.copyOf(deny);
    }
}
