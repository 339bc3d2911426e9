package dev.tauri4j.build.assets;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link AssetEmbedder#embed} put into the classes folder.
 *
 * @param assetsDir    the embedded {@code tauri4j/assets} folder; null when frontendDist is a URL
 * @param files        how many asset files were copied
 * @param bytes        their total size
 * @param capabilities the file names of the embedded capabilities, sorted
 */
public record EmbeddedAssets(Path assetsDir, int files, long bytes, List<String> capabilities) {

    public EmbeddedAssets {
        capabilities = List.copyOf(capabilities);
    }
}
