package dev.tauri4j.build.assets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tauri4j.build.BuildLog;
import dev.tauri4j.config.LoadedConfig;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Puts the built frontend, the config and the capabilities where the runtime reads them in the app jar:
 * {@code tauri4j/assets/}, {@code tauri4j/tauri.conf.json} and {@code tauri4j/capabilities/} under the classes folder.
 */
public final class AssetEmbedder {

    /** The class-path folder holding everything tauri4j embeds. */
    public static final String ROOT = "tauri4j";

    /** The folder under {@link #ROOT} the runtime serves assets from. */
    public static final String ASSETS = "assets";

    /** The config's name under {@link #ROOT}. */
    public static final String CONFIG = "tauri.conf.json";

    /** The capabilities folder under {@link #ROOT} and next to the config. */
    public static final String CAPABILITIES = "capabilities";

    /** The tray icon's name under {@link #ROOT}, without its extension (.png or .ico, as iconPath's). */
    public static final String TRAY_ICON = "tray-icon";

    /** Folders that show frontendDist is a project folder rather than a build output; Tauri refuses them too. */
    private static final List<String> PROJECT_FOLDERS = List.of("node_modules", "target");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BuildLog log;

    /** An embedder reporting to {@code log}. */
    public AssetEmbedder(BuildLog log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * The folder {@code build.frontendDist} names, resolved against the config's folder as Tauri does; empty when
     * it names a URL (the app loads a remote site and embeds no assets).
     *
     * @throws AssetEmbedException if frontendDist is not set
     */
    public static Optional<Path> frontendDist(LoadedConfig config, Path configFile) {
        String dist = config.config().build().frontendDist();
        if (dist == null) {
            throw new AssetEmbedException("build.frontendDist is not set in " + configFile + ", so there are no "
                    + "assets to embed. Fix: set it to the folder your frontend build writes, relative to "
                    + configFile.getFileName() + ", e.g. \"build\": {\"frontendDist\": \"dist\"}");
        }
        if (isUrl(dist)) return Optional.empty();
        Path base = config.baseDir() != null ? config.baseDir() : configFile.toAbsolutePath().getParent();
        return Optional.of(base.resolve(dist).toAbsolutePath().normalize());
    }

    /**
     * Copies frontendDist, the config and its capabilities under {@code classesDir}. Each of the assets and
     * capabilities folders is replaced in one step; on any failure the previous content stays.
     *
     * @throws AssetEmbedException if frontendDist is unset, missing, empty, or a project folder
     */
    public EmbeddedAssets embed(LoadedConfig config, Path configFile, Path classesDir) throws IOException {
        Path root = classesDir.toAbsolutePath().normalize().resolve(ROOT);
        Path target = root.resolve(ASSETS);
        Optional<Path> dist = frontendDist(config, configFile);
        int files = 0;
        long bytes = 0;
        if (dist.isPresent()) {
            check(dist.get(), target);
            long[] counts = new long[2];
            AtomicFiles.replaceDirectory(target, staging -> copyTree(dist.get(), staging, counts));
            files = (int) counts[0];
            bytes = counts[1];
            log.info("Embedded " + files + " files (" + bytes + " bytes) from " + dist.get() + " into " + target);
        } else {
            AtomicFiles.deleteDirectory(target);
            log.info("build.frontendDist is a URL (" + config.config().build().frontendDist() + "): no assets "
                    + "to embed");
        }
        AtomicFiles.write(root.resolve(CONFIG), configBytes(config, configFile));
        embedTrayIcon(config, configFile, root);
        List<String> capabilities = embedCapabilities(configFile.toAbsolutePath().getParent().resolve(CAPABILITIES),
                root.resolve(CAPABILITIES));
        return new EmbeddedAssets(dist.isPresent() ? target : null, files, bytes, capabilities);
    }

    private static void check(Path dist, Path target) throws IOException {
        String where = "build.frontendDist points to " + dist;
        String fix = "Fix: run the frontend build first (it should write there), or set build.frontendDist to the "
                + "folder the build writes, relative to the config file";
        if (!Files.exists(dist)) {
            throw new AssetEmbedException(where + ", which does not exist. " + fix);
        }
        if (!Files.isDirectory(dist)) {
            throw new AssetEmbedException(where + ", which is a file, not a folder. " + fix);
        }
        try (Stream<Path> children = Files.list(dist)) {
            if (children.findAny().isEmpty()) {
                throw new AssetEmbedException(where + ", which is empty. " + fix);
            }
        }
        for (String folder : PROJECT_FOLDERS) {
            if (Files.isDirectory(dist.resolve(folder))) {
                throw new AssetEmbedException(where + ", which contains " + folder + ": that is a project folder, "
                        + "not the built frontend, and all of it would be packed into the app. Fix: point "
                        + "build.frontendDist at the folder your frontend build writes (e.g. \"dist\"), which holds "
                        + "only the built files");
            }
        }
        if (target.startsWith(dist) || dist.startsWith(target)) {
            throw new AssetEmbedException(where + ", which overlaps the output folder " + target + ". Fix: point "
                    + "build.frontendDist at the folder your frontend build writes, outside the build output");
        }
    }

    private static void copyTree(Path from, Path to, long[] counts) throws IOException {
        // Links are followed: a jar holds no links, and the runtime serves only regular files anyway.
        Files.walkFileTree(from, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    Files.copy(file, to.resolve(from.relativize(file).toString()));
                    counts[0]++;
                    counts[1] += attrs.size();
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    // The runtime reads the config without a folder around it, so a version taken from package.json is
    // resolved here; otherwise the file is embedded byte for byte.
    private static byte[] configBytes(LoadedConfig config, Path configFile) throws IOException {
        JsonNode version = config.raw().path("version");
        // the runtime reads one JSON file: an overlay merged in, or JSON5/TOML, is embedded as the JSON it reads as
        if (!(version.isTextual() && version.textValue().endsWith("package.json")) && !config.transformed()) {
            return Files.readAllBytes(configFile);
        }
        ObjectNode copy = ((ObjectNode) config.raw()).deepCopy();
        copy.put("version", config.config().version());
        return (JSON.writer(AssetManifest.PRINTER).writeValueAsString(copy) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    // The runtime reads app.trayIcon.iconPath from tauri4j/tray-icon.<png|ico> when it has no config folder (its
    // ConfigTray.resource); Tauri too embeds the icon at build time, so a missing file fails the build here.
    private void embedTrayIcon(LoadedConfig config, Path configFile, Path root) throws IOException {
        for (String ext : List.of(".png", ".ico")) Files.deleteIfExists(root.resolve(TRAY_ICON + ext));
        var tray = config.config().app().trayIcon();
        if (tray == null) return;
        Path base = config.baseDir() != null ? config.baseDir() : configFile.toAbsolutePath().getParent();
        Path icon = base.resolve(tray.iconPath()).toAbsolutePath().normalize();
        if (!Files.isRegularFile(icon)) {
            throw new AssetEmbedException("app.trayIcon.iconPath in " + configFile + " is \"" + tray.iconPath() + "\", but " + icon
                    + " is no file. Fix: give the tray icon's PNG or ICO file relative to " + configFile.getFileName()
                    + ", e.g. \"iconPath\": \"icons/32x32.png\"");
        }
        String name = icon.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        Path target = root.resolve(TRAY_ICON + name.substring(name.lastIndexOf('.')));
        AtomicFiles.write(target, Files.readAllBytes(icon));
        log.info("Embedded the tray icon " + icon + " into " + target);
    }

    private List<String> embedCapabilities(Path source, Path target) throws IOException {
        List<Path> json = new ArrayList<>();
        if (Files.isDirectory(source)) {
            try (Stream<Path> files = Files.list(source)) {
                for (Path file : files.sorted().toList()) {
                    if (Files.isRegularFile(file) && file.getFileName().toString().endsWith(".json")) {
                        json.add(file);
                    } else {
                        log.warn("Ignoring " + file + ": tauri4j reads capabilities from " + source
                                + "/*.json only. Fix: write it as a .json file in that folder");
                    }
                }
            }
        }
        // Replaced even when empty: a capability deleted from the project must not linger in the classes folder.
        if (json.isEmpty()) {
            AtomicFiles.deleteDirectory(target);
            return List.of();
        }
        AtomicFiles.replaceDirectory(target, staging -> {
            for (Path file : json) Files.copy(file, staging.resolve(file.getFileName().toString()));
        });
        List<String> names = json.stream().map(p -> p.getFileName().toString()).toList();
        log.info("Embedded capabilities " + names + " into " + target);
        return names;
    }

    private static boolean isUrl(String value) {
        try {
            String scheme = new URI(value).getScheme();
            return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
