package dev.tauri4j.internal.core.path;

import dev.tauri4j.CommandException;
import dev.tauri4j.internal.platform.SystemDirectories;
import dev.tauri4j.internal.platform.SystemDirectories.Folder;
import dev.tauri4j.config.scope.BaseDirectory;
import dev.tauri4j.config.scope.BaseDirectoryResolver;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tauri's {@code BaseDirectory}: the operating system's folders (from the platform), the app's own folders under
 * them named by its identifier, and the resource folder.
 */
public final class BaseDirectories implements BaseDirectoryResolver {

    /** The numbers {@code @tauri-apps/api/path} sends, in order from 1. */
    enum Directory {
        AUDIO, CACHE, CONFIG, DATA, LOCAL_DATA, DOCUMENT, DOWNLOAD, PICTURE, PUBLIC, VIDEO, RESOURCE, TEMP,
        APP_CONFIG, APP_DATA, APP_LOCAL_DATA, APP_CACHE, APP_LOG, DESKTOP, EXECUTABLE, FONT, HOME, RUNTIME, TEMPLATE;

        static Directory of(int number) {
            if (number < 1 || number > values().length) {
                throw new CommandException("INVALID_ARGUMENT", "directory " + number + " is not a BaseDirectory of"
                        + " @tauri-apps/api/path: use 1 (Audio) to " + values().length + " (Template)");
            }
            return values()[number - 1];
        }
    }

    private final SystemDirectories system;
    private final String identifier;
    private final Path resourceDir;

    /**
     * @param system      the operating system's folders (the platform's)
     * @param identifier  the app identifier from tauri.conf.json
     * @param resourceDir where the app's files sit (see {@link #defaultResourceDir()})
     */
    public BaseDirectories(SystemDirectories system, String identifier, Path resourceDir) {
        this.system = system;
        this.identifier = identifier;
        this.resourceDir = resourceDir;
    }

    /** For scope entries: {@code $APPDATA} and the others, empty where this machine has no such folder. */
    @Override
    public java.util.Optional<Path> resolve(BaseDirectory directory) {
        try {
            return java.util.Optional.of(resolve(Directory.of(directory.number())));
        } catch (CommandException e) {
            return java.util.Optional.empty();
        }
    }

    /** The directory, or a clear UNKNOWN_PATH error when this machine does not define it. */
    Path resolve(Directory dir) {
        try {
            return switch (dir) {
                case APP_CONFIG -> system.resolve(Folder.CONFIG).resolve(identifier);
                case APP_DATA -> system.resolve(Folder.DATA).resolve(identifier);
                case APP_LOCAL_DATA -> system.resolve(Folder.LOCAL_DATA).resolve(identifier);
                case APP_CACHE -> system.resolve(Folder.CACHE).resolve(identifier);
                case APP_LOG -> system.appLog(identifier);
                case RESOURCE -> resourceDir;
                case HOME -> system.resolve(Folder.HOME);
                case CACHE -> system.resolve(Folder.CACHE);
                case CONFIG -> system.resolve(Folder.CONFIG);
                case DATA -> system.resolve(Folder.DATA);
                case LOCAL_DATA -> system.resolve(Folder.LOCAL_DATA);
                case TEMP -> system.resolve(Folder.TEMP);
                case RUNTIME -> system.resolve(Folder.RUNTIME);
                case EXECUTABLE -> system.resolve(Folder.EXECUTABLE);
                case FONT -> system.resolve(Folder.FONT);
                case AUDIO -> system.resolve(Folder.AUDIO);
                case DESKTOP -> system.resolve(Folder.DESKTOP);
                case DOCUMENT -> system.resolve(Folder.DOCUMENT);
                case DOWNLOAD -> system.resolve(Folder.DOWNLOAD);
                case PICTURE -> system.resolve(Folder.PICTURE);
                case PUBLIC -> system.resolve(Folder.PUBLIC);
                case TEMPLATE -> system.resolve(Folder.TEMPLATE);
                case VIDEO -> system.resolve(Folder.VIDEO);
            };
        } catch (SystemDirectories.Undefined e) {
            throw new CommandException("UNKNOWN_PATH", "unknown path: the " + dir.name().toLowerCase(java.util.Locale.ROOT)
                    + " directory is not defined on this machine: " + e.getMessage());
        }
    }

    /**
     * A path below a base directory. Below Resource, ".." and a leading "/" become "_up_" and "_root_" as Tauri's
     * bundler names them, so a resource path never leaves the resource directory.
     */
    Path resolve(Directory dir, String path) {
        Path base = resolve(dir);
        if (path == null) return base;
        if (dir != Directory.RESOURCE) return base.resolve(path);
        PathSyntax.Parts parts = PathSyntax.parse(path);
        Path out = parts.absolute() ? base.resolve("_root_") : base;
        for (String p : parts.parts()) out = out.resolve(p.equals("..") ? "_up_" : p);
        return out;
    }

    /**
     * The resource directory: {@code -Dtauri.resourceDir} when given; in a jpackage app image {@code <image>/lib/app}
     * (where the app's jar and files sit); otherwise the folder of the first class path entry (the app's jar, or its
     * class folder).
     */
    public static Path defaultResourceDir() {
        String explicit = System.getProperty("tauri.resourceDir");
        if (explicit != null && !explicit.isBlank()) return Path.of(explicit).toAbsolutePath();
        String launcher = System.getProperty("jpackage.app-path");
        if (launcher != null) {
            Path bin = Path.of(launcher).toAbsolutePath().getParent();
            if (bin != null && bin.getParent() != null) return bin.getParent().resolve("lib/app");
        }
        String first = System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)[0];
        Path entry = Path.of(first.isEmpty() ? "." : first).toAbsolutePath();
        return Files.isDirectory(entry) ? entry : entry.getParent();
    }
}
