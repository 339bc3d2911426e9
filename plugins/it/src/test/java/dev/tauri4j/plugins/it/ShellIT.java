package dev.tauri4j.plugins.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.test.AppLauncher;
import dev.tauri4j.test.TauriDriver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The shell plugin in a real window through the unchanged {@code @tauri-apps/plugin-shell}: programs by scope entry
 * name, validators, streaming, stdin and kill, sidecars ({@code Command.sidecar} with {@code bundle.externalBin}),
 * {@code open} through a stand-in {@code xdg-open}, and a bare window.
 */
class ShellIT {

    private static final Path CONFIG = Path.of("target/test-classes/plugins-shell/tauri.conf.json").toAbsolutePath();
    private static Path dir;
    private static TauriDriver app;

    @BeforeAll
    static void launch() throws Exception {
        dir = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()), "shell-it");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path xdgOpen = bin.resolve("xdg-open");
        Files.writeString(xdgOpen, "#!/bin/sh\necho \"xdg-open $1\" >> '" + dir.resolve("calls.txt") + "'\n");
        Files.setPosixFilePermissions(xdgOpen, PosixFilePermissions.fromString("rwxr-xr-x"));
        // the project's sidecars as Tauri keeps them, <entry>-<target triple> beside the config (made here: a test
        // resource would lose its x bit when copied, and the triple is the machine's)
        for (String sidecar : List.of("greeter", "ungranted")) {
            Path file = Files.createDirectories(CONFIG.resolveSibling("binaries"))
                    .resolve(sidecar + "-" + dev.tauri4j.config.TargetTriple.current());
            Files.writeString(file, "#!/bin/sh\necho \"" + sidecar + " $* from ${0##*/}\"\necho warm >&2\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        app = PluginsIT.start(AppLauncher.mainClass(PluginsApp.class).jvmArgs("-Dtauri.config=" + CONFIG)
                .env("PATH", bin + ":" + System.getenv("PATH")));
    }

    @AfterAll
    static void close() {
        if (app != null) {
            System.out.println("---- app log ----\n" + app.appLog());
            app.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> value(Map<String, Object> settled) {
        assertThat(settled).as("settled: %s", settled).containsEntry("ok", true);
        return (Map<String, Object>) settled.get("value");
    }

    @Test
    void executeRunsTheScopeEntrysCmdAndAnswersItsOutput() {
        Map<String, Object> r = value(app.settle("window.shellApi.Command.create('echo-hi', ['hi', 'ann']).execute()"));
        assertThat(r).containsEntry("code", 0L).containsEntry("stdout", "hi ann\n").containsEntry("stderr", "");
        Map<String, Object> env = value(app.settle("window.shellApi.Command.create('env', ['-c', 'echo \"$GREETING\" from $(pwd)'],"
                + " {cwd: '/tmp', env: {GREETING: 'hello'}}).execute()"));
        assertThat(env).containsEntry("stdout", "hello from /tmp\n");
    }

    @Test
    void anArgumentTheValidatorRefusesAndAProgramOutsideTheScopeAreRefused() {
        Map<String, Object> bad = app.settle("window.shellApi.Command.create('echo-hi', ['hi', 'ann; id']).execute()");
        assertThat(bad).containsEntry("ok", false);
        assertThat((String) bad.get("error")).contains("program not allowed on the configured shell scope: echo-hi")
                .contains("Scoped command argument at position 1 was found, but failed regex validation \\w+");
        for (String program : List.of("/bin/echo", "sh", "cat")) {
            Map<String, Object> r = app.settle("window.shellApi.Command.create('" + program + "', []).execute()");
            assertThat(r).as(program).containsEntry("ok", false);
            assertThat((String) r.get("error")).contains("program not allowed on the configured shell scope: " + program);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void spawnStreamsStdoutAndStderrLinesThenTerminated() {
        Map<String, Object> r = value(app.settle("""
                new Promise((resolve, reject) => {
                  const events = [];
                  const cmd = window.shellApi.Command.create('lines', ['-c', 'echo one; echo two >&2; echo three; exit 4']);
                  cmd.stdout.on('data', line => events.push('out:' + line));
                  cmd.stderr.on('data', line => events.push('err:' + line));
                  cmd.on('close', payload => resolve({events, payload}));
                  cmd.on('error', reject);
                  cmd.spawn().then(child => { if (typeof child.pid !== 'number') reject('no pid: ' + child.pid); }, reject);
                })"""));
        assertThat((List<String>) r.get("events")).containsSubsequence("out:one\n", "out:three\n").contains("err:two\n").hasSize(3);
        assertThat((Map<String, Object>) r.get("payload")).containsEntry("code", 4L).containsEntry("signal", null);
    }

    /** A Uint8Array nested in the arguments travels as Tauri sends it, an array of numbers, so stdin_write gets the bytes. */
    @Test
    @SuppressWarnings("unchecked")
    void stdinWriteOfTextAndBytesReachesCatAndKillEndsIt() {
        Map<String, Object> r = value(app.settle("""
                new Promise((resolve, reject) => {
                  const cmd = window.shellApi.Command.create('cat');
                  let child;
                  const lines = [];
                  cmd.stdout.on('data', line => {
                    lines.push(line);
                    if (line === 'ping\\n') child.write(new TextEncoder().encode('pong\\n')).catch(reject);
                    if (line === 'pong\\n') child.kill().catch(reject);
                  });
                  cmd.on('close', payload => resolve({lines, payload}));
                  cmd.spawn().then(c => { child = c; return c.write('ping\\n'); }).catch(reject);
                })"""));
        assertThat((List<String>) r.get("lines")).containsExactly("ping\n", "pong\n");
        assertThat((Map<String, Object>) r.get("payload")).containsEntry("signal", 9L).containsEntry("code", null);
    }

    @Test
    void commandSidecarRunsTheProjectsTripleSuffixedBinaryBesideTheConfig() {
        Map<String, Object> r = value(app.settle("window.shellApi.Command.sidecar('binaries/greeter', ['ann']).execute()"));
        assertThat(r).containsEntry("code", 0L).containsEntry("stderr", "warm\n")
                .containsEntry("stdout", "greeter ann from greeter-" + dev.tauri4j.config.TargetTriple.current() + "\n");
        Map<String, Object> bad = app.settle("window.shellApi.Command.sidecar('binaries/greeter', ['a b']).execute()");
        assertThat(bad).containsEntry("ok", false);
        assertThat((String) bad.get("error")).startsWith("Scoped command argument at position 0 was found, but failed regex validation \\w+");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSpawnedSidecarStreamsItsOutput() {
        Map<String, Object> r = value(app.settle("""
                new Promise((resolve, reject) => {
                  const lines = [];
                  const cmd = window.shellApi.Command.sidecar('binaries/greeter', ['bob', 'and', 'eve']);
                  cmd.stdout.on('data', line => lines.push(line));
                  cmd.on('close', payload => resolve({lines, payload}));
                  cmd.on('error', reject);
                  cmd.spawn().catch(reject);
                })"""));
        assertThat((List<String>) r.get("lines")).singleElement().asString().startsWith("greeter bob and eve from greeter-");
        assertThat((Map<String, Object>) r.get("payload")).containsEntry("code", 0L);
    }

    @Test
    void aSidecarTheScopeDoesNotGrantOrExternalBinDoesNotListIsRefused() {
        Map<String, Object> ungranted = app.settle("window.shellApi.Command.sidecar('binaries/ungranted').execute()");
        assertThat(ungranted).containsEntry("ok", false);
        assertThat((String) ungranted.get("error")).startsWith("Scoped command binaries/ungranted not found")
                .contains("{\"name\": \"binaries/ungranted\", \"sidecar\": true, \"args\": ...}").contains("shell:allow-execute");
        Map<String, Object> unlisted = app.settle("window.shellApi.Command.sidecar('binaries/other').execute()");
        assertThat((String) unlisted.get("error")).startsWith("sidecar not configured under `tauri.conf.json > bundle > externalBin`: binaries/other");
        Map<String, Object> asProgram = app.settle("window.shellApi.Command.create('binaries/greeter', ['ann']).execute()");
        assertThat((String) asProgram.get("error")).contains("program not allowed on the configured shell scope: binaries/greeter")
                .contains("call Command.sidecar");
        Map<String, Object> absent = app.settle("window.shellApi.Command.sidecar('binaries/absent').execute()");
        assertThat((String) absent.get("error")).contains("sidecar binaries/absent not found")
                .contains("binaries/absent-" + dev.tauri4j.config.TargetTriple.current() + " does not exist");
    }

    @Test
    void openHandsAnHttpsUrlToTheDesktopAndRefusesAFileUrl() throws Exception {
        assertThat(app.settle("window.shellApi.open('https://example.com/shell')")).containsEntry("ok", true);
        Path calls = dir.resolve("calls.txt");
        new WebDriverWait(app.driver(), Duration.ofSeconds(10))
                .until(d -> Files.exists(calls) && readLines(calls).contains("xdg-open https://example.com/shell"));
        Map<String, Object> r = app.settle("window.shellApi.open('file:///etc/passwd')");
        assertThat(r).containsEntry("ok", false);
        assertThat((String) r.get("error")).contains("failed regex validation");
    }

    @Test
    void inAWindowWithoutTheShellsPermissionsExecuteIsDenied() {
        PluginsIT.inBareWindow(app, () -> {
            Map<String, Object> r = app.settle("window.shellApi.Command.create('echo-hi', ['hi', 'bare']).execute()");
            assertThat(r).containsEntry("ok", false);
            assertThat((String) r.get("error")).contains("plugin:shell|execute").contains("\"shell:allow-execute\"");
            Map<String, Object> sidecar = app.settle("window.shellApi.Command.sidecar('binaries/greeter', ['bare']).execute()");
            assertThat((String) sidecar.get("error")).contains("plugin:shell|execute").contains("\"shell:allow-execute\"");
        });
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
