package dev.tauri4j.build.frontend;

import dev.tauri4j.build.BuildLog;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * Places the {@code bindings.ts} that tauri4j's annotation processor wrote among the classes into the frontend's
 * sources. It is only rewritten when its content changed, so that a dev server (Vite) does not reload for nothing.
 */
public final class BindingsFile {

    /** Where the processor writes it, relative to the classes folder. */
    public static final String RESOURCE = "tauri4j/bindings.ts";

    /** What {@link #place} did. */
    public enum Outcome {
        /** The file was created or its content replaced. */
        WRITTEN,
        /** The file already had this content; it was not touched. */
        UNCHANGED,
        /** Nothing to place: no {@code @Command} methods, or no frontend {@code src} folder for the default target. */
        NONE
    }

    private BindingsFile() {}

    /** The default target: {@code src/bindings.ts} in the frontend project, next to the code that imports it. */
    public static Path defaultTarget(Path frontendDir) {
        return frontendDir.resolve("src").resolve("bindings.ts");
    }

    /**
     * Copies {@code classesDir/tauri4j/bindings.ts} to {@code target}, or to {@link #defaultTarget} when
     * {@code target} is null, in which case a frontend without a {@code src} folder is left alone.
     */
    public static Outcome place(Path classesDir, Path frontendDir, Path target, BuildLog log) throws IOException {
        Path generated = classesDir.resolve(RESOURCE);
        if (!Files.isRegularFile(generated)) {
            log.debug("No " + RESOURCE + " in " + classesDir + " (no @Command methods): nothing to place");
            return Outcome.NONE;
        }
        Path file = target;
        if (file == null) {
            file = defaultTarget(frontendDir);
            if (!Files.isDirectory(file.getParent())) {
                log.info("Generated bindings not copied: " + file.getParent() + " does not exist. Set <bindingsFile> (or"
                        + " -Dtauri.bindingsFile) to where your frontend imports it from, or -Dtauri.bindings.skip to silence this");
                return Outcome.NONE;
            }
        }
        byte[] content = Files.readAllBytes(generated);
        if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), content)) {
            log.debug("Bindings unchanged: " + file);
            return Outcome.UNCHANGED;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path staging = file.resolveSibling("." + file.getFileName() + ".tauri4j-tmp");
        Files.write(staging, content);
        try {
            Files.move(staging, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staging, file, StandardCopyOption.REPLACE_EXISTING);
        }
        log.info("Wrote the TypeScript bindings of the @Command methods to " + file);
        return Outcome.WRITTEN;
    }
}
