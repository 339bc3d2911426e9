package dev.tauri4j.maven;

import dev.tauri4j.config.ConfigFiles;
import java.io.File;

/** Which Tauri config a goal reads: the one {@code <config>} names, else Tauri's places (root, then src-tauri/). */
final class ConfigLocation {

    private ConfigLocation() {}

    /**
     * @param configured {@code <config>} / {@code -Dtauri.config}, or null
     * @throws MojoErrors.GoalException when the configured file is missing
     */
    static File resolve(File configured, File basedir) {
        if (configured != null) {
            if (!configured.isFile()) {
                throw new MojoErrors.GoalException("no Tauri config at " + configured
                        + ". Fix: create tauri.conf.json there, or point <config> / -Dtauri.config at it");
            }
            return configured;
        }
        return ConfigFiles.locate(basedir.toPath()).toFile();
    }
}
