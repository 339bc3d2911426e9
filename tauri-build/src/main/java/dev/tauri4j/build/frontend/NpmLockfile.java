package dev.tauri4j.build.frontend;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What {@code npm ci} would refuse in a package-lock.json that {@code npm install} itself wrote: an optional
 * dependency the registry did not have (a mirror lacking some platform packages of rollup, or a package that
 * names an unpublished one) is left out of the lockfile, and npm 11.16+ then rejects the lockfile as out of sync
 * ("Missing: @rollup/rollup-darwin-arm64@ from lock file"; npm/cli#9846).
 */
final class NpmLockfile {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private NpmLockfile() {}

    /**
     * The optional dependencies that no package entry of {@code lockfile} provides, as "name (of parent)";
     * empty for a complete lockfile and for old (v1) lockfiles without a {@code packages} map.
     */
    static List<String> missingOptionalDependencies(Path lockfile) throws IOException {
        JsonNode packages;
        try {
            JsonNode root = JSON.readTree(lockfile.toFile());
            packages = root == null ? JSON.missingNode() : root.path("packages");
        } catch (JacksonException e) {
            throw new FrontendBuildException(lockfile + " is not valid JSON (" + e.getOriginalMessage() + "). "
                    + "Fix: delete it and run npm install to write a new one");
        }
        List<String> missing = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = packages.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            for (Iterator<String> names = entry.getValue().path("optionalDependencies").fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!resolvable(packages, entry.getKey(), name)) {
                    String parent = entry.getKey().isEmpty() ? "package.json" : packageName(entry.getKey());
                    missing.add(name + " (of " + parent + ")");
                }
            }
        }
        return missing;
    }

    /** Node's lookup: {@code <from>/node_modules/<name>}, then the same in each enclosing folder up to the root. */
    private static boolean resolvable(JsonNode packages, String from, String name) {
        String dir = from;
        while (true) {
            String candidate = (dir.isEmpty() ? "" : dir + "/") + "node_modules/" + name;
            if (packages.has(candidate)) return true;
            if (dir.isEmpty()) return false;
            int cut = dir.lastIndexOf("/node_modules/");
            dir = cut < 0 ? "" : dir.substring(0, cut);
        }
    }

    private static String packageName(String key) {
        return key.substring(key.lastIndexOf("node_modules/") + "node_modules/".length());
    }
}
