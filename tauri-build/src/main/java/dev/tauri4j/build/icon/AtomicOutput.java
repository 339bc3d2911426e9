package dev.tauri4j.build.icon;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a set of files into a folder so that a failure leaves the old files as they were.
 *
 * <p>Every file is first written in full to a hidden staging folder inside the output folder (same
 * file system, so the final moves are renames); only when all are there do they replace the outputs.
 */
final class AtomicOutput {

    private AtomicOutput() {
    }

    /** Writes {@code files} (name to content) into {@code dir}, creating it if needed; returns the paths written. */
    static List<Path> writeAll(Path dir, Map<String, byte[]> files) {
        createFolder(dir);
        for (String name : files.keySet()) {
            Path target = dir.resolve(name);
            if (Files.isDirectory(target)) {
                // checked up front: a move failing halfway would leave a mix of old and new icons
                throw new IconException(target, target + " is a folder, so the icon cannot be written there. "
                        + "Fix: remove or rename that folder");
            }
        }
        Path staging;
        try {
            staging = Files.createTempDirectory(dir, ".tauri-icon-");
        } catch (IOException e) {
            throw cannotWrite(dir, e);
        }
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path staged = staging.resolve(file.getKey());
                try {
                    Files.write(staged, file.getValue());
                } catch (IOException e) {
                    throw cannotWrite(dir.resolve(file.getKey()), e);
                }
            }
            List<Path> written = new ArrayList<>();
            for (String name : files.keySet()) {
                Path target = dir.resolve(name);
                move(staging.resolve(name), target);
                written.add(target);
            }
            return written;
        } finally {
            deleteQuietly(staging);
        }
    }

    private static void createFolder(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new IconException(dir, dir + " is a file, not a folder, so the icons cannot be written into it. "
                    + "Fix: choose another output folder or remove that file", e);
        } catch (IOException e) {
            throw cannotWrite(dir, e);
        }
    }

    private static void move(Path staged, Path target) {
        try {
            try {
                Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
    }

    private static IconException cannotWrite(Path file, IOException e) {
        return new IconException(file, file + " cannot be written (" + e + "). "
                + "Fix: check that the output folder is writable and the disk is not full", e);
    }

    /** Best effort: a leftover staging folder is hidden and harmless, and must not mask the real error. */
    private static void deleteQuietly(Path staging) {
        try (Stream<Path> paths = Files.walk(staging)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | RuntimeException e) {
            // nothing else to do; see the javadoc
        }
    }
}
