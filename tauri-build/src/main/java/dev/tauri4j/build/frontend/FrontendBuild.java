package dev.tauri4j.build.frontend;

import dev.tauri4j.build.BuildLog;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** Runs a frontend's build (beforeBuildCommand or the lockfile's package manager) unless it is up to date. */
public final class FrontendBuild {

    private final BuildLog log;

    /** A frontend build reporting to {@code log}. */
    public FrontendBuild(BuildLog log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Builds the frontend described by {@code request}.
     *
     * @throws FrontendBuildException if a command is missing or fails; nothing is remembered, so the next run
     *                                builds again
     * @throws IOException            if the fingerprints or the state file cannot be read or written
     */
    public FrontendBuildOutcome run(FrontendBuildRequest request) throws IOException {
        if (request.mode() == FrontendBuildMode.NEVER) {
            log.info("Frontend build skipped as asked; embedding build.frontendDist as it is");
            return FrontendBuildOutcome.SKIPPED;
        }
        Path dir = request.frontendDir();
        if (!Files.isDirectory(dir)) {
            throw new FrontendBuildException("The frontend folder " + dir + " does not exist. Fix: point the "
                    + "tauri plugin at the folder holding package.json (by default the project's base directory)");
        }
        BuildPlan plan = BuildPlan.choose(dir, request.beforeBuildCommand(), log);
        if (plan.commands().isEmpty()) {
            log.info(plan.why());
            return FrontendBuildOutcome.NOTHING_TO_BUILD;
        }

        Path stateFile = request.mode() == FrontendBuildMode.IF_CHANGED ? request.stateFile() : null;
        String inputs = null;
        String why = plan.why();
        if (stateFile != null) {
            inputs = FrontendFingerprint.inputs(dir, request.distDir(), request.extraInputs(), settings(request, plan));
            String dist = request.distDir() == null ? "" : FrontendFingerprint.folder(request.distDir());
            Optional<String> stale = staleness(FrontendState.read(stateFile), inputs, dist);
            if (stale.isEmpty()) {
                log.info("Frontend is up to date (no input changed since the last build), skipping `"
                        + plan.display() + "`");
                return FrontendBuildOutcome.UP_TO_DATE;
            }
            why += "; " + stale.get();
            log.debug("Frontend inputs " + inputs + ", dist " + dist);
            // Forget the last build before starting, so that an interrupted build is never taken for a good one.
            Files.deleteIfExists(stateFile);
        }

        log.info("Building the frontend in " + dir + " with `" + plan.display() + "` (" + why + ")");
        Map<String, String> environment = environment(request, dir);
        ToolRunner runner = new ToolRunner(log, dir, environment);
        for (ToolCommand command : plan.commands()) runner.run(command);

        if (stateFile != null) {
            String dist = request.distDir() == null ? "" : FrontendFingerprint.folder(request.distDir());
            if (FrontendFingerprint.ABSENT.equals(dist)) {
                log.warn("The frontend build finished but did not write " + request.distDir()
                        + " (build.frontendDist); the next build runs it again");
            } else {
                new FrontendState(inputs, dist).write(stateFile);
            }
        }
        return FrontendBuildOutcome.BUILT;
    }

    private static Optional<String> staleness(Optional<FrontendState> last, String inputs, String dist) {
        if (last.isEmpty()) return Optional.of("no record of an earlier build");
        if (!last.get().inputs().equals(inputs)) return Optional.of("its inputs changed since the last build");
        if (FrontendFingerprint.ABSENT.equals(dist)) return Optional.of("the dist folder is missing");
        if (!last.get().dist().equals(dist)) return Optional.of("the dist folder changed since the last build");
        return Optional.empty();
    }

    // Changing how the frontend is built must rebuild it as surely as changing a source file.
    private static String settings(FrontendBuildRequest request, BuildPlan plan) {
        String node = switch (request.node()) {
            case NodeSource.OnPath p -> "PATH";
            case NodeSource.Pinned p -> p.tag();
        };
        return "commands=" + plan.fingerprint() + "\nnode=" + node + "\nenv=" + new TreeMap<>(request.environment());
    }

    private Map<String, String> environment(FrontendBuildRequest request, Path dir) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putAll(request.environment());
        if (request.node() instanceof NodeSource.Pinned pinned) {
            Path nodeDir = new PinnedNodeInstaller(log).install(pinned, dir);
            String path = env.get("PATH");
            env.put("PATH", path == null || path.isEmpty() ? nodeDir.toString() : nodeDir + File.pathSeparator + path);
        }
        return env;
    }
}
