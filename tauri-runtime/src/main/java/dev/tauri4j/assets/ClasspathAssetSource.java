package dev.tauri4j.assets;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.ProviderNotFoundException;
import java.util.Objects;
import java.util.Optional;
import java.util.jar.JarEntry;

/**
 * Serves assets packaged on the class path under one resource folder, by default {@value AssetSource#DEFAULT_ROOT}.
 *
 * <p>Class loaders answer for more than files: a jar answers {@code docs} with its {@code docs/} entry and an
 * exploded directory answers with a directory listing. So a resource is served only when it is provably a
 * regular file: a non-directory jar entry, or a regular file on a file system reached without a symlink inside
 * the asset tree. Resources behind URL schemes that cannot be inspected are refused rather than guessed at.
 */
public final class ClasspathAssetSource implements AssetSource {

    private final ClassLoader loader;
    private final String root;

    /**
     * Serves resources under {@code root} (e.g. {@code tauri4j/assets}) as seen by {@code loader}.
     *
     * @throws IllegalArgumentException if {@code root} is empty, absolute or contains dot segments; an empty
     *     root would expose every class and resource on the class path
     */
    public ClasspathAssetSource(ClassLoader loader, String root) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.root = checkedRoot(Objects.requireNonNull(root, "root"));
    }

    /** Serves resources under {@link AssetSource#DEFAULT_ROOT}. */
    public ClasspathAssetSource(ClassLoader loader) {
        this(loader, DEFAULT_ROOT);
    }

    /** The resource folder served, without a trailing slash. */
    public String root() {
        return root;
    }

    @Override
    public Optional<byte[]> read(AssetKey key) {
        return locate(key).map(ClasspathAssetSource::readAll);
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
        try (InputStream in = loader.getResourceAsStream(root + suffix)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root + suffix, e);
        }
    }

    private static String checkedRoot(String root) {
        String trimmed = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
        try {
            return new AssetKey(trimmed).value();
        } catch (InvalidAssetPathException e) {
            throw new IllegalArgumentException("invalid asset root '" + root + "': " + e.getMessage(), e);
        }
    }

    private Optional<Content> locate(AssetKey key) {
        if (key.isDirectory()) {
            return Optional.empty();
        }
        String name = root + "/" + key.value();
        URL url = loader.getResource(name);
        if (url == null) {
            return Optional.empty();
        }
        try {
            return "jar".equals(url.getProtocol()) ? locateInJar(url) : locateOnFileSystem(url, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open asset " + key.value(), e);
        }
    }

    private static Optional<Content> locateInJar(URL url) throws IOException {
        URLConnection connection = url.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
            return Optional.empty();
        }
        JarEntry entry;
        try {
            entry = jar.getJarEntry();
        } catch (FileNotFoundException gone) {
            return Optional.empty();
        }
        // ZipFile.getEntry("docs") falls back to the entry "docs/", so a directory can answer a file name.
        if (entry == null || entry.isDirectory()) {
            return Optional.empty();
        }
        return Optional.of(jar::getInputStream);
    }

    private static Optional<Content> locateOnFileSystem(URL url, String name) {
        Path path;
        Path expectedTail;
        try {
            path = Path.of(url.toURI());
            expectedTail = path.getFileSystem().getPath(name);
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException
                 | ProviderNotFoundException | SecurityException e) {
            return Optional.empty();
        }
        Path real;
        try {
            real = path.toRealPath();
        } catch (IOException e) {
            return Optional.empty();
        }
        // The real path must still end in root/key: a symlink inside the asset tree would not (a symlinked
        // folder above the class-path entry, as with a symlinked home directory, still does).
        if (!real.endsWith(expectedTail) || !Files.isRegularFile(real)) {
            return Optional.empty();
        }
        return Optional.of(() -> Files.newInputStream(real));
    }

    private static byte[] readAll(Content content) {
        try (InputStream in = content.open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read asset", e);
        }
    }

    /** A located resource, opened only when its bytes are wanted so that {@link #exists} stays cheap. */
    @FunctionalInterface
    private interface Content {
        InputStream open() throws IOException;
    }
}
