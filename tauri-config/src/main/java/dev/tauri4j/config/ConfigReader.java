package dev.tauri4j.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Walks a parsed {@code tauri.conf.json} into the model records, noting ignored keys as it goes. */
final class ConfigReader {

    private static final Pattern IDENTIFIER_CHARS = Pattern.compile("[A-Za-z0-9.-]+");
    private static final Pattern NOT_IN_PRODUCT_NAME = Pattern.compile("[/\\\\:*?\"<>|]");
    private static final String IDENTIFIER_FIX =
            "Fix: add \"identifier\": \"com.example.myapp\" (reverse domain, letters, digits, '.' and '-')";

    private final JsonFields f;
    private final SchemaKeys keys;
    private final Function<String, String> packageJsonVersion;

    /**
     * @param packageJsonVersion reads "version" from the package.json a {@code version} value points to; it gets
     *                           the value as written and fails with a {@link ConfigException} itself
     */
    ConfigReader(String source, Function<String, String> packageJsonVersion) {
        this.f = new JsonFields(source);
        this.keys = new SchemaKeys(source);
        this.packageJsonVersion = packageJsonVersion;
    }

    TauriConfig read(JsonNode root) {
        if (!root.isObject()) {
            throw f.fail("", "the file must contain one JSON object, found " + JsonFields.describe(root)
                    + ". Fix: start from {\"identifier\": \"com.example.myapp\"}");
        }
        keys.check(root, "", SchemaKeys.Section.ROOT);
        String identifier = identifier(root);
        String productName = productName(root);
        String version = version(root);
        return new TauriConfig(productName, version, identifier, build(root), app(root), plugins(root), bundle(root));
    }

    // each plugin validates its own settings; here only the shape Tauri requires: an object of objects by plugin name
    private java.util.Map<String, JsonNode> plugins(JsonNode root) {
        JsonNode plugins = root.get("plugins");
        if (plugins == null || plugins.isNull()) return java.util.Map.of();
        if (!plugins.isObject()) {
            throw f.fail("plugins", "plugins must be an object of settings by plugin name, found " + JsonFields.describe(plugins)
                    + ". Fix: e.g. \"plugins\": {\"echo\": {\"greeting\": \"hi\"}}");
        }
        java.util.Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
        plugins.properties().forEach(e -> out.put(e.getKey(), e.getValue().deepCopy()));
        return out;
    }

    // Only externalBin: the rest of bundle is the bundler's (LoadedConfig.raw()). Two entries with one file name would
    // land on one file next to the launcher, so that is refused here, where both the runtime and the bundler read.
    private BundleConfig bundle(JsonNode root) {
        JsonNode bins = root.path("bundle").get("externalBin");
        if (bins == null || bins.isNull()) return BundleConfig.DEFAULT;
        String fix = "list the sidecars' paths relative to this file, e.g. \"externalBin\": [\"binaries/my-sidecar\"]"
                + " for binaries/my-sidecar-<target triple>";
        if (!bins.isArray()) throw f.wrongType("bundle.externalBin", "an array of strings", bins, fix);
        List<String> out = new ArrayList<>();
        java.util.Map<String, Integer> names = new java.util.HashMap<>();
        for (int i = 0; i < bins.size(); i++) {
            JsonNode v = bins.get(i);
            String at = JsonFields.index("bundle.externalBin", i);
            if (!v.isTextual() || v.textValue().isBlank() || v.textValue().endsWith("/")) {
                throw f.wrongType(at, "a path to a binary (without the target triple)", v, fix);
            }
            String name = BundleConfig.bundledName(v.textValue(), "");
            Integer first = names.putIfAbsent(name, i);
            if (first != null) {
                throw f.fail(at, at + " and bundle.externalBin[" + first + "] both end in \"" + name + "\", and the bundle keeps"
                        + " sidecars side by side by file name. Fix: rename one of the binaries");
            }
            out.add(v.textValue());
        }
        return new BundleConfig(out);
    }

    List<String> warnings() {
        return keys.warnings();
    }

    private String identifier(JsonNode root) {
        JsonNode v = root.get("identifier");
        if (v == null || v.isNull()) throw f.fail("identifier", "identifier is missing. " + IDENTIFIER_FIX);
        if (!v.isTextual()) {
            throw f.fail("identifier", "identifier must be a string, found " + JsonFields.describe(v) + ". "
                    + IDENTIFIER_FIX);
        }
        String id = v.textValue();
        String found = ", found " + JsonFields.describe(v) + ". ";
        if (!IDENTIFIER_CHARS.matcher(id).matches()) {
            throw f.fail("identifier", "identifier may only contain letters, digits, '.' and '-'" + found
                    + IDENTIFIER_FIX);
        }
        if (!id.contains(".")) {
            throw f.fail("identifier", "identifier must be in reverse domain notation with at least one '.'"
                    + found + IDENTIFIER_FIX);
        }
        if (id.equals("com.tauri.dev")) {
            // Tauri refuses its template's placeholder too: the id keys the app's data folder and bundle id.
            throw f.fail("identifier", "identifier must be unique to your app, found the template placeholder "
                    + JsonFields.describe(v) + ". " + IDENTIFIER_FIX);
        }
        return id;
    }

    private String productName(JsonNode root) {
        String name = f.text(root, "", "productName", true, "use the app's display name, e.g. \"productName\": \"My App\"");
        if (name != null && (name.isBlank() || NOT_IN_PRODUCT_NAME.matcher(name).find())) {
            // It names files and folders when bundling, so it must be a valid file name everywhere.
            throw f.fail("productName", "productName must be a non-empty name without / \\ : * ? \" < > |, found "
                    + JsonFields.describe(root.get("productName")) + ". Fix: e.g. \"productName\": \"My App\"");
        }
        return name;
    }

    private String version(JsonNode root) {
        String fix = "use a semver version or a path to a package.json, e.g. \"version\": \"1.0.0\" or "
                + "\"version\": \"../package.json\"";
        String version = f.text(root, "", "version", true, fix);
        if (version == null) return null;
        if (version.endsWith("package.json")) return packageJsonVersion.apply(version);
        if (!Semver.isValid(version)) {
            throw f.fail("version", "version must be a semver version (MAJOR.MINOR.PATCH) or a path ending in "
                    + "package.json, found " + JsonFields.describe(root.get("version")) + ". Fix: " + fix);
        }
        return version;
    }

    private BuildConfig build(JsonNode root) {
        JsonNode build = f.object(root, "", "build",
                "e.g. \"build\": {\"devUrl\": \"http://localhost:1420\", \"frontendDist\": \"../dist\"}");
        if (build == null) return null;
        keys.check(build, "build", SchemaKeys.Section.BUILD);
        return new BuildConfig(devUrl(build), frontendDist(build),
                command(build, "beforeDevCommand", "npm run dev", SchemaKeys.Section.BEFORE_DEV_COMMAND),
                command(build, "beforeBuildCommand", "npm run build", SchemaKeys.Section.HOOK_COMMAND));
    }

    private String devUrl(JsonNode build) {
        String fix = "use the dev server's address, e.g. \"devUrl\": \"http://localhost:1420\"";
        String url = f.text(build, "build", "devUrl", true, fix);
        if (url == null) return null;
        String scheme = null;
        try {
            scheme = new URI(url).getScheme();
        } catch (URISyntaxException e) {
            // reported below with the same message as a wrong scheme
        }
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            throw f.fail("build.devUrl", "build.devUrl must be an http or https URL, found "
                    + JsonFields.describe(build.get("devUrl")) + ". Fix: " + fix);
        }
        return url;
    }

    private String frontendDist(JsonNode build) {
        String fix = "give the built frontend's folder relative to " + f.source() + ", e.g. \"frontendDist\": \"../dist\"";
        JsonNode v = build.get("frontendDist");
        if (v != null && v.isArray()) {
            // Tauri also accepts a list of files; tauri4j serves a folder, so say how to get there.
            throw f.fail("build.frontendDist", "build.frontendDist must be a folder or URL for tauri4j, found "
                    + "an array (a list of files is not supported yet). Fix: put the files in one folder and give "
                    + "its path relative to " + f.source() + ", e.g. \"frontendDist\": \"../dist\"");
        }
        return f.text(build, "build", "frontendDist", true, fix);
    }

    private String command(JsonNode build, String key, String example, SchemaKeys.Section section) {
        String path = JsonFields.path("build", key);
        String fix = "give the command as a string, e.g. \"" + key + "\": \"" + example + "\"";
        JsonNode v = build.get(key);
        if (v == null || v.isNull()) return null;
        if (v.isTextual()) return v.textValue();
        if (!v.isObject()) throw f.wrongType(path, "a string or an object with \"script\"", v, fix);
        keys.check(v, path, section);
        if (!v.has("script")) {
            throw f.fail(path + ".script", path + ".script is missing. Fix: " + fix
                    + ", or \"" + key + "\": {\"script\": \"" + example + "\"}");
        }
        return f.text(v, path, "script", false, fix);
    }

    private AppConfig app(JsonNode root) {
        JsonNode app = f.object(root, "", "app", "e.g. \"app\": {\"windows\": [{\"title\": \"My App\"}]}");
        if (app == null) return null;
        keys.check(app, "app", SchemaKeys.Section.APP);
        List<WindowConfig> windows = new WindowsReader(f, keys).read(app, "app");
        boolean withGlobalTauri = f.bool(app, "app", "withGlobalTauri", false);
        return new AppConfig(windows, withGlobalTauri, security(app), new TrayIconReader(f, keys).read(app));
    }

    private SecurityConfig security(JsonNode app) {
        JsonNode security = f.object(app, "app", "security", "e.g. \"security\": {\"csp\": \"default-src 'self'\"}");
        if (security == null) return null;
        String path = "app.security";
        keys.check(security, path, SchemaKeys.Section.SECURITY);
        return new SecurityConfig(
                CspPolicy.read(f, security, path, "csp"),
                CspPolicy.read(f, security, path, "devCsp"),
                f.bool(security, path, "freezePrototype", false),
                capabilities(security, path),
                CspPolicy.modification(f, security, path),
                new AssetProtocolReader(f, keys).read(security, path));
    }

    private List<JsonNode> capabilities(JsonNode security, String securityPath) {
        String fix = "list capability identifiers or inline capability objects, e.g. \"capabilities\": [\"default\"]";
        JsonNode array = f.array(security, securityPath, "capabilities", fix);
        if (array == null) return null;
        String path = JsonFields.path(securityPath, "capabilities");
        List<JsonNode> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (!item.isTextual() && !item.isObject()) {
                throw f.wrongType(JsonFields.index(path, i), "a capability identifier (string) or object", item, fix);
            }
            out.add(item);
        }
        return out;
    }
}
