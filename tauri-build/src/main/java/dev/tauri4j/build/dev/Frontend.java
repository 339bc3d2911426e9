package dev.tauri4j.build.dev;

import dev.tauri4j.build.BuildLog;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/** The running frontend dev server, as {@link DevLoop} sees it: stop it when the session ends. */
@FunctionalInterface
public interface Frontend {

    /** Stops the dev server and its descendants; safe to call twice. */
    void stop();

    /** Nothing to stop (no dev server command, or someone else runs it). */
    Frontend NONE = () -> {};

    /** Starts the frontend and returns once {@code devUrl} answers. */
    @FunctionalInterface
    interface Starter {
        Frontend start() throws IOException, InterruptedException;
    }

    /**
     * Starts {@code command} (when not null) in {@code dir}, then waits for {@code devUrl} (when it is http(s));
     * a failed wait stops the server before the exception leaves.
     */
    static Starter of(String command, Path dir, Map<String, String> environment, String devUrl, DevUrlWait wait, BuildLog log) {
        return () -> {
            DevServer server = command == null ? null : DevServer.start(command, dir, environment, log);
            try {
                if (DevServer.isHttp(devUrl)) {
                    log.info("Waiting for the dev server at " + devUrl);
                    wait.await(URI.create(devUrl), command, server == null ? () -> true : server::isAlive);
                }
            } catch (RuntimeException | InterruptedException e) {
                if (server != null) server.stop();
                throw e;
            }
            return server == null ? NONE : server::stop;
        };
    }
}
