package dev.tauri4j.build.frontend;

import dev.tauri4j.build.assets.AssetManifest;
import dev.tauri4j.build.assets.EmbeddedAssets;
import java.nio.file.Path;

/**
 * What {@link TauriBuildStep} did.
 *
 * @param frontend     whether the frontend build ran
 * @param embedded     what was copied into the classes folder
 * @param manifest     the asset manifest written
 * @param manifestFile where it was written
 * @param signed       whether a signature was written next to it
 */
public record TauriBuildResult(FrontendBuildOutcome frontend, EmbeddedAssets embedded, AssetManifest manifest,
                               Path manifestFile, boolean signed) {
}
