package dev.tauri4j.internal.assets;

import dev.tauri4j.assets.Asset;
import dev.tauri4j.assets.AssetKey;
import dev.tauri4j.assets.AssetSource;
import dev.tauri4j.assets.InvalidAssetPathException;
import dev.tauri4j.assets.MimeTypes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SequencedSet;

/**
 * Finds the asset for a request path, with Tauri's fallbacks.
 *
 * <p>For a key {@code x} the candidates are, in order: {@code x}, {@code x.html}, {@code x/index.html}, and
 * {@code index.html} if {@code x} looks like an SPA route. A directory key {@code x/} tries only
 * {@code x/index.html} before the SPA fallback.
 *
 * <p>SPA rule: a path is a route when it ends with a slash or its last segment has no file extension
 * ({@code /settings/profile}, {@code /docs/}). A path whose last segment has one ({@code /app.js},
 * {@code /logo.png}) names a file, and a missing file is a real 404 rather than HTML that the browser would
 * try to run as a script or decode as an image. It is the idea behind the "dot rule" of connect-history-api-fallback
 * (webpack-dev-server's history fallback). We cannot use an Accept header as some dev servers do, because the
 * resolver sees only the path. Cost: a route with a dot in its last segment ({@code /users/jane.doe}) 404s;
 * such apps should keep dots out of the last segment or use a hash router.
 */
public final class AssetResolver {

    private static final System.Logger LOG = System.getLogger(AssetResolver.class.getName());

    private final AssetSource source;

    /** Resolves against {@code source}. */
    public AssetResolver(AssetSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * The asset for a raw, still percent-encoded request path such as {@code /assets/app.js}; empty (a 404)
     * for a missing asset and for an invalid or hostile path, which never throws.
     */
    public Optional<Asset> resolve(String rawPath) {
        if (rawPath == null) {
            return Optional.empty();
        }
        AssetKey key;
        try {
            key = AssetKey.parse(rawPath);
        } catch (InvalidAssetPathException e) {
            LOG.log(System.Logger.Level.DEBUG, "refused asset path: {0}", e.getMessage());
            return Optional.empty();
        }
        return resolve(key);
    }

    /** The asset for an already parsed key, trying the fallbacks in order. */
    public Optional<Asset> resolve(AssetKey key) {
        for (AssetKey candidate : candidates(key)) {
            Optional<byte[]> bytes = source.read(candidate);
            if (bytes.isPresent()) {
                return Optional.of(new Asset(candidate, bytes.get(), MimeTypes.forKey(candidate)));
            }
        }
        return Optional.empty();
    }

    /** The keys tried for {@code key}, in order, without duplicates. */
    static List<AssetKey> candidates(AssetKey key) {
        SequencedSet<AssetKey> candidates = new LinkedHashSet<>();
        if (key.isDirectory()) {
            addWithSuffix(candidates, key, "index.html");
        } else {
            candidates.add(key);
            addWithSuffix(candidates, key, ".html");
            addWithSuffix(candidates, key, "/index.html");
        }
        if (isSpaRoute(key)) {
            candidates.add(AssetKey.INDEX);
        }
        return List.copyOf(candidates);
    }

    /** Whether a missing {@code key} is answered with {@code index.html}: a directory, or no extension. */
    static boolean isSpaRoute(AssetKey key) {
        return key.extension().isEmpty();
    }

    private static void addWithSuffix(SequencedSet<AssetKey> candidates, AssetKey key, String suffix) {
        try {
            candidates.add(key.withSuffix(suffix));
        } catch (InvalidAssetPathException tooLong) {
            // A key near the length limit simply has fewer fallbacks.
        }
    }
}
