package dev.tauri4j.build.frontend;

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

    /** Installs exactly what the lockfile says, failing when it is out of date (as CI builds should). */
    ToolCommand frozenInstall() {
        return switch (this) {
            case NPM -> command("ci");
            case PNPM, YARN, BUN -> command("install", "--frozen-lockfile");
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

    private ToolCommand command(String... args) {
        return new ToolCommand(program + " " + String.join(" ", args), program, List.of(args), installHint);
    }
}
