package dev.tauri4j.build.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the frontend calls: the command names of {@code invoke("name", ...)} in its sources (with or without a type
 * argument, {@code invoke<string>("greet")}), and the {@code @tauri-apps/plugin-*} packages {@code package.json} needs.
 *
 * @param invoked the app command names invoked (plugin commands, {@code plugin:x|y}, left out)
 * @param npmPlugins the official plugins named by {@code @tauri-apps/plugin-<name>} dependencies
 */
record FrontendScan(Set<String> invoked, Set<String> npmPlugins) {

    private static final Pattern INVOKE = Pattern.compile(
            "\\binvoke\\s*(?:<(?:[^<>()]|<[^<>()]*>)*>)?\\s*\\(\\s*([\"'`])([A-Za-z0-9_:|\\-]+)\\1");
    private static final Set<String> SOURCE_EXTENSIONS = Set.of("ts", "tsx", "js", "jsx", "mjs", "mts", "vue", "svelte", "html");
    private static final Set<String> SKIPPED = Set.of("node_modules", "src-tauri", "dist", "build", "target", ".git",
            ".svelte-kit", ".next", ".nuxt", ".output", "java", "resources");

    static FrontendScan of(Path project) {
        Set<String> invoked = new TreeSet<>();
        try (Stream<Path> files = Files.walk(project)) {
            for (Path file : files.filter(f -> isSource(project, f)).toList()) {
                invoked.addAll(invokedIn(Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FrontendScan(invoked, npmPlugins(project.resolve("package.json")));
    }

    /** The app command names {@code invoke} calls in one source text. */
    static List<String> invokedIn(String text) {
        Matcher m = INVOKE.matcher(text);
        Set<String> names = new TreeSet<>();
        while (m.find()) {
            if (!m.group(2).startsWith("plugin:")) names.add(m.group(2));
        }
        return List.copyOf(names);
    }

    private static boolean isSource(Path project, Path file) {
        for (Path part : project.relativize(file)) {
            if (SKIPPED.contains(part.toString())) return false;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && SOURCE_EXTENSIONS.contains(name.substring(dot + 1)) && !name.equals("bindings.ts")
                && Files.isRegularFile(file);
    }

    private static Set<String> npmPlugins(Path packageJson) {
        Set<String> plugins = new TreeSet<>();
        if (!Files.isRegularFile(packageJson)) return plugins;
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(packageJson.toFile());
        } catch (IOException e) {
            throw new ImportException(packageJson + " is not valid JSON (" + e.getMessage().lines().findFirst().orElse("")
                    + "). Fix: correct it; the import reads its dependencies to find the Tauri plugins the frontend uses");
        }
        for (String section : List.of("dependencies", "devDependencies")) {
            for (Iterator<String> names = root.path(section).fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (name.startsWith("@tauri-apps/plugin-")) plugins.add(name.substring("@tauri-apps/plugin-".length()));
            }
        }
        return plugins;
    }
}
