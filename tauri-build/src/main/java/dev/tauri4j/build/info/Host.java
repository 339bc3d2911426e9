package dev.tauri4j.build.info;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs small commands on this machine to read versions; a port, so tests can answer for the machine. */
public interface Host {

    /** The command's first output line when it ran and exited 0, else empty. */
    Optional<String> firstLine(List<String> command);

    /** The real machine. */
    static Host system() {
        return command -> {
            try {
                Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
                p.getOutputStream().close();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0 || out.isEmpty()) return Optional.empty();
                return Optional.of(out.lines().findFirst().orElse("").strip());
            } catch (IOException e) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        };
    }
}
