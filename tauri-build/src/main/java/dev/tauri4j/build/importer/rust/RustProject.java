package dev.tauri4j.build.importer.rust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Rust side of a Tauri project: every {@code .rs} file under {@code src-tauri/src}, read with
 * {@link RustSourceReader}, and the {@code tauri-plugin-*} crates {@code Cargo.toml} depends on.
 *
 * @param commands the {@code #[tauri::command]} functions of all files
 * @param structs  all structs
 * @param enums    all enums
 * @param handlers the paths of every {@code generate_handler!} list; empty when there is none
 * @param usages   plugins (from the code and from Cargo.toml), trays, menus, setup code, managed state
 */
public record RustProject(List<RustCommand> commands, List<RustStruct> structs, List<RustEnum> enums,
        List<String> handlers, List<RustUsage> usages) {

    private static final Pattern PLUGIN_DEPENDENCY = Pattern.compile("(?m)^\\s*tauri-plugin-([a-z0-9-]+)\\s*=");

    /**
     * Reads the crate in {@code srcTauri}.
     *
     * @param project  the Tauri project's root, locations are relative to it
     * @param srcTauri its {@code src-tauri} folder
     * @throws IllegalArgumentException naming the file and line of Rust the lexer cannot read
     */
    public static RustProject read(Path project, Path srcTauri) {
        List<RustCommand> commands = new ArrayList<>();
        List<RustStruct> structs = new ArrayList<>();
        List<RustEnum> enums = new ArrayList<>();
        List<String> handlers = new ArrayList<>();
        List<RustUsage> usages = new ArrayList<>();
        Path src = srcTauri.resolve("src");
        if (Files.isDirectory(src)) {
            for (Path file : rustFiles(src)) {
                String relative = project.relativize(file).toString().replace('\\', '/');
                RustFile read;
                try {
                    read = RustSourceReader.read(Files.readString(file, StandardCharsets.UTF_8), relative, module(src, file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(relative + ", " + e.getMessage(), e);
                }
                commands.addAll(read.commands());
                structs.addAll(read.structs());
                enums.addAll(read.enums());
                handlers.addAll(read.handlers());
                usages.addAll(read.usages());
            }
        }
        Path cargo = srcTauri.resolve("Cargo.toml");
        if (Files.isRegularFile(cargo)) {
            try {
                List<String> lines = Files.readAllLines(cargo, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = PLUGIN_DEPENDENCY.matcher(lines.get(i));
                    if (!m.find()) continue;
                    String plugin = m.group(1);
                    if (usages.stream().noneMatch(u -> u.kind() == RustUsage.Kind.PLUGIN && u.name().equals(plugin))) {
                        usages.add(new RustUsage(RustUsage.Kind.PLUGIN, plugin, project.relativize(cargo).toString(), i + 1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new RustProject(commands, structs, enums, handlers, usages);
    }

    private static List<Path> rustFiles(Path src) {
        try (Stream<Path> files = Files.walk(src)) {
            return files.filter(f -> f.toString().endsWith(".rs") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code src/lib.rs} and {@code src/main.rs}: the root; {@code src/a/b.rs} and {@code src/a/b/mod.rs}: {@code a::b}. */
    static String module(Path src, Path file) {
        List<String> parts = new ArrayList<>();
        for (Path part : src.relativize(file)) parts.add(part.toString());
        String last = parts.removeLast().replaceFirst("\\.rs$", "");
        if (!(parts.isEmpty() && (last.equals("lib") || last.equals("main"))) && !last.equals("mod")) parts.add(last);
        return String.join("::", parts);
    }
}
