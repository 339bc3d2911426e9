package dev.tauri4j.build.assets;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Replaces files and folders in one step: the new content is written next to the old under a temporary name and
 * renamed into place, so a failed or interrupted build leaves the previous content, never half of the new.
 */
final class AtomicFiles {

    /** Fills a staging folder with the new content of a folder. */
    @FunctionalInterface
    interface Filler {
        void fill(Path staging) throws IOException;
    }

    private static final String STAGING = ".staging-";
    private static final String RETIRED = ".retired-";

    private AtomicFiles() {
    }

    /** Replaces {@code file} with {@code bytes}. */
    static void write(Path file, byte[] bytes) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + file.getFileName() + STAGING, "");
        try {
            Files.write(temp, bytes);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Replaces the folder {@code target} with what {@code filler} puts into a fresh staging folder beside it.
     * If the filler throws, {@code target} is untouched and the staging folder deleted.
     */
    static void replaceDirectory(Path target, Filler filler) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        // Leftovers of a build killed mid-copy would otherwise end up in the jar.
        deleteLeftovers(parent, name);
        Path staging = Files.createTempDirectory(parent, "." + name + STAGING);
        try {
            filler.fill(staging);
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(staging, e);
            throw e;
        }
        // A folder cannot be renamed over a non-empty one, so the old one steps aside first and comes back if
        // the new one cannot be moved in.
        Path retired = null;
        if (Files.exists(target)) {
            String suffix = staging.getFileName().toString().substring(("." + name + STAGING).length());
            retired = parent.resolve("." + name + RETIRED + suffix);
            Files.move(target, retired, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (retired != null) Files.move(retired, target, StandardCopyOption.ATOMIC_MOVE);
            deleteQuietly(staging, e);
            throw e;
        }
        if (retired != null) deleteTree(retired);
    }

    /** Deletes the folder {@code target} and everything in it, if it exists. */
    static void deleteDirectory(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        if (Files.isDirectory(parent)) deleteLeftovers(parent, target.getFileName().toString());
        if (Files.exists(target)) deleteTree(target);
    }

    private static void deleteLeftovers(Path parent, String name) throws IOException {
        try (DirectoryStream<Path> old = Files.newDirectoryStream(parent, "." + name + "{" + STAGING + "," + RETIRED + "}*")) {
            for (Path p : old) deleteTree(p);
        }
    }

    private static void deleteQuietly(Path root, Throwable failure) {
        try {
            deleteTree(root);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) throw e;
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
