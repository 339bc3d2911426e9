package dev.tauri4j.plugins.autostart.linux;

import dev.tauri4j.App;
import dev.tauri4j.config.scope.BaseDirectory;
import dev.tauri4j.plugins.autostart.AutostartEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The XDG autostart entry {@code $XDG_CONFIG_HOME/autostart/<productName>.desktop} (freedesktop's Desktop Application
 * Autostart Specification), the file Tauri's plugin (through the auto-launch crate) writes: the desktop starts its
 * {@code Exec} at login. Enabled means the file exists, as there.
 */
public final class XdgAutostart implements AutostartEntry {

    private final Supplier<Path> file;
    private final String name;
    private final List<String> command;

    XdgAutostart(Supplier<Path> file, String name, List<String> command) {
        this.file = file;
        this.name = name;
        this.command = List.copyOf(command);
    }

    /** The entry of {@code app}, started as its launcher with {@code args}. */
    public static XdgAutostart forApp(App app, List<String> args) {
        String name = app.config().productName() != null ? app.config().productName() : app.config().identifier();
        List<String> command = new ArrayList<>(Launcher.current());
        command.addAll(args);
        // resolved at each call: the app's folders are not known yet while plugins are set up
        Supplier<Path> file = () -> app.directory(BaseDirectory.CONFIG).orElseThrow(() ->
                new IllegalStateException("no config folder for the autostart entry. Fix: set XDG_CONFIG_HOME or HOME"))
                .resolve("autostart").resolve(fileName(name));
        return new XdgAutostart(file, name, command);
    }

    /** The product name as a file name: a {@code /} cannot be in one. */
    static String fileName(String name) {
        return name.replace('/', '-') + ".desktop";
    }

    Path file() {
        return file.get();
    }

    @Override
    public void enable() throws IOException {
        Path file = file();
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), ".autostart", ".tmp");
        Files.writeString(tmp, render(), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void disable() throws IOException {
        Files.deleteIfExists(file());
    }

    @Override
    public boolean isEnabled() {
        return Files.exists(file());
    }

    /** The entry's text, in auto-launch's layout. */
    String render() {
        String title = DesktopExec.escapeString(name);
        return "[Desktop Entry]\n"
                + "Type=Application\n"
                + "Version=1.0\n"
                + "Name=" + title + "\n"
                + "Comment=" + title + " startup script\n"
                + "Exec=" + DesktopExec.escapeString(DesktopExec.quote(command)) + "\n"
                + "StartupNotify=false\n"
                + "Terminal=false\n";
    }
}
