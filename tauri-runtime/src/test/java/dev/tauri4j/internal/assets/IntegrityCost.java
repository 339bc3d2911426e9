package dev.tauri4j.internal.assets;

import dev.tauri4j.assets.DirectoryAssetSource;
import dev.tauri4j.crypto.minisign.MinisignKeyPair;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * What checking assets against the manifest costs (SECURITY.md quotes it): median time to resolve an asset with and
 * without the SHA-256 check, for a small and a large file, and the start-up check of a signed manifest. A main,
 * not a test: {@code java -cp <test classpath> dev.tauri4j.internal.assets.IntegrityCost}.
 */
public final class IntegrityCost {

    private IntegrityCost() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("integrity-cost");
        StringBuilder big = new StringBuilder();
        while (big.length() < 1 << 20) big.append("console.log('some bundled code, one mebibyte of it');\n");
        StringBuilder manyPages = new StringBuilder();
        Map<String, String> files = new java.util.HashMap<>(Map.of("index.html", "<!doctype html><script>boot()</script>",
                "small.js", "x".repeat(4096), "big.js", big.toString()));
        for (int i = 0; i < 500; i++) files.put("chunks/c" + i + ".js", "export const c" + i + " = " + i + ";");
        Path assets = BuiltAssets.write(dir, files);
        BuiltAssets.sign(assets, MinisignKeyPair.generate());
        manyPages.append(files.size());

        DirectoryAssetSource plain = new DirectoryAssetSource(assets);
        for (String key : new String[] {"/small.js", "/big.js"}) {
            AssetResolver unchecked = new AssetResolver(plain);
            AssetResolver checked = new AssetResolver(AssetIntegrity.load(plain).source());
            double a = median(() -> unchecked.resolve(key), 2000);
            double b = median(() -> checked.resolve(key), 2000);
            System.out.printf("%s: unchecked %.1f us, checked %.1f us, check costs %.1f us%n", key, a, b, b - a);
        }
        double start = median(() -> AssetIntegrity.load(plain), 300);
        System.out.printf("start-up: reading and verifying a signed manifest of %s assets: %.0f us%n", manyPages, start);
    }

    private static double median(Runnable r, int n) {
        for (int i = 0; i < n; i++) r.run(); // warm-up
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            long s = System.nanoTime();
            r.run();
            t[i] = System.nanoTime() - s;
        }
        Arrays.sort(t);
        return t[n / 2] / 1000.0;
    }
}
