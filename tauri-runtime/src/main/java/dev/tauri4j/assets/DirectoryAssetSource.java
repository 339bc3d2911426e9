package dev.tauri4j.assets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Serves assets from a directory on disk, for dev mode and tests.
 *
 * <p>A file is served only if its real path (symlinks followed) is a regular file under the root's real path,
 * so a symlink inside the folder that points outside it is not served, while links within the folder are.
 */
public final class DirectoryAssetSource implements AssetSource {

    private final Path root;

    /**
     * Serves the files under {@code root}.
     *
     * @throws UncheckedIOException if {@code root} does not exist or cannot be resolved
     * @throws IllegalArgumentException if {@code root} is not a directory
     */
    public DirectoryAssetSource(Path root) {
        Objects.requireNonNull(root, "root");
        try {
            this.root = root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("asset root cannot be resolved: " + root, e);
        }
        if (!Files.isDirectory(this.root)) {
            throw new IllegalArgumentException("asset root is not a directory: " + root);
        }
    }

    /** The real path of the directory served. */
    public Path root() {
        return root;
    }

    @Override
    public Optional<byte[]> read(AssetKey key) {
        return locate(key).map(DirectoryAssetSource::readAll);
    }

    @Override
    public boolean exists(AssetKey key) {
        return locate(key).isPresent();
    }

    @Override
    public Optional<byte[]> companion(String suffix) {
        if (!MANIFEST.equals(suffix) && !MANIFEST_SIGNATURE.equals(suffix) && !MANIFEST_PUBLIC_KEY.equals(suffix)) {
            throw new IllegalArgumentException("not a companion file of the asset folder: " + suffix);
        }
        Path file = root.resolveSibling(root.getFileName() + suffix);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private Optional<Path> locate(AssetKey key) {
        if (key.isDirectory()) {
            return Optional.empty();
        }
        Path candidate;
        try {
            candidate = root.resolve(key.value()).normalize();
        } catch (InvalidPathException e) {
            // A name this file system cannot spell (e.g. '<' on Windows) cannot be a file under the root.
            return Optional.empty();
        }
        // Keys cannot climb, so this holds by construction; checked anyway because it is cheap and decisive.
        if (!candidate.startsWith(root)) {
            return Optional.empty();
        }
        Path real;
        try {
            real = candidate.toRealPath();
        } catch (IOException e) {
            // Missing, a path through a regular file, a symlink loop: nothing to serve in every case.
            return Optional.empty();
        }
        if (!real.startsWith(root) || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        return Optional.of(real);
    }

    private static byte[] readAll(Path real) {
        // NOFOLLOW_LINKS: if the checked file was swapped for a symlink since, fail instead of following it.
        try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read asset " + real, e);
        }
    }
}
