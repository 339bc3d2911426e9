package dev.tauri4j.internal.core.path;

import dev.tauri4j.CommandException;
import dev.tauri4j.config.scope.BaseDirectory;
import dev.tauri4j.config.scope.BaseDirectoryResolver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Tauri's {@code BaseDirectory} on Linux: the XDG base directories, the xdg-user-dirs folders, and the app's own
 * folders under them named by its identifier. Environment variables count only when they hold an absolute path.
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

    private final Function<String, String> env;
    private final String identifier;
    private final Path resourceDir;

    /**
     * @param env         environment lookup (System::getenv in the app)
     * @param identifier  the app identifier from tauri.conf.json
     * @param resourceDir where the app's files sit (see {@link #defaultResourceDir()})
     */
    public BaseDirectories(Function<String, String> env, String identifier, Path resourceDir) {
        this.env = env;
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
        return switch (dir) {
            case HOME -> home();
            case CACHE -> xdg("XDG_CACHE_HOME", ".cache");
            case CONFIG -> xdg("XDG_CONFIG_HOME", ".config");
            case DATA, LOCAL_DATA -> xdg("XDG_DATA_HOME", ".local/share");
            case APP_CONFIG -> xdg("XDG_CONFIG_HOME", ".config").resolve(identifier);
            case APP_DATA, APP_LOCAL_DATA -> xdg("XDG_DATA_HOME", ".local/share").resolve(identifier);
            case APP_CACHE -> xdg("XDG_CACHE_HOME", ".cache").resolve(identifier);
            case APP_LOG -> xdg("XDG_DATA_HOME", ".local/share").resolve(identifier).resolve("logs");
            case FONT -> xdg("XDG_DATA_HOME", ".local/share").resolve("fonts");
            case EXECUTABLE -> absolute("XDG_BIN_HOME") != null ? absolute("XDG_BIN_HOME")
                    : xdg("XDG_DATA_HOME", ".local/share").resolve("../bin").normalize();
            case RUNTIME -> require(absolute("XDG_RUNTIME_DIR"), dir, "XDG_RUNTIME_DIR is not set to an absolute path");
            case TEMP -> absolute("TMPDIR") != null ? absolute("TMPDIR") : Path.of("/tmp");
            case RESOURCE -> resourceDir;
            case AUDIO -> userDir("XDG_MUSIC_DIR", dir);
            case DESKTOP -> userDir("XDG_DESKTOP_DIR", dir);
            case DOCUMENT -> userDir("XDG_DOCUMENTS_DIR", dir);
            case DOWNLOAD -> userDir("XDG_DOWNLOAD_DIR", dir);
            case PICTURE -> userDir("XDG_PICTURES_DIR", dir);
            case PUBLIC -> userDir("XDG_PUBLICSHARE_DIR", dir);
            case TEMPLATE -> userDir("XDG_TEMPLATES_DIR", dir);
            case VIDEO -> userDir("XDG_VIDEOS_DIR", dir);
        };
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

    private Path home() {
        Path home = absolute("HOME");
        return home != null ? home : Path.of(System.getProperty("user.home"));
    }

    private Path absolute(String variable) {
        String value = env.apply(variable);
        return value != null && value.startsWith("/") ? Path.of(value) : null;
    }

    private Path xdg(String variable, String fallbackUnderHome) {
        Path p = absolute(variable);
        return p != null ? p : home().resolve(fallbackUnderHome);
    }

    /** A folder from xdg-user-dirs' {@code user-dirs.dirs}; "$HOME" alone there means the folder is disabled. */
    private Path userDir(String key, Directory dir) {
        Path file = xdg("XDG_CONFIG_HOME", ".config").resolve("user-dirs.dirs");
        Map<String, String> entries = readUserDirs(file);
        String value = entries.get(key);
        if (value == null) return require(null, dir, key + " is not set in " + file + " (run xdg-user-dirs-update)");
        Path p = value.startsWith("$HOME") ? home().resolve(value.substring(5).replaceFirst("^/+", ""))
                : value.startsWith("/") ? Path.of(value) : null;
        if (p == null || p.equals(home())) return require(null, dir, key + " in " + file + " is disabled (it names the home folder)");
        return p;
    }

    static Map<String, String> readUserDirs(Path file) {
        Map<String, String> out = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                line = line.strip();
                int eq = line.indexOf('=');
                if (line.startsWith("#") || eq < 0) continue;
                String value = line.substring(eq + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) value = value.substring(1, value.length() - 1);
                out.put(line.substring(0, eq).strip(), value);
            }
        } catch (IOException e) {
            // no file: every user folder is unknown, as with dirs' crate
        }
        return out;
    }

    private static Path require(Path p, Directory dir, String why) {
        if (p != null) return p;
        throw new CommandException("UNKNOWN_PATH", "unknown path: the " + dir.name().toLowerCase(java.util.Locale.ROOT)
                + " directory is not defined on this machine: " + why);
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
