package dev.tauri4j.internal.assets;

import dev.tauri4j.build.assets.AssetManifest;
import dev.tauri4j.build.assets.ManifestSigner;
import dev.tauri4j.crypto.minisign.MinisignKeyPair;
import dev.tauri4j.crypto.minisign.MinisignSigner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A frontend folder with the manifest (and signature and public key) the real build code writes next to it. */
public final class BuiltAssets {

    private BuiltAssets() {}

    /** Writes {@code files} under {@code root/assets} and an unsigned manifest; returns the assets folder. */
    public static Path write(Path root, Map<String, String> files) throws IOException {
        Path assets = root.resolve("assets");
        for (var e : files.entrySet()) {
            Path file = assets.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue());
        }
        AssetManifest.of(assets).writeTo(root, null);
        return assets;
    }

    /** Signs the manifest of {@code assets} with {@code keys} and embeds the public key, as tauri:build does. */
    public static void sign(Path assets, MinisignKeyPair keys) throws IOException {
        AssetManifest.of(assets).writeTo(assets.getParent(), new ManifestSigner() {
            @Override
            public byte[] sign(byte[] manifestBytes) {
                return MinisignSigner.sign(manifestBytes, keys.secretKey(), "tauri4j asset manifest").toText()
                        .getBytes(StandardCharsets.UTF_8);
            }

            @Override
            public byte[] publicKey() {
                return keys.publicKey().toText().getBytes(StandardCharsets.UTF_8);
            }
        });
    }
}
