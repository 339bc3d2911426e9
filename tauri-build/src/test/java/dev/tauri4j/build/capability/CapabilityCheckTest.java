package dev.tauri4j.build.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.build.BuildLog;
import dev.tauri4j.config.ConfigException;
import dev.tauri4j.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CapabilityCheckTest {

    @TempDir
    Path project;
    private Path config;
    private Path classes;
    private final List<String> lines = new ArrayList<>();
    private final BuildLog log = new BuildLog() {
        @Override public void info(String message) { lines.add("INFO " + message); }
        @Override public void warn(String message) { lines.add("WARN " + message); }
        @Override public void debug(String message) {}
    };

    @BeforeEach
    void files() throws IOException {
        config = Files.writeString(project.resolve("tauri.conf.json"), "{\"identifier\": \"com.example.app\"}");
        classes = Files.createDirectories(project.resolve("target/classes"));
        Files.createDirectories(project.resolve("capabilities"));
    }

    private void capability(String json) throws IOException {
        Files.writeString(project.resolve("capabilities/default.json"), json);
    }

    private void check() throws IOException {
        new CapabilityCheck(log).check(ConfigLoader.load(config), config, classes);
    }

    @Test
    void aWrongCorePermissionFailsWithFileKeyAndFix() throws IOException {
        capability("{\"identifier\": \"default\", \"windows\": [\"main\"], \"permissions\": [\"core:default\", \"core:window:allow-set-titel\"]}");
        assertThatThrownBy(this::check).isInstanceOf(ConfigException.class)
                .hasMessage("capabilities/default.json: permissions[1] \"core:window:allow-set-titel\" is not a permission tauri4j knows. "
                        + "Fix: did you mean \"core:window:allow-set-title\"?");
    }

    @Test
    void appCommandPermissionsAreUncheckedWithoutTheProcessorsList() throws IOException {
        capability("{\"identifier\": \"default\", \"windows\": [\"main\"], \"permissions\": [\"core:default\", \"allow-anything\"]}");
        check();
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("1 active [default]").contains("app-command permissions unchecked"));
    }

    @Test
    void appCommandPermissionsAreCheckedAgainstTheProcessorsList() throws IOException {
        Files.createDirectories(classes.resolve("tauri4j"));
        Files.writeString(classes.resolve(CapabilityCheck.COMMANDS), "{\"commands\": [{\"name\": \"greet\"}, {\"name\": \"get_data\"}]}");
        capability("{\"identifier\": \"default\", \"windows\": [\"main\"], \"permissions\": [\"allow-greet\", \"allow-get-data\"]}");
        check();
        capability("{\"identifier\": \"default\", \"windows\": [\"main\"], \"permissions\": [\"allow-gret\"]}");
        assertThatThrownBy(this::check).hasMessageContaining("permissions[0] \"allow-gret\"").hasMessageContaining("did you mean \"allow-greet\"?");
    }

    @Test
    void anInlineCapabilityIsCheckedToo() throws IOException {
        Files.writeString(config, "{\"identifier\": \"com.example.app\", \"app\": {\"security\": {\"capabilities\": "
                + "[{\"identifier\": \"x\", \"windows\": [\"main\"], \"permissions\": [\"dialog:default\"]}]}}}");
        assertThatThrownBy(this::check).hasMessageContaining("tauri.conf.json: app.security.capabilities[0].permissions[0] \"dialog:default\"")
                .hasMessageContaining("The app has no plugin \"dialog\"");
    }

    private Path pluginJar() throws IOException {
        Path jar = project.resolve("echo.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            String dir = "META-INF/tauri4j/plugins/echo/";
            out.putNextEntry(new java.util.jar.JarEntry(dir + "plugin.json"));
            out.write("{\"commands\": [\"echo\", \"count\"]}".getBytes());
            out.putNextEntry(new java.util.jar.JarEntry(dir + "permissions/default.json"));
            out.write("{\"default\": {\"permissions\": [\"allow-echo\"]}}".getBytes());
        }
        return jar;
    }

    @Test
    void pluginPermissionsComeFromThePluginJarsOnTheClassPath() throws IOException {
        Path jar = pluginJar();
        capability("{\"identifier\": \"default\", \"windows\": [\"main\"], \"permissions\": [\"echo:default\", \"echo:deny-count\"]}");
        var set = new CapabilityCheck(log).check(ConfigLoader.load(config), config, classes, List.of(jar));
        assertThat(set.active().getFirst().allow()).containsExactly("plugin:echo|echo");
        capability("{\"identifier\": \"default\", \"windows\": [\"main\"], \"permissions\": [\"echo:allow-nope\"]}");
        assertThatThrownBy(() -> new CapabilityCheck(log).check(ConfigLoader.load(config), config, classes, List.of(jar)))
                .hasMessageContaining("\"echo:allow-nope\" is not a permission").hasMessageContaining("echo:allow-count");
        capability("{\"identifier\": \"default\", \"windows\": [\"main\"], \"permissions\": [\"echo:default\"]}");
        assertThatThrownBy(this::check).hasMessageContaining("The app has no plugin \"echo\"")
                .hasMessageContaining("no jar on the project's runtime class path has META-INF/tauri4j/plugins/echo/");
    }

    private Path fsJar() throws IOException {
        Path jar = project.resolve("fs.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            String dir = "META-INF/tauri4j/plugins/fs/";
            out.putNextEntry(new java.util.jar.JarEntry(dir + "plugin.json"));
            out.write("{\"commands\": [\"read_text_file\"]}".getBytes());
            out.putNextEntry(new java.util.jar.JarEntry(dir + "permissions/default.json"));
            out.write("{\"permission\": [{\"identifier\": \"scope-home\", \"scope\": {\"allow\": [\"$HOME/**\"]}}, {\"identifier\": \"scope\"}]}".getBytes());
        }
        return jar;
    }

    private void checkWith(Path jar) throws IOException {
        new CapabilityCheck(log).check(ConfigLoader.load(config), config, classes, List.of(jar));
    }

    @Test
    void aWrongFsScopeEntryFailsWithFileJsonPathAndFix() throws IOException {
        Path jar = fsJar();
        capability("{\"identifier\": \"default\", \"windows\": [\"main\"], \"permissions\": [{\"identifier\": \"fs:allow-read-text-file\", "
                + "\"allow\": [{\"path\": \"$APPDATA/**\"}, \"$DOCUMENT/*.txt\"]}, {\"identifier\": \"fs:scope\", \"deny\": [\"$HOME/.ssh/**\"]}]}");
        checkWith(jar);
        capability("{\"identifier\": \"default\", \"windows\": [\"main\"], \"permissions\": [{\"identifier\": \"fs:allow-read-text-file\", "
                + "\"allow\": [{\"path\": \"$APPDATA/**\"}, {\"paht\": \"$HOME/**\"}]}]}");
        assertThatThrownBy(() -> checkWith(jar)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("capabilities/default.json").hasMessageContaining("permissions[0].allow[1]")
                .hasMessageContaining("Fix: write e.g. \"$APPDATA/**\" or {\"path\": \"$APPDATA/**\"}");
        capability("{\"identifier\": \"default\", \"windows\": [\"main\"], \"permissions\": [{\"identifier\": \"fs:scope\", "
                + "\"allow\": [\"$APPDAT/**\"]}]}");
        assertThatThrownBy(() -> checkWith(jar)).hasMessageContaining("capabilities/default.json").hasMessageContaining("permissions[0].allow[0]")
                .hasMessageContaining("did you mean $APPDATA?");
    }
}
