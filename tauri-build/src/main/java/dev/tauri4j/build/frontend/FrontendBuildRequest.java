package dev.tauri4j.build.frontend;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link FrontendBuild} needs: where the frontend lives, how to build it, and where to remember the last build.
 *
 * @param frontendDir        the folder holding package.json (by Tauri's convention the project root); commands run here
 * @param beforeBuildCommand {@code build.beforeBuildCommand} from the config, run through {@code sh -c}; null to let
 *                           the lockfile choose the package manager
 * @param distDir            the folder the build writes ({@code build.frontendDist}, resolved); part of the
 *                           up-to-date check and never counted as an input; null when the config names a URL
 * @param stateFile          where the fingerprints of the last successful build are kept, e.g.
 *                           {@code target/tauri/frontend.state}; null to build every time
 * @param node               which Node.js runs the build
 * @param environment        variables added to (or overriding) the build's own environment
 * @param extraInputs        more files or folders, relative to {@code frontendDir}, whose change means a rebuild
 *                           (the defaults cover package.json, lockfiles, *.html, *.config.*, tsconfig, .env,
 *                           src/, public/ and static/)
 * @param mode               when to run the build at all
 */
public record FrontendBuildRequest(Path frontendDir, String beforeBuildCommand, Path distDir, Path stateFile,
                                   NodeSource node, Map<String, String> environment, List<String> extraInputs,
                                   FrontendBuildMode mode) {

    public FrontendBuildRequest {
        frontendDir = Objects.requireNonNull(frontendDir, "frontendDir").toAbsolutePath().normalize();
        if (beforeBuildCommand != null && beforeBuildCommand.isBlank()) beforeBuildCommand = null;
        distDir = distDir == null ? null : distDir.toAbsolutePath().normalize();
        stateFile = stateFile == null ? null : stateFile.toAbsolutePath().normalize();
        if (node == null) node = new NodeSource.OnPath();
        environment = environment == null ? Map.of() : Map.copyOf(environment);
        extraInputs = extraInputs == null ? List.of() : List.copyOf(extraInputs);
        if (mode == null) mode = FrontendBuildMode.IF_CHANGED;
    }

    /** A request with Node from the PATH, no beforeBuildCommand, no dist folder and no state file. */
    public static FrontendBuildRequest of(Path frontendDir) {
        return new FrontendBuildRequest(frontendDir, null, null, null, null, null, null, null);
    }

    /** This request with {@code build.beforeBuildCommand} set. */
    public FrontendBuildRequest withBeforeBuildCommand(String command) {
        return new FrontendBuildRequest(frontendDir, command, distDir, stateFile, node, environment, extraInputs, mode);
    }

    /** This request with the folder the build writes. */
    public FrontendBuildRequest withDistDir(Path dir) {
        return new FrontendBuildRequest(frontendDir, beforeBuildCommand, dir, stateFile, node, environment, extraInputs,
                mode);
    }

    /** This request remembering its builds in {@code file}. */
    public FrontendBuildRequest withStateFile(Path file) {
        return new FrontendBuildRequest(frontendDir, beforeBuildCommand, distDir, file, node, environment, extraInputs,
                mode);
    }

    /** This request with another Node.js. */
    public FrontendBuildRequest withNode(NodeSource source) {
        return new FrontendBuildRequest(frontendDir, beforeBuildCommand, distDir, stateFile, source, environment,
                extraInputs, mode);
    }

    /** This request with these extra environment variables. */
    public FrontendBuildRequest withEnvironment(Map<String, String> variables) {
        return new FrontendBuildRequest(frontendDir, beforeBuildCommand, distDir, stateFile, node, variables,
                extraInputs, mode);
    }

    /** This request with these extra inputs. */
    public FrontendBuildRequest withExtraInputs(List<String> paths) {
        return new FrontendBuildRequest(frontendDir, beforeBuildCommand, distDir, stateFile, node, environment, paths,
                mode);
    }

    /** This request with another mode. */
    public FrontendBuildRequest withMode(FrontendBuildMode newMode) {
        return new FrontendBuildRequest(frontendDir, beforeBuildCommand, distDir, stateFile, node, environment,
                extraInputs, newMode);
    }
}
