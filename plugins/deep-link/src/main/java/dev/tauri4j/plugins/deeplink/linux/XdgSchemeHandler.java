package dev.tauri4j.plugins.deeplink.linux;

import dev.tauri4j.App;
import dev.tauri4j.config.scope.BaseDirectory;
import dev.tauri4j.plugins.deeplink.SchemeRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Scheme handlers as freedesktop desktops keep them, and as Tauri's plugin registers them: a hidden
 * {@code $XDG_DATA_HOME/applications/<name>-handler.desktop} with {@code MimeType=x-scheme-handler/<scheme>;} and
 * {@code Exec=<launcher> %u}, made the default with {@code xdg-mime default} (which writes
 * {@code $XDG_CONFIG_HOME/mimeapps.list}); {@code xdg-open <scheme>://...} then starts the app with the URL.
 */
public final class XdgSchemeHandler implements SchemeRegistry {

    private final Supplier<Path> applications;
    private final Supplier<Path> mimeapps;
    private final String fileName;
    private final String name;
    private final List<String> command;

    XdgSchemeHandler(Supplier<Path> applications, Supplier<Path> mimeapps, String fileName, String name, List<String> command) {
        this.applications = applications;
        this.mimeapps = mimeapps;
        this.fileName = fileName;
        this.name = name;
        this.command = List.copyOf(command);
    }

    /** The handler entry of {@code app}, started as its launcher (without this launch's {@code programArgs} arguments). */
    public static XdgSchemeHandler forApp(App app, int programArgs) {
        // resolved at each call: the app's folders are not known yet while plugins are set up
        Supplier<Path> applications = () -> app.directory(BaseDirectory.DATA)
                .orElse(Path.of(System.getProperty("user.home"), ".local/share")).resolve("applications");
        Supplier<Path> mimeapps = () -> app.directory(BaseDirectory.CONFIG)
                .orElse(Path.of(System.getProperty("user.home"), ".config")).resolve("mimeapps.list");
        HandlerCommand launcher = HandlerCommand.current(programArgs);
        String base = launcher.installedName() != null ? launcher.installedName() : app.config().identifier();
        String name = app.config().productName() != null ? app.config().productName() : base;
        return new XdgSchemeHandler(applications, mimeapps, base + "-handler.desktop", name, launcher.command());
    }

    Path file() {
        return applications.get().resolve(fileName);
    }

    @Override
    public void register(String scheme) throws IOException {
        String mime = mime(scheme);
        Files.createDirectories(applications.get());
        if (Files.exists(file())) {
            List<String> lines = new ArrayList<>(Files.readAllLines(file()));
            boolean found = false;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("MimeType=")) {
                    found = true;
                    if (!List.of(lines.get(i).substring(9).split(";")).contains(mime)) lines.set(i, "MimeType=" + mime + ";" + lines.get(i).substring(9));
                }
            }
            if (!found) lines.add("MimeType=" + mime + ";");
            Files.write(file(), lines, StandardCharsets.UTF_8);
        } else {
            Files.writeString(file(), "[Desktop Entry]\n"
                    + "Type=Application\n"
                    + "Name=" + HandlerCommand.escapeString(name) + "\n"
                    + "Exec=" + HandlerCommand.escapeString(HandlerCommand.quote(command)) + " %u\n"
                    + "Terminal=false\n"
                    + "MimeType=" + mime + ";\n"
                    + "NoDisplay=true\n", StandardCharsets.UTF_8);
        }
        run("update-desktop-database", applications.get().toString());
        run("xdg-mime", "default", fileName, mime);
    }

    @Override
    public void unregister(String scheme) throws IOException {
        String mime = mime(scheme);
        Path list = mimeapps.get();
        if (Files.exists(list)) {
            String key = mime + "=";
            List<String> kept = new ArrayList<>();
            boolean inDefaults = false;
            for (String line : Files.readAllLines(list)) {
                if (line.startsWith("[")) inDefaults = line.strip().equals("[Default Applications]");
                if (inDefaults && line.startsWith(key) && line.substring(key.length()).strip().equals(fileName)) continue;
                kept.add(line);
            }
            Files.write(list, kept, StandardCharsets.UTF_8);
        }
        // also off the handler's MimeType: otherwise the desktop's cache still names it as a handler, and xdg-mime answers it
        if (Files.exists(file())) {
            List<String> lines = new ArrayList<>(Files.readAllLines(file()));
            lines.replaceAll(l -> l.startsWith("MimeType=") ? "MimeType=" + String.join(";", java.util.Arrays.stream(
                    l.substring(9).split(";")).filter(m -> !m.isEmpty() && !m.equals(mime)).toList()) + ";" : l);
            lines.removeIf(l -> l.equals("MimeType=;"));
            Files.write(file(), lines, StandardCharsets.UTF_8);
            run("update-desktop-database", applications.get().toString());
        }
    }

    @Override
    public boolean isRegistered(String scheme) throws IOException {
        return run("xdg-mime", "query", "default", mime(scheme)).contains(fileName);
    }

    private static String mime(String scheme) {
        if (scheme == null || !scheme.matches("[A-Za-z][A-Za-z0-9+.-]*")) {
            throw new IllegalArgumentException("\"" + scheme + "\" is no URL scheme: letters, digits, + - ., a letter first, without ://");
        }
        return "x-scheme-handler/" + scheme;
    }

    /** Runs a desktop tool (xdg-utils, desktop-file-utils), failing with its output and the package to install. */
    private String run(String... command) throws IOException {
        Process p;
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            // the tools must look where this app writes, also when its folders come from elsewhere than the environment
            pb.environment().put("XDG_DATA_HOME", applications.get().getParent().toString());
            pb.environment().put("XDG_CONFIG_HOME", mimeapps.get().getParent().toString());
            p = pb.start();
        } catch (IOException e) {
            throw new IOException(command[0] + " is needed to register URL schemes. Fix: sudo apt-get install "
                    + (command[0].startsWith("xdg") ? "xdg-utils" : "desktop-file-utils"), e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (p.waitFor() != 0) throw new IOException(String.join(" ", command) + " failed (exit " + p.exitValue() + "): " + out.strip());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command[0], e);
        }
        return out;
    }
}
