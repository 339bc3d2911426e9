package dev.tauri4j.internal.assets;

import dev.tauri4j.Tauri;
import dev.tauri4j.assets.DirectoryAssetSource;
import java.nio.file.Path;

/** A plain page for {@link AssetProtocolEndToEndIT}; what the asset protocol serves comes from the config alone. */
public final class AssetProtocolApp {

    private AssetProtocolApp() {}

    public static void main(String[] args) {
        Tauri.builder()
                .assets(new DirectoryAssetSource(Path.of(System.getProperty("asset.page"))))
                .run(args);
    }
}
