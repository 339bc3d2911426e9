package dev.tauri4j.config.capability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runtime finds the capability files the build put into the app jar, and in a classes folder. */
class ClasspathCapabilitiesTest {

    private static final String CAP = "{\"identifier\": \"%s\", \"windows\": [\"main\"], \"permissions\": []}";

    @Test
    void filesInAJarAreListedAndRead(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "tauri4j/capabilities/", null);
            put(out, "tauri4j/capabilities/b.json", CAP.formatted("b"));
            put(out, "tauri4j/capabilities/a.json", CAP.formatted("a"));
            put(out, "tauri4j/capabilities/notes.txt", "not a capability");
            put(out, "tauri4j/capabilities/nested/c.json", CAP.formatted("c"));
            put(out, "tauri4j/assets/index.html", "<html>");
        }
        List<String> warnings = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            List<Capability> caps = CapabilityFiles.fromClasspath(loader, "tauri4j/capabilities", warnings);
            assertThat(caps).extracting(Capability::identifier).containsExactly("a", "b");
            assertThat(caps.getFirst().source()).isEqualTo("capabilities/a.json");
        }
    }

    @Test
    void filesInAClassesFolderAreListedAndRead(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("tauri4j/capabilities"));
        Files.writeString(folder.resolve("default.json"), CAP.formatted("default"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThat(CapabilityFiles.fromClasspath(loader, "tauri4j/capabilities", new ArrayList<>()))
                    .extracting(Capability::identifier).containsExactly("default");
            assertThat(CapabilityFiles.fromClasspath(loader, "tauri4j/none", new ArrayList<>())).isEmpty();
        }
    }

    private static void put(JarOutputStream out, String name, String text) throws Exception {
        out.putNextEntry(new JarEntry(name));
        if (text != null) out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
