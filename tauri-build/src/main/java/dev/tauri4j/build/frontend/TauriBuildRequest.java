package dev.tauri4j.build.frontend;

import dev.tauri4j.build.assets.ManifestSigner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code tauri:build} gives {@link TauriBuildStep}: the project's folders and how to treat its frontend.
 *
 * @param configFile  the app's {@code tauri.conf.json}
 * @param frontendDir the folder holding package.json, where the frontend build runs (by Tauri's convention the
 *                    project root)
 * @param classesDir  the classes folder that becomes the app jar ({@code target/classes})
 * @param stateFile   where the last frontend build is remembered (e.g. {@code target/tauri/frontend.state});
 *                    null to build the frontend every time
 * @param node        which Node.js runs the frontend build
 * @param environment variables added to the frontend build's environment
 * @param extraInputs more files or folders, relative to {@code frontendDir}, whose change means a rebuild
 * @param mode        when to run the frontend build
 * @param signer      signs the asset manifest; null for no signature
 * @param classpath   the project's runtime class path (jars and folders), where plugins' permission files are found
 */
public record TauriBuildRequest(Path configFile, Path frontendDir, Path classesDir, Path stateFile, NodeSource node,
                                Map<String, String> environment, List<String> extraInputs, FrontendBuildMode mode,
                                ManifestSigner signer, List<Path> classpath) {

    public TauriBuildRequest {
        configFile = Objects.requireNonNull(configFile, "configFile").toAbsolutePath().normalize();
        frontendDir = Objects.requireNonNull(frontendDir, "frontendDir").toAbsolutePath().normalize();
        classesDir = Objects.requireNonNull(classesDir, "classesDir").toAbsolutePath().normalize();
        if (node == null) node = new NodeSource.OnPath();
        environment = environment == null ? Map.of() : Map.copyOf(environment);
        extraInputs = extraInputs == null ? List.of() : List.copyOf(extraInputs);
        if (mode == null) mode = FrontendBuildMode.IF_CHANGED;
        classpath = classpath == null ? List.of() : List.copyOf(classpath);
    }

    /** A request without a class path (plugins unknown). */
    public TauriBuildRequest(Path configFile, Path frontendDir, Path classesDir, Path stateFile, NodeSource node,
                             Map<String, String> environment, List<String> extraInputs, FrontendBuildMode mode,
                             ManifestSigner signer) {
        this(configFile, frontendDir, classesDir, stateFile, node, environment, extraInputs, mode, signer, List.of());
    }

    /** A request with Node from the PATH, no state file (always build) and no signature. */
    public static TauriBuildRequest of(Path configFile, Path frontendDir, Path classesDir) {
        return new TauriBuildRequest(configFile, frontendDir, classesDir, null, null, null, null, null, null);
    }

    /** This request remembering frontend builds in {@code file}. */
    public TauriBuildRequest withStateFile(Path file) {
        return new TauriBuildRequest(configFile, frontendDir, classesDir, file, node, environment, extraInputs, mode,
                signer, classpath);
    }

    /** This request with another Node.js. */
    public TauriBuildRequest withNode(NodeSource source) {
        return new TauriBuildRequest(configFile, frontendDir, classesDir, stateFile, source, environment, extraInputs,
                mode, signer, classpath);
    }

    /** This request with these extra environment variables for the frontend build. */
    public TauriBuildRequest withEnvironment(Map<String, String> variables) {
        return new TauriBuildRequest(configFile, frontendDir, classesDir, stateFile, node, variables, extraInputs,
                mode, signer, classpath);
    }

    /** This request with these extra frontend inputs. */
    public TauriBuildRequest withExtraInputs(List<String> paths) {
        return new TauriBuildRequest(configFile, frontendDir, classesDir, stateFile, node, environment, paths, mode,
                signer, classpath);
    }

    /** This request with another frontend build mode. */
    public TauriBuildRequest withMode(FrontendBuildMode newMode) {
        return new TauriBuildRequest(configFile, frontendDir, classesDir, stateFile, node, environment, extraInputs,
                newMode, signer, classpath);
    }

    /** This request with the project's runtime class path, whose plugin jars the capability check reads. */
    public TauriBuildRequest withClasspath(List<Path> elements) {
        return new TauriBuildRequest(configFile, frontendDir, classesDir, stateFile, node, environment, extraInputs, mode,
                signer, elements);
    }

    /** This request signing the manifest with {@code manifestSigner}. */
    public TauriBuildRequest withSigner(ManifestSigner manifestSigner) {
        return new TauriBuildRequest(configFile, frontendDir, classesDir, stateFile, node, environment, extraInputs,
                mode, manifestSigner, classpath);
    }
}
