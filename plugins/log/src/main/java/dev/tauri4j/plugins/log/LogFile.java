package dev.tauri4j.plugins.log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A log file, {@code <dir>/<name>.log}, appended to line by line; rotated once when opened, as Tauri's plugin does
 * it: over the size limit it is deleted ({@code KEEP_ONE}) or renamed to {@code <name>_<yyyy-MM-dd_HH-mm-ss>.log}
 * ({@code KEEP_ALL}).
 */
final class LogFile implements AutoCloseable {

    private static final DateTimeFormatter ROTATED = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");

    private final Path path;
    private final Writer out;

    private LogFile(Path path, Writer out) {
        this.path = path;
        this.out = out;
    }

    /** Opens (and first rotates, if too big) {@code <dir>/<name>.log}, creating {@code dir}. */
    static LogFile open(Path dir, String name, LogSettings settings, ZonedDateTime now) {
        Path path = dir.resolve(name + ".log");
        try {
            Files.createDirectories(dir);
            if (Files.isRegularFile(path) && Files.size(path) > settings.maxFileSize()) rotate(path, dir, name, settings, now);
            return new LogFile(path, Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the log file " + path + ": " + e.getMessage()
                    + ". Fix: make the directory writable, or choose other plugins.log.targets", e);
        }
    }

    private static void rotate(Path path, Path dir, String name, LogSettings settings, ZonedDateTime now) throws IOException {
        if (settings.rotation() == LogSettings.Rotation.KEEP_ONE) {
            Files.delete(path);
            return;
        }
        Path to = dir.resolve(name + "_" + ROTATED.format(now) + ".log");
        if (Files.exists(to)) Files.move(to, to.resolveSibling(to.getFileName() + ".bak"), StandardCopyOption.REPLACE_EXISTING);
        Files.move(path, to);
    }

    /** The file's path. */
    Path path() {
        return path;
    }

    /** Appends {@code line} and a newline, flushed so that a crash loses nothing written before it. */
    synchronized void write(String line) {
        try {
            out.write(line);
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write to the log file " + path, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException ignored) {
            // the app is exiting; the lines were flushed as they were written
        }
    }
}
