package dev.tauri4j.plugins.autostart.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The autostart file as freedesktop's tools read it: desktop-file-validate accepts it, and its Exec gives back the command. */
class XdgAutostartTest {

    @TempDir Path config;

    private XdgAutostart entry(List<String> command) {
        return new XdgAutostart(() -> config.resolve("autostart").resolve(XdgAutostart.fileName("My App")), "My App", command);
    }

    @Test
    void enableWritesAValidEntryAndDisableRemovesIt() throws Exception {
        XdgAutostart entry = entry(List.of("/usr/bin/my-app", "--minimized"));
        assertThat(entry.isEnabled()).isFalse();
        entry.enable();
        Path file = config.resolve("autostart/My App.desktop");
        assertThat(entry.isEnabled()).isTrue();
        assertThat(Files.readString(file)).isEqualTo("""
                [Desktop Entry]
                Type=Application
                Version=1.0
                Name=My App
                Comment=My App startup script
                Exec=/usr/bin/my-app --minimized
                StartupNotify=false
                Terminal=false
                """);
        assertValid(file);
        entry.enable(); // again: rewritten, not an error
        entry.disable();
        assertThat(entry.isEnabled()).isFalse();
        assertThat(file).doesNotExist();
        entry.disable(); // nothing to remove: no error
    }

    @Test
    void argumentsWithReservedCharactersSurviveTheExecRules() throws Exception {
        List<String> command = List.of("/opt/my app/bin/java", "-Dx=a b", "quote\"d", "back\\slash", "$HOME", "100%", "", "`tick`");
        XdgAutostart entry = entry(command);
        entry.enable();
        assertValid(entry.file());
        String exec = Files.readAllLines(entry.file()).stream().filter(l -> l.startsWith("Exec=")).findFirst().orElseThrow();
        assertThat(unexec(exec.substring(5))).isEqualTo(command);
    }

    @Test
    void theInstalledCommandIsTheOneInBinWhenThePackagePutItThere(@TempDir Path root) throws Exception {
        Path appPath = Files.createDirectories(root.resolve("opt/my-app/bin")).resolve("my-app");
        Path bin = Files.createDirectories(root.resolve("usr/bin"));
        assertThat(Launcher.installed(appPath, bin)).isEqualTo(appPath);
        Path command = Files.createFile(bin.resolve("my-app"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        assertThat(Launcher.installed(appPath, bin)).isEqualTo(command);
    }

    @Test
    void inDevelopmentTheCommandIsThisJvmsCommandLine() {
        List<String> current = Launcher.current();
        assertThat(Path.of(current.getFirst())).isEqualTo(Path.of(ProcessHandle.current().info().command().orElseThrow()));
        assertThat(current).hasSizeGreaterThan(1);
    }

    /** desktop-file-validate (desktop-file-utils) finds no error nor warning. */
    static void assertValid(Path file) throws Exception {
        Process p = new ProcessBuilder("desktop-file-validate", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).isEmpty();
    }

    /** The spec's reading of an Exec value: string escapes first, then quoting, then %% (what a launcher does). */
    static List<String> unexec(String value) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char n = value.charAt(++i);
                s.append(switch (n) { case 'n' -> '\n'; case 't' -> '\t'; case 'r' -> '\r'; case 's' -> ' '; default -> n; });
            } else {
                s.append(c);
            }
        }
        List<String> args = new ArrayList<>();
        StringBuilder arg = null;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '\\') arg.append(s.charAt(++i));
                else if (c == '"') quoted = false;
                else arg.append(c);
            } else if (c == ' ') {
                if (arg != null) args.add(arg.toString().replace("%%", "%"));
                arg = null;
            } else {
                if (arg == null) arg = new StringBuilder();
                if (c == '"') quoted = true; else arg.append(c);
            }
        }
        if (arg != null) args.add(arg.toString().replace("%%", "%"));
        return args;
    }
}
