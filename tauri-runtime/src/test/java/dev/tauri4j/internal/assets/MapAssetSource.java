package dev.tauri4j.internal.assets;

import dev.tauri4j.assets.AssetKey;
import dev.tauri4j.assets.AssetSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** An in-memory source that records which keys were asked for, to test lookup order. */
final class MapAssetSource implements AssetSource {

    private final Map<String, byte[]> files;
    private final List<String> lookups = new ArrayList<>();

    private MapAssetSource(Map<String, byte[]> files) {
        this.files = files;
    }

    /** A source holding each named file with its own name as content. */
    static MapAssetSource of(String... names) {
        return new MapAssetSource(Arrays.stream(names)
                .collect(Collectors.toMap(n -> n, n -> n.getBytes(StandardCharsets.UTF_8))));
    }

    List<String> lookups() {
        return lookups;
    }

    @Override
    public Optional<byte[]> read(AssetKey key) {
        lookups.add(key.value());
        return Optional.ofNullable(files.get(key.value()));
    }
}
