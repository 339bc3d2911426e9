package dev.tauri4j.build.info;

import java.util.Optional;

/**
 * One thing the build or the app needs from the machine, and how it was found.
 *
 * @param name     what it is ("Node.js", "WebKitGTK 4.1")
 * @param neededBy which goal needs it ("tauri:build", "running the app")
 * @param version  what was found, or empty when missing
 * @param fix      the command that installs it, shown when missing
 * @param required false for things only some goals need
 */
public record Probe(String name, String neededBy, Optional<String> version, String fix, boolean required) {

    /** Whether it was found. */
    public boolean found() {
        return version.isPresent();
    }
}
