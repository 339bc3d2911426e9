package dev.tauri4j.internal.platform.linux;

import dev.tauri4j.internal.platform.SystemDirectories;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The Linux folders as Tauri finds them: the XDG base directories, and the xdg-user-dirs folders. Environment
 * variables count only when they hold an absolute path.
 */
final class XdgDirectories implements SystemDirectories {

    private final Function<String, String> env;
    private final String userHome;

    /**
     * @param env      environment lookup (System::getenv in the app)
     * @param userHome the home folder when {@code HOME} is not usable (the {@code user.home} property)
     */
    XdgDirectories(Function<String, String> env, String userHome) {
        this.env = env;
        this.userHome = userHome;
    }

    @Override
    public Path resolve(Folder folder) {
        return switch (folder) {
            case HOME -> home();
            case CACHE -> xdg("XDG_CACHE_HOME", ".cache");
            case CONFIG -> xdg("XDG_CONFIG_HOME", ".config");
            case DATA, LOCAL_DATA -> data();
            case FONT -> data().resolve("fonts");
            case EXECUTABLE -> absolute("XDG_BIN_HOME") != null ? absolute("XDG_BIN_HOME") : data().resolve("../bin").normalize();
            case RUNTIME -> {
                Path p = absolute("XDG_RUNTIME_DIR");
                if (p == null) throw new Undefined("XDG_RUNTIME_DIR is not set to an absolute path");
                yield p;
            }
            case TEMP -> absolute("TMPDIR") != null ? absolute("TMPDIR") : Path.of("/tmp");
            case AUDIO -> userDir("XDG_MUSIC_DIR");
            case DESKTOP -> userDir("XDG_DESKTOP_DIR");
            case DOCUMENT -> userDir("XDG_DOCUMENTS_DIR");
            case DOWNLOAD -> userDir("XDG_DOWNLOAD_DIR");
            case PICTURE -> userDir("XDG_PICTURES_DIR");
            case PUBLIC -> userDir("XDG_PUBLICSHARE_DIR");
            case TEMPLATE -> userDir("XDG_TEMPLATES_DIR");
            case VIDEO -> userDir("XDG_VIDEOS_DIR");
        };
    }

    @Override
    public Path appLog(String identifier) {
        return data().resolve(identifier).resolve("logs");
    }

    private Path data() {
        return xdg("XDG_DATA_HOME", ".local/share");
    }

    private Path home() {
        Path home = absolute("HOME");
        return home != null ? home : Path.of(userHome);
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
    private Path userDir(String key) {
        Path file = xdg("XDG_CONFIG_HOME", ".config").resolve("user-dirs.dirs");
        String value = readUserDirs(file).get(key);
        if (value == null) throw new Undefined(key + " is not set in " + file + " (run xdg-user-dirs-update)");
        Path p = value.startsWith("$HOME") ? home().resolve(value.substring(5).replaceFirst("^/+", ""))
                : value.startsWith("/") ? Path.of(value) : null;
        if (p == null || p.equals(home())) throw new Undefined(key + " in " + file + " is disabled (it names the home folder)");
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
}
