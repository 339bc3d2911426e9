package dev.tauri4j.build.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tauri4j.build.BuildLog;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The frontend dev server ({@code build.beforeDevCommand}, e.g. Vite), run with {@code sh -c} in the frontend
 * folder, its output copied to the log. {@link #stop()} ends the shell and every process below it.
 */
public final class DevServer implements AutoCloseable {

    private static final Duration GRACE = Duration.ofSeconds(5);

    private final String command;
    private final Process process;

    private DevServer(String command, Process process) {
        this.command = command;
        this.process = process;
    }

    /**
     * The command that serves {@code devUrl}: {@code beforeDevCommand} when set, else the package manager's
     * {@code dev} script when package.json has one ({@code <pm> run dev}, the manager chosen by lockfile);
     * empty when there is nothing to start or {@code devUrl} is not an http(s) URL (nothing to serve).
     */
    public static Optional<String> commandFor(String beforeDevCommand, String devUrl, Path frontendDir) {
        if (!isHttp(devUrl)) return Optional.empty();
        if (beforeDevCommand != null && !beforeDevCommand.isBlank()) return Optional.of(beforeDevCommand.strip());
        if (!hasDevScript(frontendDir.resolve("package.json"))) return Optional.empty();
        return Optional.of(packageManager(frontendDir) + " run dev");
    }

    /** Starts {@code command} with {@code sh -c} in {@code dir}, with Tauri's hook variables set. */
    public static DevServer start(String command, Path dir, Map<String, String> environment, BuildLog log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("TAURI_ENV_DEBUG", "true");
        pb.environment().put("TAURI_ENV_PLATFORM", System.getProperty("os.name").toLowerCase(Locale.ROOT));
        pb.environment().put("TAURI_ENV_ARCH", System.getProperty("os.arch"));
        pb.environment().putAll(environment);
        pb.redirectInput(ProcessBuilder.Redirect.PIPE);
        log.info("Starting the dev server: " + command + " (in " + dir + ")");
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new DevException("could not run `" + command + "` in " + dir + ": " + e.getMessage()
                    + ". Check that the folder exists and sh is on the PATH", e);
        }
        process.getOutputStream().close(); // a dev server reading stdin must not steal the terminal from Maven
        OutputPump.start("dev-server-output", process.getInputStream(), line -> log.info("[dev server] " + line));
        return new DevServer(command, process);
    }

    public String command() {
        return command;
    }

    /** The shell running the command. */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Ends the command and everything it started (Node, esbuild, ...), forcibly after 5 s. */
    public void stop() {
        ProcessTree.stop(process.toHandle(), GRACE);
    }

    @Override
    public void close() {
        stop();
    }

    static boolean isHttp(String url) {
        if (url == null) return false;
        try {
            String scheme = new URI(url).getScheme();
            return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean hasDevScript(Path packageJson) {
        if (!Files.isRegularFile(packageJson)) return false;
        try {
            JsonNode root = new ObjectMapper().readTree(packageJson.toFile());
            return root.path("scripts").path("dev").isTextual();
        } catch (IOException e) {
            return false;
        }
    }

    /** pnpm, yarn or bun when their lockfile is there, else npm (a stray package-lock.json loses to the others). */
    static String packageManager(Path dir) {
        for (Map.Entry<String, List<String>> pm : List.of(
                Map.entry("pnpm", List.of("pnpm-lock.yaml")),
                Map.entry("yarn", List.of("yarn.lock")),
                Map.entry("bun", List.of("bun.lock", "bun.lockb")))) {
            for (String lockfile : pm.getValue()) {
                if (Files.isRegularFile(dir.resolve(lockfile))) return pm.getKey();
            }
        }
        return "npm";
    }
}
