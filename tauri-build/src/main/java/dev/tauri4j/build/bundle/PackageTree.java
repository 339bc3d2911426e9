package dev.tauri4j.build.bundle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The files a Linux package installs, in the order an archive lists them (each folder before what it holds).
 *
 * @param entries every folder, file and link, relative to / without a leading slash
 * @param owned   the paths this package alone owns, whole folders included (rpm's %files)
 */
record PackageTree(List<Entry> entries, List<String> owned) {

    PackageTree {
        entries = List.copyOf(entries);
        owned = List.copyOf(owned);
    }

    enum Type { DIR, FILE, SYMLINK }

    /**
     * One entry.
     *
     * @param path       e.g. "usr/bin/hello" (no leading "./", no trailing "/")
     * @param type       folder, file or symbolic link
     * @param mode       permission bits, e.g. 0755
     * @param mtime      modification time in seconds since the epoch
     * @param source     where a file's bytes come from, or null when {@code content} holds them
     * @param content    generated file bytes, or null
     * @param linkTarget a link's target, or null
     */
    record Entry(String path, Type type, int mode, long mtime, Path source, byte[] content, String linkTarget) {

        Entry {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(type, "type");
        }

        static Entry dir(String path, long mtime) {
            return new Entry(path, Type.DIR, 0755, mtime, null, null, null);
        }

        static Entry file(String path, int mode, long mtime, Path source) {
            return new Entry(path, Type.FILE, mode, mtime, source, null, null);
        }

        static Entry generated(String path, int mode, long mtime, byte[] content) {
            return new Entry(path, Type.FILE, mode, mtime, null, content, null);
        }

        static Entry link(String path, long mtime, String target) {
            return new Entry(path, Type.SYMLINK, 0777, mtime, null, null, target);
        }

        /** A file's size in bytes; 0 for folders and links. */
        long size() {
            if (type != Type.FILE) return 0;
            if (content != null) return content.length;
            try {
                return Files.size(source);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A file's bytes. */
        InputStream open() throws IOException {
            return content != null ? new ByteArrayInputStream(content) : Files.newInputStream(source);
        }
    }
}
