package dev.tauri4j.config.capability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.config.ConfigException;
import dev.tauri4j.config.ConfigLoader;
import dev.tauri4j.config.JsonFields;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads capability files: {@code capabilities/*.json} next to the config, or the copies the build put in the app
 * jar under {@code tauri4j/capabilities/}. JSON only; a file holds one capability, a list of them, or
 * {@code {"capabilities": [...]}}, as in Tauri.
 */
public final class CapabilityFiles {

    /** The folder next to the config, and under {@code tauri4j/} in the jar. */
    public static final String FOLDER = "capabilities";

    private CapabilityFiles() {}

    /** The capabilities in {@code dir}/*.json, sorted by file name; none when the folder does not exist. */
    public static List<Capability> fromDirectory(Path dir, List<String> warnings) {
        if (!Files.isDirectory(dir)) return List.of();
        List<Capability> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!Files.isRegularFile(file)) continue;
                if (!name.endsWith(".json")) {
                    warnings.add(FOLDER + "/" + name + " is ignored: tauri4j reads capability files in JSON only "
                            + "(no TOML or JSON5 yet). Fix: rewrite it as " + FOLDER + "/" + stem(name) + ".json");
                    continue;
                }
                out.addAll(parse(Files.readString(file), FOLDER + "/" + name, warnings));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read capability files in " + dir, e);
        }
        return out;
    }

    /**
     * The capabilities under the resource folder {@code folder} (e.g. {@code tauri4j/capabilities}) as
     * {@code loader} sees it, from a classes directory or a jar.
     */
    public static List<Capability> fromClasspath(ClassLoader loader, String folder, List<String> warnings) {
        List<Capability> out = new ArrayList<>();
        for (String name : listJson(loader, folder)) {
            try (InputStream in = loader.getResourceAsStream(folder + "/" + name)) {
                if (in == null) continue;
                out.addAll(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), FOLDER + "/" + name, warnings));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + folder + "/" + name + " from the class path", e);
            }
        }
        return out;
    }

    /** The capabilities in one file's text; {@code source} names it in messages. */
    public static List<Capability> parse(String json, String source, List<String> warnings) {
        JsonNode root = ConfigLoader.parseJson(json, source);
        CapabilityReader reader = new CapabilityReader(source, warnings);
        List<Capability> out = new ArrayList<>();
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) out.add(reader.read(root.get(i), JsonFields.index("", i)));
        } else if (root.isObject() && root.has("capabilities") && !root.has("identifier")) {
            JsonNode list = root.get("capabilities");
            if (!list.isArray()) {
                throw new ConfigException(source, "capabilities", "capabilities must be an array of capability objects, found "
                        + JsonFields.describe(list) + ". Fix: {\"capabilities\": [{\"identifier\": \"default\", ...}]}");
            }
            for (int i = 0; i < list.size(); i++) out.add(reader.read(list.get(i), JsonFields.index("capabilities", i)));
        } else {
            out.add(reader.read(root, ""));
        }
        return out;
    }

    static List<String> listJson(ClassLoader loader, String folder) {
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> urls = loader.getResources(folder);
            while (urls.hasMoreElements()) names.addAll(ResourceFolder.names(urls.nextElement(), folder, folder));
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + folder + " on the class path: " + e.getMessage(), e);
        }
        return names.stream().filter(n -> n.endsWith(".json")).toList();
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
