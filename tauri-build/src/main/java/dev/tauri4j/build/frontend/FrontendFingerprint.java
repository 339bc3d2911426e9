package dev.tauri4j.build.frontend;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** SHA-256 fingerprints of what goes into a frontend build and of what comes out of it. */
final class FrontendFingerprint {

    /**
     * Files at the top of the frontend folder that steer the build (bundler, TypeScript, env, package manager), and
     * any script there: a build script such as build.mjs is as much an input as vite.config.ts.
     */
    private static final Pattern ROOT_INPUTS = Pattern.compile(String.join("|",
            "package\\.json", "package-lock\\.json", "npm-shrinkwrap\\.json", "pnpm-lock\\.yaml",
            "pnpm-workspace\\.yaml", "yarn\\.lock", "bun\\.lockb?", "\\.npmrc", "\\.yarnrc(\\.yml)?", "bunfig\\.toml",
            "\\.nvmrc", "\\.node-version", ".*\\.html?", ".*\\.(js|cjs|mjs|ts|cts|mts)", ".*\\.config\\.json",
            "(ts|js)config.*\\.json", "angular\\.json", "\\.env(\\..*)?", "\\.babelrc.*", "babel\\.config\\..*",
            "\\.browserslistrc", "\\.postcssrc.*", "\\.swcrc"));

    /** Folders holding sources and static files in Vite, SvelteKit and most other templates. */
    private static final List<String> INPUT_DIRS = List.of("src", "public", "static");

    /** Never inputs: installed packages, build output and VCS data change without the sources changing. */
    private static final Set<String> SKIPPED_DIRS = Set.of("node_modules", "target", ".git");

    /** What {@link #folder} returns for a folder that does not exist. */
    static final String ABSENT = "absent";

    private FrontendFingerprint() {
    }

    /**
     * The fingerprint of a build's inputs: {@code settings} (the commands and Node version, so that changing them
     * rebuilds), the root files matching {@link #ROOT_INPUTS}, {@link #INPUT_DIRS} and {@code extraInputs}, each
     * file by its path relative to {@code frontendDir} and its bytes.
     */
    static String inputs(Path frontendDir, Path distDir, List<String> extraInputs, String settings) throws IOException {
        TreeMap<String, Path> files = new TreeMap<>();
        try (var top = Files.list(frontendDir)) {
            for (Path p : top.toList()) {
                if (Files.isRegularFile(p) && ROOT_INPUTS.matcher(p.getFileName().toString()).matches()) {
                    files.put(p.getFileName().toString(), p);
                }
            }
        }
        for (String dir : INPUT_DIRS) collect(frontendDir, frontendDir.resolve(dir), distDir, files);
        for (String extra : extraInputs) collect(frontendDir, frontendDir.resolve(extra).normalize(), distDir, files);
        return digest(settings, files);
    }

    /** The fingerprint of every file under {@code dir}, or {@link #ABSENT} if there is no such folder. */
    static String folder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return ABSENT;
        TreeMap<String, Path> files = new TreeMap<>();
        collect(dir, dir, null, files);
        return digest("", files);
    }

    private static void collect(Path base, Path start, Path distDir, TreeMap<String, Path> into) throws IOException {
        if (Files.isRegularFile(start)) {
            into.put(relative(base, start), start);
            return;
        }
        if (!Files.isDirectory(start)) return;
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean skipped = !dir.equals(start) && SKIPPED_DIRS.contains(dir.getFileName().toString());
                return skipped || dir.equals(distDir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                // Symbolic links are visited unresolved; Files.isRegularFile follows them to what the build reads.
                if (Files.isRegularFile(file)) into.put(relative(base, file), file);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static String relative(Path base, Path file) {
        // The same key on every OS, so a fingerprint does not depend on the separator.
        return base.relativize(file).toString().replace('\\', '/');
    }

    // Each entry is framed by its path, a NUL and its length, so no two different trees hash the same byte stream.
    private static String digest(String settings, TreeMap<String, Path> files) throws IOException {
        MessageDigest sha = sha256();
        sha.update(settings.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        byte[] buffer = new byte[64 * 1024];
        for (var entry : files.entrySet()) {
            sha.update(entry.getKey().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(ByteBuffer.allocate(Long.BYTES).putLong(Files.size(entry.getValue())).array());
            try (InputStream in = Files.newInputStream(entry.getValue())) {
                for (int n; (n = in.read(buffer)) > 0; ) sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
