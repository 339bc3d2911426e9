package dev.tauri4j.build.frontend;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tauri4j.build.BuildLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The commands that build a frontend, chosen the way a Tauri user expects.
 *
 * @param commands what to run in order; empty when there is nothing to build
 * @param why      one line saying how the commands were chosen (or why there are none), for the log
 * @param installsFirst whether the first command is an install added only because node_modules is missing
 */
record BuildPlan(List<ToolCommand> commands, String why, boolean installsFirst) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    BuildPlan {
        commands = List.copyOf(commands);
    }

    BuildPlan(List<ToolCommand> commands, String why) {
        this(commands, why, false);
    }

    /**
     * {@code beforeBuildCommand} when set; otherwise, when package.json has a {@code build} script, the package
     * manager of the lockfile installs and runs it.
     */
    static BuildPlan choose(Path frontendDir, String beforeBuildCommand, BuildLog log) throws IOException {
        Path packageJson = frontendDir.resolve("package.json");
        if (beforeBuildCommand != null) {
            // Tauri's own template sets "npm run build" here, which needs the packages on a fresh clone
            if (Files.isRegularFile(packageJson) && !Files.isDirectory(frontendDir.resolve("node_modules"))) {
                ToolCommand install = installCommand(frontendDir, log);
                return new BuildPlan(List.of(install, ToolCommand.shell(beforeBuildCommand)), "build.beforeBuildCommand"
                        + " is set, and " + frontendDir + " has no node_modules yet, so `" + install.display() + "` first", true);
            }
            return new BuildPlan(List.of(ToolCommand.shell(beforeBuildCommand)), "build.beforeBuildCommand is set");
        }
        if (!Files.isRegularFile(packageJson)) {
            return new BuildPlan(List.of(), "No frontend build: " + frontendDir + " has no package.json and "
                    + "build.beforeBuildCommand is not set, so build.frontendDist is embedded as it is");
        }
        JsonNode pkg = readPackageJson(packageJson);
        if (!pkg.path("scripts").path("build").isTextual()) {
            return new BuildPlan(List.of(), "No frontend build: package.json has no \"build\" script and "
                    + "build.beforeBuildCommand is not set, so build.frontendDist is embedded as it is");
        }
        List<PackageManager> locked = new ArrayList<>();
        for (PackageManager pm : PackageManager.values()) {
            if (pm.lockfileIn(frontendDir) != null) locked.add(pm);
        }
        if (locked.isEmpty()) {
            PackageManager declared = PackageManager.named(pkg.path("packageManager").asText(null));
            PackageManager pm = declared == null ? PackageManager.NPM : declared;
            return new BuildPlan(List.of(pm.install(), pm.runBuild()), "no lockfile in " + frontendDir
                    + (declared == null ? "" : ", package.json names " + pm.program()) + "; commit the lockfile "
                    + pm.program() + " writes so that builds install the same versions every time");
        }
        PackageManager pm = locked.getFirst();
        if (locked.size() > 1) {
            log.warn("Several lockfiles in " + frontendDir + " (" + locked.stream()
                    .map(m -> m.lockfileIn(frontendDir).getFileName().toString())
                    .collect(Collectors.joining(", ")) + "); using " + pm.program() + ". Fix: delete the lockfiles "
                    + "of the package managers you do not use, or set build.beforeBuildCommand in tauri.conf.json");
        }
        Path lockfile = pm.lockfileIn(frontendDir);
        return new BuildPlan(List.of(lockedInstall(pm, lockfile, log), pm.runBuild()), lockfile.getFileName() + " found");
    }

    /**
     * The command that installs a frontend's dependencies (for {@code tauri:dev} on a fresh checkout): the
     * lockfile's package manager, frozen; without a lockfile, the one package.json names, else npm.
     */
    static ToolCommand installCommand(Path frontendDir, BuildLog log) throws IOException {
        for (PackageManager pm : PackageManager.values()) {
            Path lockfile = pm.lockfileIn(frontendDir);
            if (lockfile != null) return lockedInstall(pm, lockfile, log);
        }
        PackageManager declared = PackageManager.named(readPackageJson(frontendDir.resolve("package.json"))
                .path("packageManager").asText(null));
        return (declared == null ? PackageManager.NPM : declared).install();
    }

    /**
     * The frozen install, except for a package-lock.json that {@code npm ci} would refuse although npm wrote it
     * (see {@link NpmLockfile}): then {@code npm install}, which installs the locked versions and leaves the
     * lockfile as it is.
     */
    private static ToolCommand lockedInstall(PackageManager pm, Path lockfile, BuildLog log) throws IOException {
        if (pm == PackageManager.NPM && lockfile.getFileName().toString().equals("package-lock.json")) {
            List<String> missing = NpmLockfile.missingOptionalDependencies(lockfile);
            if (!missing.isEmpty()) {
                log.warn(lockfile + " has no entry for " + missing.size() + " optional dependencies ("
                        + String.join(", ", missing.subList(0, Math.min(3, missing.size())))
                        + (missing.size() > 3 ? ", ..." : "") + "): the registry npm used did not have them when it"
                        + " wrote the lockfile, and `npm ci` refuses such a lockfile (npm/cli#9846). Installing with"
                        + " `npm install` instead, which keeps the locked versions. Fix for reproducible CI builds:"
                        + " delete package-lock.json and node_modules, run npm install against a registry that has"
                        + " every platform package, and commit the new lockfile");
                return pm.install();
            }
        }
        return pm.frozenInstall(lockfile);
    }

    /** What defines the build, for its fingerprint: the commands without an install that only a fresh clone needs. */
    String fingerprint() {
        List<ToolCommand> defining = installsFirst ? commands.subList(1, commands.size()) : commands;
        return defining.stream().map(ToolCommand::display).collect(Collectors.joining(" && "));
    }

    /** The commands as one line, e.g. "npm ci && npm run build". */
    String display() {
        return commands.stream().map(ToolCommand::display).collect(Collectors.joining(" && "));
    }

    private static JsonNode readPackageJson(Path file) throws IOException {
        try {
            return JSON.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new FrontendBuildException(file + " is not valid JSON (" + e.getOriginalMessage() + "). "
                    + "Fix: correct it; npm and every other package manager refuse it too");
        }
    }
}
