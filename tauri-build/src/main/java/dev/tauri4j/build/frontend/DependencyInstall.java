package dev.tauri4j.build.frontend;

import dev.tauri4j.build.BuildLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Installs a frontend's dependencies when its {@code node_modules} folder is missing, so that {@code tauri:dev}
 * works on a fresh checkout or a just-generated app (the dev server is a package.json script and needs them).
 */
public final class DependencyInstall {

    private DependencyInstall() {}

    /**
     * Runs the install command (the lockfile's package manager, frozen; else npm install) in {@code frontendDir}
     * when it has a package.json and no node_modules; returns whether it ran.
     *
     * @param environment variables on top of this JVM's environment (its PATH finds the package manager)
     * @throws FrontendBuildException when the package manager is missing or fails, with its output and the fix
     */
    public static boolean ifMissing(Path frontendDir, Map<String, String> environment, BuildLog log) throws IOException {
        if (!Files.isRegularFile(frontendDir.resolve("package.json")) || Files.isDirectory(frontendDir.resolve("node_modules"))) {
            return false;
        }
        ToolCommand install = BuildPlan.installCommand(frontendDir, log);
        log.info("No node_modules in " + frontendDir + " yet: installing the frontend's dependencies with `"
                + install.display() + "`");
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putAll(environment);
        new ToolRunner(log, frontendDir, env).run(install);
        return true;
    }
}
