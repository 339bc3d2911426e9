package dev.tauri4j.plugins.fs;

import dev.tauri4j.CommandException;
import dev.tauri4j.plugin.Resources;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The fs commands on checked paths: each one resolves its paths through the {@link FsScope} first (which refuses a
 * path outside the scope before any IO) and then operates on the real path, with Tauri's error texts.
 */
public final class FsCommands {

    private FsCommands() {
    }

    static byte[] readFile(FsScope scope, String path, FsOptions.Base o) {
        Path p = scope.resolve(path, base(o));
        return io("failed to read file at path: " + p, () -> Files.readAllBytes(p));
    }

    static void writeFile(FsScope scope, String path, FsOptions.Write o, byte[] data) {
        FsOptions.Open open = o == null ? new FsOptions.Open(null, false, true, false, true, true, false, null)
                : new FsOptions.Open(o.baseDir(), false, true, FsOptions.is(o.append()), !FsOptions.is(o.append()),
                o.create() == null || o.create(), FsOptions.is(o.createNew()), o.mode());
        Path p = scope.resolve(path, open.baseDir());
        try (FileHandle h = openChannel(p, open)) {
            h.write(data);
        } catch (IOException e) {
            throw failed("failed to write bytes to file at path: " + p, e);
        }
    }

    static boolean exists(FsScope scope, String path, FsOptions.Base o) {
        return Files.exists(scope.resolve(path, base(o)));
    }

    static void mkdir(FsScope scope, String path, FsOptions.Mkdir o) {
        Path p = scope.resolve(path, o == null ? null : o.baseDir());
        boolean recursive = o != null && FsOptions.is(o.recursive());
        io("failed to create directory at path: " + p, () -> recursive ? Files.createDirectories(p) : Files.createDirectory(p));
        if (o != null && o.mode() != null) chmod(p, o.mode());
    }

    static List<Map<String, Object>> readDir(FsScope scope, String path, FsOptions.Base o) {
        Path p = scope.resolve(path, base(o));
        return io("failed to read directory at path: " + p, () -> {
            List<Map<String, Object>> out = new ArrayList<>();
            try (DirectoryStream<Path> dir = Files.newDirectoryStream(p)) {
                for (Path e : dir) {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("name", e.getFileName().toString());
                    entry.put("isDirectory", Files.isDirectory(e));
                    entry.put("isFile", Files.isRegularFile(e));
                    entry.put("isSymlink", Files.isSymbolicLink(e));
                    out.add(entry);
                }
            }
            return out;
        });
    }

    static void remove(FsScope scope, String path, FsOptions.Remove o) {
        Path p = scope.resolve(path, o == null ? null : o.baseDir());
        boolean recursive = o != null && FsOptions.is(o.recursive());
        io("failed to remove path: " + p, () -> {
            if (recursive && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> all = Files.walk(p)) {
                    for (Path q : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(q);
                }
            } else {
                Files.delete(p);
            }
            return null;
        });
    }

    static void rename(FsScope scope, String oldPath, String newPath, FsOptions.Rename o) {
        Path from = scope.resolve(oldPath, o == null ? null : o.oldPathBaseDir());
        Path to = scope.resolve(newPath, o == null ? null : o.newPathBaseDir());
        io("failed to rename old path: " + from + " to new path: " + to,
                () -> Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE));
    }

    static void copyFile(FsScope scope, String fromPath, String toPath, FsOptions.Copy o) {
        Path from = scope.resolve(fromPath, o == null ? null : o.fromPathBaseDir());
        Path to = scope.resolve(toPath, o == null ? null : o.toPathBaseDir());
        io("failed to copy file from path: " + from + ", to path: " + to,
                () -> Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING));
    }

    /** {@code stat} follows links (on the checked real path); {@code lstat} describes the link the page named. */
    static Map<String, Object> stat(FsScope scope, String path, FsOptions.Base o, boolean followLinks) {
        Path real = scope.resolve(path, base(o));
        Path p = followLinks ? real : real.getParent() == null ? real : real.getParent().resolve(lastName(path, real));
        return io("failed to get metadata of path: " + p, () -> FileInfo.of(p, followLinks));
    }

    static void truncate(FsScope scope, String path, Long len, FsOptions.Base o) {
        Path p = scope.resolve(path, base(o));
        try (FileHandle h = openChannel(p, new FsOptions.Open(null, false, true, false, false, false, false, null))) {
            h.truncate(len == null ? 0 : len);
        } catch (IOException e) {
            throw failed("failed to truncate file at path: " + p, e);
        }
    }

    static long size(FsScope scope, String path, FsOptions.Base o) {
        Path p = scope.resolve(path, base(o));
        return io("failed to get size at path: " + p, () -> {
            if (!Files.isDirectory(p)) return Files.size(p);
            try (Stream<Path> all = Files.walk(p)) {
                return all.filter(q -> Files.isRegularFile(q, LinkOption.NOFOLLOW_LINKS)).mapToLong(q -> q.toFile().length()).sum();
            }
        });
    }

    static int open(FsScope scope, Resources resources, String path, FsOptions.Open o) {
        FsOptions.Open open = o == null ? new FsOptions.Open(null, true, false, false, false, false, false, null) : o;
        Path p = scope.resolve(path, open.baseDir());
        try {
            return resources.add(openChannel(p, open));
        } catch (IOException e) {
            throw failed("failed to open file at path: " + p, e);
        }
    }

    static int create(FsScope scope, Resources resources, String path, FsOptions.Base o) {
        Path p = scope.resolve(path, base(o));
        try {
            return resources.add(openChannel(p, new FsOptions.Open(null, false, true, false, true, true, false, null)));
        } catch (IOException e) {
            throw failed("failed to create file at path: " + p, e);
        }
    }

    static int readTextFileLines(FsScope scope, Resources resources, String path, FsOptions.Base o) {
        Path p = scope.resolve(path, base(o));
        return resources.add(io("failed to open file at path: " + p, () -> new LineReader(Files.newInputStream(p))));
    }

    /** The next line and a done byte; at the end the reader is closed, as Tauri closes its resource. */
    static byte[] readTextFileLinesNext(Resources resources, int rid) {
        byte[] next = io("failed to read the next line", () -> resources.get(rid, LineReader.class).next());
        if (next.length == 1 && next[0] == 1) resources.close(rid);
        return next;
    }

    static FileHandle openChannel(Path p, FsOptions.Open o) throws IOException {
        Set<OpenOption> opts = new HashSet<>();
        boolean append = FsOptions.is(o.append());
        if (o.read() == null || o.read()) opts.add(StandardOpenOption.READ);
        if (FsOptions.is(o.write()) || append) opts.add(StandardOpenOption.WRITE);
        if (FsOptions.is(o.truncate())) opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        if (FsOptions.is(o.createNew())) opts.add(StandardOpenOption.CREATE_NEW);
        else if (FsOptions.is(o.create())) opts.add(StandardOpenOption.CREATE);
        if (opts.isEmpty()) throw new IOException("invalid open options: read, write or append must be true");
        boolean fresh = !Files.exists(p);
        FileChannel channel = FileChannel.open(p, opts);
        if (fresh && o.mode() != null) chmod(p, o.mode());
        return new FileHandle(channel, p, append);
    }

    private static String lastName(String requested, Path real) {
        Path name = Path.of(requested.startsWith("file:") ? java.net.URI.create(requested).getPath() : requested).getFileName();
        return name == null ? real.getFileName().toString() : name.toString();
    }

    private static void chmod(Path p, int mode) {
        StringBuilder s = new StringBuilder();
        for (int shift = 6; shift >= 0; shift -= 3) {
            int bits = (mode >> shift) & 7;
            s.append((bits & 4) != 0 ? 'r' : '-').append((bits & 2) != 0 ? 'w' : '-').append((bits & 1) != 0 ? 'x' : '-');
        }
        io("failed to set the mode of path: " + p, () -> Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(s.toString())));
    }

    private static Integer base(FsOptions.Base o) {
        return o == null ? null : o.baseDir();
    }

    /** IO that may fail, as a value. */
    @FunctionalInterface
    interface Io<T> {
        T run() throws IOException;
    }

    static <T> T io(String what, Io<T> op) {
        try {
            return op.run();
        } catch (IOException e) {
            throw failed(what, e);
        }
    }

    static CommandException failed(String what, IOException e) {
        String why = switch (e) {
            case java.nio.file.NoSuchFileException n -> "No such file or directory (os error 2)";
            case FileAlreadyExistsException x -> "File exists (os error 17)";
            case java.nio.file.AccessDeniedException a -> "Permission denied (os error 13)";
            case java.nio.file.DirectoryNotEmptyException d -> "Directory not empty (os error 39)";
            default -> e.getMessage();
        };
        return new CommandException("IO_ERROR", what + " with error: " + why, null, e);
    }
}
