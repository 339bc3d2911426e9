package dev.tauri4j.maven;

import dev.tauri4j.build.BuildLog;
import org.apache.maven.plugin.logging.Log;

/** The core's log port, backed by Maven's log. */
record MavenBuildLog(Log log) implements BuildLog {

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void debug(String message) {
        log.debug(message);
    }
}
