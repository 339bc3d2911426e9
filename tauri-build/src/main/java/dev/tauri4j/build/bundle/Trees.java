package dev.tauri4j.build.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Folder-tree chores: delete, measure, and pin timestamps. */
final class Trees {

    private Trees() {
    }

    /** Deletes {@code dir} and everything under it; nothing happens when it does not exist. */
    static void delete(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + dir, e);
        }
    }

    /** Deletes and recreates {@code dir}, so no file from an earlier build leaks into this one. */
    static Path fresh(Path dir) {
        delete(dir);
        return Tools.mkdirs(dir);
    }

    /** The sum of the sizes of the regular files under {@code path} (or the file's own size). */
    static long size(Path path) {
        try (Stream<Path> all = Files.walk(path)) {
            long total = 0;
            for (Path p : all.toList()) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) total += Files.size(p);
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets every file and folder under {@code dir} to {@code time}; children first, as writing them touches parents. */
    static void pinTimes(Path dir, Instant time) {
        FileTime t = FileTime.from(time);
        try (Stream<Path> all = Files.walk(dir)) {
            List<Path> paths = all.sorted(Comparator.reverseOrder()).toList();
            for (Path p : paths) {
                if (!Files.isSymbolicLink(p)) Files.setLastModifiedTime(p, t);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "12.3 MB" style, for logs. */
    static String mb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
