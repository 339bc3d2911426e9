package dev.tauri4j.build.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.config.BundleConfig;
import dev.tauri4j.config.LoadedConfig;
import dev.tauri4j.config.TargetTriple;
import dev.tauri4j.config.TauriConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Fills a {@link BundleRequest.Builder} from {@code tauri.conf.json}: the app's names and the {@code bundle} keys. */
public final class BundleSettings {

    private BundleSettings() {
    }

    /**
     * A builder with productName, version, identifier and what {@code bundle} says (targets, icon, externalBin, publisher,
     * category, copyright, license, licenseFile, descriptions, homepage, linux.deb/rpm.depends, linux.aotCache,
     * linux.fastStartOptions, linux.cdsArchive); relative paths
     * resolve against the config's folder. The caller adds jars, main class and folders.
     */
    public static BundleRequest.Builder from(LoadedConfig loaded, String osName) {
        TauriConfig c = loaded.config();
        JsonNode bundle = loaded.raw().path("bundle");
        Path base = loaded.baseDir() == null ? Path.of("") : loaded.baseDir();
        return BundleRequest.builder()
                .productName(c.productName())
                .version(c.version())
                .identifier(c.identifier())
                .targets(targets(bundle.get("targets"), osName))
                .icon(icon(bundle.get("icon"), base))
                .externalBinaries(externalBinaries(loaded, base, TargetTriple.current()))
                .publisher(text(bundle, "publisher"))
                .category(text(bundle, "category"))
                .copyright(text(bundle, "copyright"))
                .license(text(bundle, "license"))
                .licenseFile(path(text(bundle, "licenseFile"), base))
                .shortDescription(text(bundle, "shortDescription"))
                .longDescription(text(bundle, "longDescription"))
                .homepage(text(bundle, "homepage"))
                .debDepends(strings(bundle.path("linux").path("deb"), "depends", "bundle.linux.deb.depends"))
                .rpmDepends(strings(bundle.path("linux").path("rpm"), "depends", "bundle.linux.rpm.depends"))
                .aotCache(flag(bundle.path("linux"), "aotCache", true))
                .fastStartOptions(flag(bundle.path("linux"), "fastStartOptions", true))
                .cdsArchive(flag(bundle.path("linux"), "cdsArchive", false))
                .urlSchemes(urlSchemes(loaded.raw().path("plugins").path("deep-link").path("desktop")));
    }

    /** {@code plugins.deep-link.desktop}: one {@code {"schemes": [...]}} or a list of them, as Tauri's bundler reads it. */
    static List<String> urlSchemes(JsonNode desktop) {
        if (desktop.isMissingNode() || desktop.isNull()) return List.of();
        List<String> schemes = new ArrayList<>();
        List<JsonNode> protocols = new ArrayList<>();
        if (desktop.isArray()) desktop.forEach(protocols::add); else protocols.add(desktop);
        for (JsonNode protocol : protocols) {
            for (String scheme : strings(protocol, "schemes", "plugins.deep-link.desktop.schemes")) {
                if (!scheme.matches("[A-Za-z][A-Za-z0-9+.-]*")) {
                    throw new BundleException("plugins.deep-link.desktop.schemes: \"" + scheme + "\" is no URL scheme. "
                            + "Fix: letters, digits, + - . with a letter first, and without \"://\" (\"my-app\")");
                }
                schemes.add(scheme);
            }
        }
        return schemes;
    }

    /** Tauri's target names ("all", "deb", "rpm", "app", "dmg", "msi", "nsis") plus our "app-image". */
    static Set<BundleTarget> targets(JsonNode node, String osName) {
        if (node == null || node.isNull() || node.isTextual() && node.textValue().equals("all")) {
            return switch (BundleTarget.osFamily(osName)) {
                case "macOS" -> EnumSet.of(BundleTarget.APP_IMAGE, BundleTarget.DMG);
                case "Windows" -> EnumSet.of(BundleTarget.APP_IMAGE, BundleTarget.MSI);
                default -> EnumSet.of(BundleTarget.APP_IMAGE, BundleTarget.DEB, BundleTarget.RPM);
            };
        }
        List<String> names = node.isTextual() ? List.of(node.textValue()) : strings(node, "bundle.targets");
        Set<BundleTarget> targets = EnumSet.noneOf(BundleTarget.class);
        for (String name : names) {
            targets.add(switch (name) {
                case "app" -> BundleTarget.APP_IMAGE;
                case "nsis" -> BundleTarget.EXE;
                case "appimage" -> throw new BundleException("bundle.targets: the AppImage format is not supported. "
                        + "Fix: use \"deb\", \"rpm\" or \"app-image\" (a folder with launcher and runtime)");
                default -> BundleTarget.of(name);
            });
        }
        return targets;
    }

    /**
     * Each {@code bundle.externalBin} entry's build for {@code triple}, {@code <entry>-<triple>} relative to the config
     * (Tauri's naming), bundled under the entry's file name; a missing build fails with the file, the field and the fix.
     */
    public static List<ExternalBinary> externalBinaries(LoadedConfig loaded, Path base, String triple) {
        String file = loaded.files().isEmpty() ? "tauri.conf.json" : loaded.files().getFirst().getFileName().toString();
        List<String> entries = loaded.config().bundle().externalBin();
        List<ExternalBinary> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i);
            String wanted = BundleConfig.sourcePath(entry, triple);
            Path source = base.resolve(wanted).normalize();
            if (!Files.isRegularFile(source)) {
                throw new BundleException(file + ": bundle.externalBin[" + i + "] is \"" + entry + "\", so the bundle needs this"
                        + " machine's build of it, " + wanted + ", which does not exist at " + source + " (Tauri: resource path `"
                        + wanted + "` doesn't exist). Fix: put the binary for " + triple + " there (Tauri names each target's build"
                        + " <path>-<target triple>), or remove the entry");
            }
            out.add(new ExternalBinary(source, BundleConfig.bundledName(entry, triple)));
        }
        return out;
    }

    // Tauri lists every size and format; a Linux package wants one PNG, the largest the icon theme has a folder for.
    static Path icon(JsonNode node, Path base) {
        if (node == null || node.isNull()) return null;
        Path best = null;
        int bestSize = 0;
        for (String name : strings(node, "bundle.icon")) {
            Path p = base.resolve(name);
            if (!Files.isRegularFile(p)) throw new BundleException("bundle.icon lists " + name + ", not found at " + p);
            if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".png")) continue;
            int size = LinuxLayout.pngSize(p)[0];
            if (size > bestSize && size <= 512) {
                best = p;
                bestSize = size;
            }
        }
        return best;
    }

    private static String text(JsonNode parent, String key) {
        JsonNode v = parent.get(key);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw new BundleException("bundle." + key + " must be a string, found " + v);
        return v.textValue();
    }

    private static boolean flag(JsonNode linux, String key, boolean unset) {
        JsonNode v = linux.get(key);
        if (v == null || v.isNull()) return unset;
        if (!v.isBoolean()) throw new BundleException("bundle.linux." + key + " must be true or false, found " + v);
        return v.booleanValue();
    }

    private static Path path(String value, Path base) {
        return value == null ? null : base.resolve(value);
    }

    private static List<String> strings(JsonNode parent, String key, String where) {
        JsonNode v = parent.get(key);
        return v == null || v.isNull() ? List.of() : strings(v, where);
    }

    private static List<String> strings(JsonNode array, String where) {
        if (!array.isArray()) throw new BundleException(where + " must be an array of strings, found " + array);
        List<String> out = new ArrayList<>();
        for (JsonNode item : array) {
            if (!item.isTextual()) throw new BundleException(where + " must hold strings only, found " + item);
            out.add(item.textValue());
        }
        return out;
    }
}
