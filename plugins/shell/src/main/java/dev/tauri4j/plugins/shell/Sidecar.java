package dev.tauri4j.plugins.shell;

import dev.tauri4j.CommandException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * {@code Command.sidecar(program)} as Tauri runs it: {@code program} must be a {@code bundle.externalBin} entry (as
 * written, or without its extension), the shell scope must allow it by that name with {@code "sidecar": true}, and
 * what runs is that entry's binary where the app keeps it ({@code App.externalBinary}: next to the launcher in a
 * bundle, the project's {@code <entry>-<target triple>} when run from a class path).
 */
final class Sidecar {

    private Sidecar() {}

    /** The {@code bundle.externalBin} entry {@code program} names, or Tauri's "sidecar not configured" error and the fix. */
    static String entry(List<String> externalBin, String program) {
        String withoutExtension = program.replaceFirst("\\.[^./\\\\]*$", "");
        return externalBin.stream().filter(b -> b.equals(program) || b.equals(withoutExtension)).findFirst()
                .orElseThrow(() -> new CommandException("SIDECAR_NOT_ALLOWED",
                        "sidecar not configured under `tauri.conf.json > bundle > externalBin`: " + program + ". Fix: add \""
                                + program + "\" to bundle.externalBin, with the binary in the project as " + program
                                + "-<target triple> (e.g. " + program + "-x86_64-unknown-linux-gnu) next to tauri.conf.json"));
    }

    /**
     * What the scope allowed, now with the entry's binary as the program.
     *
     * @param locate the app's {@code externalBinary}
     */
    static ShellScope.Prepared resolve(String entry, ShellScope.Prepared scoped, Function<String, Path> locate) {
        Path binary;
        try {
            binary = locate.apply(entry);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CommandException("SIDECAR_NOT_FOUND", e.getMessage());
        }
        if (!Files.isRegularFile(binary)) {
            throw new CommandException("SIDECAR_NOT_FOUND", "sidecar " + entry + " not found: " + binary + " does not exist. Fix: "
                    + fix(entry, binary));
        }
        if (!Files.isExecutable(binary)) {
            throw new CommandException("SIDECAR_NOT_FOUND", "sidecar " + entry + " at " + binary + " is not executable. Fix: chmod +x "
                    + binary + " (tauri:bundle makes the bundle's copy executable)");
        }
        return new ShellScope.Prepared(binary.toString(), scoped.args());
    }

    // Run from a class path the path ends in the triple: the project lacks the file. In a bundle it lacks the copy.
    private static String fix(String entry, Path binary) {
        if (!binary.getFileName().toString().equals(Path.of(entry).getFileName().toString())) {
            return "put this machine's build of the binary there (Tauri's naming: " + entry + "-<target triple>, relative to tauri.conf.json)";
        }
        return "bundle the app again with tauri:bundle, which copies each bundle.externalBin binary next to the launcher";
    }
}
