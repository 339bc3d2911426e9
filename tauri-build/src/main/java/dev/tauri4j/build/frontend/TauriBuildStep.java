package dev.tauri4j.build.frontend;

import dev.tauri4j.build.BuildLog;
import dev.tauri4j.build.assets.AssetEmbedder;
import dev.tauri4j.build.assets.AssetManifest;
import dev.tauri4j.build.assets.EmbeddedAssets;
import dev.tauri4j.build.bundle.BundleSettings;
import dev.tauri4j.build.capability.CapabilityCheck;
import dev.tauri4j.config.ConfigLoader;
import dev.tauri4j.config.LoadedConfig;
import dev.tauri4j.config.TargetTriple;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Maven-free core of {@code tauri:build}: builds the frontend, embeds it with the config and capabilities,
 * and writes the (optionally signed) asset manifest.
 */
public final class TauriBuildStep {

    private final BuildLog log;

    /** A step reporting to {@code log}. */
    public TauriBuildStep(BuildLog log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Runs the step. A failing frontend build throws before anything is copied, so the classes folder keeps the
     * assets of the last good build.
     *
     * @throws dev.tauri4j.config.ConfigException     if the config cannot be read
     * @throws dev.tauri4j.build.bundle.BundleException if a {@code bundle.externalBin} binary is missing
     * @throws FrontendBuildException                 if the frontend build cannot run or fails
     * @throws dev.tauri4j.build.assets.AssetEmbedException if frontendDist cannot be embedded
     * @throws IOException                            if files cannot be read or written
     */
    public TauriBuildResult run(TauriBuildRequest request) throws IOException {
        LoadedConfig config = ConfigLoader.load(request.configFile());
        config.warnings().forEach(log::warn);
        // Checked before the frontend build so that a config without frontendDist fails in a second, not a minute.
        Optional<Path> dist = AssetEmbedder.frontendDist(config, request.configFile());
        new CapabilityCheck(log).check(config, request.configFile(), request.classesDir(), request.classpath());
        // As Tauri's build does: a missing sidecar fails every build, so tauri:dev meets it before Command.sidecar does.
        BundleSettings.externalBinaries(config, config.baseDir(), TargetTriple.current());

        long start = System.nanoTime();
        FrontendBuildOutcome outcome = new FrontendBuild(log).run(new FrontendBuildRequest(request.frontendDir(),
                config.config().build().beforeBuildCommand(), dist.orElse(null), request.stateFile(), request.node(),
                request.environment(), request.extraInputs(), request.mode()));
        log.info("Frontend build: " + outcome.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (" + millisSince(start)
                + " ms)");

        start = System.nanoTime();
        EmbeddedAssets embedded = new AssetEmbedder(log).embed(config, request.configFile(), request.classesDir());
        AssetManifest manifest = embedded.assetsDir() == null
                ? new AssetManifest(new TreeMap<>(), List.of())
                : AssetManifest.of(embedded.assetsDir());
        Path manifestFile = manifest.writeTo(request.classesDir().resolve(AssetEmbedder.ROOT), request.signer());
        log.info("Wrote " + manifestFile + " (" + manifest.assets().size() + " assets, "
                + manifest.inlineScripts().size() + " inline script hashes" + (request.signer() == null ? ", unsigned"
                : ", signed") + ") in " + millisSince(start) + " ms");
        return new TauriBuildResult(outcome, embedded, manifest, manifestFile, request.signer() != null);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
