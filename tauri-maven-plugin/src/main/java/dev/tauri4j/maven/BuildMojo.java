package dev.tauri4j.maven;

import dev.tauri4j.build.frontend.BindingsFile;
import dev.tauri4j.build.frontend.FrontendBuildMode;
import dev.tauri4j.build.frontend.NodeSource;
import dev.tauri4j.build.frontend.TauriBuildRequest;
import dev.tauri4j.build.frontend.TauriBuildResult;
import dev.tauri4j.build.frontend.TauriBuildStep;
import dev.tauri4j.crypto.minisign.MinisignSecretKey;
import dev.tauri4j.crypto.minisign.MinisignSigner;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code tauri:build}: places the generated {@code bindings.ts} in the frontend, builds the frontend (unless it is up to date), embeds it and the config in the jar, and
 * writes the asset manifest (signed when a key is configured). Bound to {@code process-classes}, so tests and
 * the jar both see the assets.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public class BuildMojo extends AbstractMojo {

    /** The Tauri config file. */
    @Parameter(property = "tauri.config")
    File config;

    /** The project folder, where Tauri's config is looked for (then in src-tauri/) when {@code <config>} is not set. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    File basedir;

    /** The frontend project (where package.json is). */
    @Parameter(property = "tauri.frontendDir", defaultValue = "${project.basedir}")
    File frontendDir;

    /** Where the assets, config and manifest go (under {@code tauri4j/}). */
    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true)
    File classesDir;

    /** Remembers the last frontend build, to skip an unchanged one. */
    @Parameter(defaultValue = "${project.build.directory}/tauri/frontend.state", readonly = true)
    File stateFile;

    /** When to run the frontend build: IF_CHANGED (default), ALWAYS or NEVER. */
    @Parameter(property = "tauri.frontendBuild", defaultValue = "IF_CHANGED")
    FrontendBuildMode frontendBuild;

    /** A Node.js version to install and use (e.g. v22.12.0) instead of the node on the PATH. */
    @Parameter(property = "tauri.nodeVersion")
    String nodeVersion;

    /** Where a pinned Node.js is downloaded from (nodejs.org's layout). */
    @Parameter(property = "tauri.nodeDownloadRoot", defaultValue = "https://nodejs.org/dist/")
    String nodeDownloadRoot;

    /** Where a pinned Node.js is installed. */
    @Parameter(defaultValue = "${project.build.directory}/tauri/node", readonly = true)
    File nodeInstallDir;

    /** The local Maven repository, where downloaded Node.js archives are cached. */
    @Parameter(defaultValue = "${settings.localRepository}", readonly = true)
    File localRepository;

    /** More files or folders (relative to the frontend folder) whose changes make the frontend rebuild. */
    @Parameter(property = "tauri.extraInputs")
    List<String> extraInputs;

    /** Environment variables for the frontend build (pom only: a map has no command-line form). */
    @Parameter
    Map<String, String> environment;

    /** A minisign secret key to sign the asset manifest with (see tauri:signer); no signature when unset. */
    @Parameter(property = "tauri.signingKey")
    File signingKey;

    /** The environment variable holding the signing key's password. */
    @Parameter(property = "tauri.signingKeyPasswordEnv", defaultValue = "TAURI_SIGNING_PRIVATE_KEY_PASSWORD")
    String signingKeyPasswordEnv;

    /**
     * Where the TypeScript bindings of the {@code @Command} methods go; by default {@code src/bindings.ts} in the
     * frontend folder, when that has a {@code src} folder. Written before the frontend build, only when changed.
     */
    @Parameter(property = "tauri.bindingsFile")
    File bindingsFile;

    /** Leaves the generated bindings where the processor put them ({@code target/classes/tauri4j/bindings.ts}). */
    @Parameter(property = "tauri.bindings.skip", defaultValue = "false")
    boolean skipBindings;

    /**
     * With a signing key: also embeds its public half as {@code tauri4j/assets.manifest.pub}, so the app verifies the
     * manifest's signature at start and refuses to start when it does not match.
     */
    @Parameter(property = "tauri.embedPublicKey", defaultValue = "true")
    boolean embedPublicKey;

    /** The project's runtime class path: plugin jars in it bring the permissions the capability check knows. */
    @Parameter(defaultValue = "${project.runtimeClasspathElements}", readonly = true)
    List<String> runtimeClasspath;

    /** Skips the goal. */
    @Parameter(property = "tauri.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoFailureException, MojoExecutionException {
        if (skip) return;
        MojoErrors.run("tauri:build", () -> {
            config = ConfigLocation.resolve(config, basedir);
            if (!skipBindings) {
                BindingsFile.place(classesDir.toPath(), frontendDir.toPath(),
                        bindingsFile == null ? null : bindingsFile.toPath(), new MavenBuildLog(getLog()));
            }
            TauriBuildRequest request = TauriBuildRequest.of(config.toPath(), frontendDir.toPath(), classesDir.toPath())
                    .withStateFile(stateFile.toPath())
                    .withMode(frontendBuild)
                    .withNode(node())
                    .withEnvironment(environment == null ? Map.of() : environment)
                    .withExtraInputs(extraInputs == null ? List.of() : extraInputs)
                    .withClasspath(runtimeClasspath == null ? List.of() : runtimeClasspath.stream().map(Path::of).toList());
            if (signingKey != null) request = request.withSigner(signer(signingKey.toPath()));
            TauriBuildResult result = new TauriBuildStep(new MavenBuildLog(getLog())).run(request);
            getLog().info("Frontend " + result.frontend().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + "; " + result.manifest().assets().size() + " assets embedded" + (result.signed() ? ", manifest signed" : ""));
        });
    }

    private NodeSource node() {
        if (nodeVersion == null || nodeVersion.isBlank()) return new NodeSource.OnPath();
        URI root;
        try {
            root = new URI(nodeDownloadRoot);
        } catch (URISyntaxException e) {
            throw new MojoErrors.GoalException("nodeDownloadRoot is not a URL: " + e.getMessage()
                    + ". Fix: give the root of a nodejs.org-style mirror, e.g. -Dtauri.nodeDownloadRoot=https://nodejs.org/dist/");
        }
        return new NodeSource.Pinned(nodeVersion, root, nodeInstallDir.toPath(), localRepository.toPath());
    }

    private dev.tauri4j.build.assets.ManifestSigner signer(Path key) throws java.io.IOException {
        MinisignSecretKey secret = SigningKey.open(key, signingKeyPasswordEnv);
        byte[] publicKey = embedPublicKey ? secret.publicKey().toText().getBytes(StandardCharsets.UTF_8) : null;
        return new dev.tauri4j.build.assets.ManifestSigner() {
            @Override
            public byte[] sign(byte[] bytes) {
                return MinisignSigner.sign(bytes, secret, "tauri4j asset manifest").toText().getBytes(StandardCharsets.UTF_8);
            }

            @Override
            public byte[] publicKey() {
                return publicKey;
            }
        };
    }
}
