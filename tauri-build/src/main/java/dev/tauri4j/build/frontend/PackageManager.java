package dev.tauri4j.build.frontend;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The package managers a frontend can use, each recognised by its lockfile. */
enum PackageManager {
    // Order matters when several lockfiles exist: a stray package-lock.json next to another lockfile is the
    // usual accident (someone ran `npm install` once), so npm comes last.
    PNPM("pnpm", List.of("pnpm-lock.yaml"), "npm install -g pnpm (or corepack enable pnpm)"),
    YARN("yarn", List.of("yarn.lock"), "npm install -g yarn (or corepack enable yarn)"),
    BUN("bun", List.of("bun.lock", "bun.lockb"), "see https://bun.sh/docs/installation"),
    NPM("npm", List.of("package-lock.json", "npm-shrinkwrap.json"),
            "install Node.js (https://nodejs.org), or ask the tauri plugin for a pinned Node with nodeVersion");

    private final String program;
    private final List<String> lockfiles;
    private final String installHint;

    PackageManager(String program, List<String> lockfiles, String installHint) {
        this.program = program;
        this.lockfiles = lockfiles;
        this.installHint = installHint;
    }

    /** The command name, e.g. "pnpm". */
    String program() {
        return program;
    }

    /** The lockfile of this package manager present in {@code dir}, if any. */
    Path lockfileIn(Path dir) {
        for (String name : lockfiles) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) return file;
        }
        return null;
    }

    /** The package manager named by package.json's {@code packageManager} field (e.g. "pnpm@9.1.0"), or null. */
    static PackageManager named(String packageManagerField) {
        if (packageManagerField == null) return null;
        int at = packageManagerField.indexOf('@');
        String name = at < 0 ? packageManagerField : packageManagerField.substring(0, at);
        for (PackageManager pm : values()) {
            if (pm.program.equals(name.strip())) return pm;
        }
        return null;
    }

    /** Installs exactly what {@code lockfile} says, failing when it is out of date (as CI builds should). */
    ToolCommand frozenInstall(Path lockfile) throws IOException {
        return switch (this) {
            case NPM -> command("ci");
            // Yarn 2+ rejects (2.x) or only tolerates (3+) Yarn 1's flag; its lockfile says which Yarn wrote it.
            case YARN -> isYarnBerryLockfile(lockfile) ? command("install", "--immutable")
                    : command("install", "--frozen-lockfile");
            case PNPM, BUN -> command("install", "--frozen-lockfile");
        };
    }

    /** Installs from package.json and writes a lockfile, for projects that have none yet. */
    ToolCommand install() {
        return command("install");
    }

    /** Runs package.json's {@code build} script. */
    ToolCommand runBuild() {
        return command("run", "build");
    }

    private static boolean isYarnBerryLockfile(Path lockfile) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(lockfile, StandardCharsets.UTF_8)) {
            // Yarn 2+ writes a __metadata entry within the first lines; Yarn 1 writes "# yarn lockfile v1".
            for (int i = 0; i < 10; i++) {
                String line = in.readLine();
                if (line == null) return false;
                if (line.startsWith("__metadata:")) return true;
            }
            return false;
        }
    }

    private ToolCommand command(String... args) {
        return new ToolCommand(program + " " + String.join(" ", args), program, List.of(args), installHint);
    }
}
