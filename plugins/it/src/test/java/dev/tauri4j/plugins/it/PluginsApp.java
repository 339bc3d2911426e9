package dev.tauri4j.plugins.it;

import dev.tauri4j.Tauri;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.charset.StandardCharsets;
import dev.tauri4j.assets.ClasspathAssetSource;
import dev.tauri4j.plugin.Plugin;
import dev.tauri4j.plugin.PluginContext;
import dev.tauri4j.plugins.autostart.AutostartPlugin;
import dev.tauri4j.plugins.deeplink.DeepLink;
import dev.tauri4j.plugins.deeplink.DeepLinkPlugin;
import dev.tauri4j.plugins.singleinstance.SingleInstancePlugin;
import java.util.Map;
import dev.tauri4j.plugins.clipboard.ClipboardManagerPlugin;
import dev.tauri4j.plugins.dialog.DialogPlugin;
import dev.tauri4j.plugins.fs.FsPlugin;
import dev.tauri4j.plugins.globalshortcut.GlobalShortcut;
import dev.tauri4j.plugins.globalshortcut.GlobalShortcutPlugin;
import dev.tauri4j.plugins.http.HttpPlugin;
import dev.tauri4j.plugins.log.LogPlugin;
import dev.tauri4j.plugins.notification.NotificationPlugin;
import dev.tauri4j.plugins.opener.OpenerPlugin;
import dev.tauri4j.plugins.shell.ShellPlugin;
import dev.tauri4j.plugins.os.OsPlugin;
import dev.tauri4j.plugins.process.ProcessPlugin;
import dev.tauri4j.plugins.store.StorePlugin;
import dev.tauri4j.plugins.windowstate.WindowStatePlugin;

/** The app the plugins' real-window tests drive: the os, process, log, opener, dialog, http, store, fs, shell, clipboard-manager, deep-link, autostart, notification and global-shortcut plugins (single-instance with {@code -Dsingle.instance=true}, window-state with {@code -Dwindow.state=true}; with {@code -Dshortcut.java=<shortcut>} a Java listener of that global shortcut prints its events), and a witness of the exit path. */
public final class PluginsApp {

    private PluginsApp() {}

    /**
     * Prints the code every plugin's {@code onExit} gets, so a test sees that an exit took the app's exit path; with
     * {@code -Dwitness.file=<path>} it also appends each start (pid and command line) and exit to that file, and
     * its command {@code runs} answers how many starts the file holds.
     */
    static final class Witness implements Plugin {
        private final Path file = System.getProperty("witness.file") == null ? null : Path.of(System.getProperty("witness.file"));

        @Override
        public String name() {
            return "witness";
        }

        @Override
        public void setup(PluginContext context) throws IOException {
            if (file != null) {
                // the whole command line, NULs as spaces (the JDK's ProcessHandle.Info truncates it at 4096 bytes)
                String cmdline = new String(Files.readAllBytes(Path.of("/proc/self/cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
                record("start " + ProcessHandle.current().pid() + " [" + cmdline.strip() + "]");
            }
            context.commands().command("runs", () -> file == null ? 0 : Files.readAllLines(file).stream().filter(l -> l.startsWith("start ")).count());
        }

        @Override
        public void onExit(int code) {
            System.out.println("witness: onExit(" + code + ")");
            System.out.flush();
            try {
                record("exit " + ProcessHandle.current().pid() + " " + code);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void record(String line) throws IOException {
            if (file != null) Files.writeString(file, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    public static void main(String[] args) {
        var builder = Tauri.builder();
        if (Boolean.getBoolean("single.instance")) {
            // only where a test asks: other tests start several instances at once (a relaunch overlaps its parent)
            builder.plugin(new SingleInstancePlugin(args, (app, launch) -> {
                app.emit("second-launch", Map.of("args", launch.args(), "cwd", launch.cwd().toString()));
                DeepLink.of(app).handle(launch.args());
            }));
        }
        if (Boolean.getBoolean("window.state")) {
            // only where a test asks: the state file would otherwise carry one test's window into the next
            builder.plugin(WindowStatePlugin.builder().build());
        }
        builder
                .assets(new ClasspathAssetSource(PluginsApp.class.getClassLoader(), "plugins-e2e/assets"))
                .plugin(new OsPlugin())
                .plugin(new ProcessPlugin())
                .plugin(new LogPlugin())
                .plugin(new OpenerPlugin())
                .plugin(new DialogPlugin())
                .plugin(new HttpPlugin())
                .plugin(new StorePlugin())
                .plugin(new FsPlugin())
                .plugin(new ShellPlugin())
                .plugin(new NotificationPlugin())
                .plugin(new ClipboardManagerPlugin())
                .plugin(new DeepLinkPlugin(args))
                .plugin(new AutostartPlugin("--minimized", "--from autostart"))
                .plugin(new GlobalShortcutPlugin())
                .plugin(new Witness());
        String javaShortcut = System.getProperty("shortcut.java");
        if (javaShortcut != null) {
            builder.setup(app -> GlobalShortcut.of(app).register(javaShortcut, event -> {
                System.out.println("java-shortcut: " + event.state() + " " + event.shortcut() + " " + event.id());
                System.out.flush();
            }));
        }
        builder.run(args);
    }
}
