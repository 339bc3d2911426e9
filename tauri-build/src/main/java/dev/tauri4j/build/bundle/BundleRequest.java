package dev.tauri4j.build.bundle;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything {@code tauri:bundle} needs to turn an app jar and its classpath into app image, deb and rpm.
 *
 * @param appJar             the app's own jar, holding {@code mainClass}
 * @param dependencyJars     the runtime classpath besides the app jar, in order (plain classpath, not modules)
 * @param mainClass          the class with {@code main}
 * @param productName        the display name (desktop entry Name); the package and command name derive from it
 * @param version            the app version, e.g. "1.2.0" or "1.2.0-beta.1"
 * @param identifier         reverse-domain id, e.g. "com.example.app"
 * @param publisher          vendor and package maintainer, e.g. "Jane Doe &lt;jane@example.com&gt;"; may be null
 * @param shortDescription   one line for package summary and desktop Comment; defaults to the product name
 * @param longDescription    package description; may be null
 * @param homepage           the app's web site; may be null
 * @param copyright          e.g. "Copyright 2026 Example Ltd"; may be null
 * @param license            license name or SPDX id, e.g. "MIT"; may be null
 * @param licenseFile        the license text to install with the package; may be null
 * @param category           Tauri's bundle category ("Utility", "DeveloperTool", ...) or a freedesktop category
 * @param icon               the app icon, a PNG on Linux; may be null
 * @param externalBinaries   {@code bundle.externalBin}: binaries copied, executable, into the app image's {@code bin/}
 * @param targets            what to build
 * @param debDepends         Debian packages the app needs besides WebKitGTK and GTK
 * @param rpmDepends         rpm packages the app needs besides WebKitGTK and GTK
 * @param jvmOptions         JVM options for every launch; FFM's native access is always added
 * @param addModules         JDK modules to link although no class names them (service providers, reflection)
 * @param excludeModules     JDK modules to leave out although jdeps finds references to them
 * @param stripNativeSymbols strip symbol tables from the runtime's native libraries (smaller; crash logs lose names)
 * @param cdsArchive         dump a class data sharing archive into the runtime (14 MB more; off by default, as the
 *                           launcher's AOT cache does the same on the user's machine)
 * @param aotCache           the /usr/bin launcher records the app's start on first run and keeps a JDK AOT cache of
 *                           it in the user's cache folder ({@code $XDG_CACHE_HOME/<identifier>}) for later runs
 * @param fastStartOptions   add {@link #FAST_START_OPTIONS} to the JVM options
 * @param urlSchemes         the deep-link plugin's desktop schemes, which the desktop entry declares it opens
 * @param outputDir          where the bundles go, one folder per target, usually {@code target/bundle}
 * @param workDir            scratch space; each step empties only its own subfolder
 * @param outputTimestamp    when set, every file and archive gets this time, so two builds are byte-identical
 */
public record BundleRequest(Path appJar, List<Path> dependencyJars, String mainClass,
                            String productName, String version, String identifier, String publisher,
                            String shortDescription, String longDescription, String homepage,
                            String copyright, String license, Path licenseFile, String category, Path icon,
                            List<ExternalBinary> externalBinaries, Set<BundleTarget> targets, List<String> debDepends, List<String> rpmDepends,
                            List<String> jvmOptions, List<String> addModules, List<String> excludeModules,
                            boolean stripNativeSymbols, boolean cdsArchive, boolean aotCache,
                            boolean fastStartOptions, List<String> urlSchemes,
                            Path outputDir, Path workDir, Instant outputTimestamp) {

    /**
     * JVM options for a desktop app's start and footprint: the serial collector (one heap, no GC threads, the
     * smallest PSS for heaps this size) and no hsperfdata file in /tmp on every start.
     */
    public static final List<String> FAST_START_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:-UsePerfData");

    public BundleRequest {
        Objects.requireNonNull(appJar, "appJar");
        Objects.requireNonNull(mainClass, "mainClass");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(workDir, "workDir");
        if (productName == null || productName.isBlank()) {
            productName = identifier.substring(identifier.lastIndexOf('.') + 1);
        }
        if (shortDescription == null || shortDescription.isBlank()) shortDescription = productName;
        dependencyJars = dependencyJars == null ? List.of() : List.copyOf(dependencyJars);
        externalBinaries = externalBinaries == null ? List.of() : List.copyOf(externalBinaries);
        targets = targets == null || targets.isEmpty() ? Set.of(BundleTarget.APP_IMAGE) : Set.copyOf(targets);
        debDepends = copy(debDepends);
        urlSchemes = copy(urlSchemes);
        rpmDepends = copy(rpmDepends);
        jvmOptions = copy(jvmOptions);
        addModules = copy(addModules);
        excludeModules = copy(excludeModules);
    }

    /** Whether {@code target} was asked for. */
    public boolean wants(BundleTarget target) {
        return targets.contains(target);
    }

    /** A builder with the defaults: app image only, symbols stripped, AOT cache and fast-start options on, no CDS
     * archive, no timestamp. */
    public static Builder builder() {
        return new Builder();
    }

    private static List<String> copy(List<String> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Collects a request field by field; unset fields keep the record's defaults. */
    public static final class Builder {
        private Path appJar;
        private List<Path> dependencyJars = List.of();
        private String mainClass;
        private String productName;
        private String version;
        private String identifier;
        private String publisher;
        private String shortDescription;
        private String longDescription;
        private String homepage;
        private String copyright;
        private String license;
        private Path licenseFile;
        private String category;
        private List<String> urlSchemes = List.of();
        private Path icon;
        private List<ExternalBinary> externalBinaries = List.of();
        private Set<BundleTarget> targets = EnumSet.of(BundleTarget.APP_IMAGE);
        private List<String> debDepends = List.of();
        private List<String> rpmDepends = List.of();
        private List<String> jvmOptions = List.of();
        private List<String> addModules = List.of();
        private List<String> excludeModules = List.of();
        private boolean stripNativeSymbols = true;
        private boolean cdsArchive = false;
        private boolean aotCache = true;
        private boolean fastStartOptions = true;
        private Path outputDir;
        private Path workDir;
        private Instant outputTimestamp;

        private Builder() {
        }

        public Builder appJar(Path v) { appJar = v; return this; }
        public Builder dependencyJars(List<Path> v) { dependencyJars = v; return this; }
        public Builder mainClass(String v) { mainClass = v; return this; }
        public Builder productName(String v) { productName = v; return this; }
        public Builder version(String v) { version = v; return this; }
        public Builder identifier(String v) { identifier = v; return this; }
        public Builder publisher(String v) { publisher = v; return this; }
        public Builder shortDescription(String v) { shortDescription = v; return this; }
        public Builder longDescription(String v) { longDescription = v; return this; }
        public Builder homepage(String v) { homepage = v; return this; }
        public Builder copyright(String v) { copyright = v; return this; }
        public Builder license(String v) { license = v; return this; }
        public Builder licenseFile(Path v) { licenseFile = v; return this; }
        public Builder category(String v) { category = v; return this; }
        public Builder icon(Path v) { icon = v; return this; }
        public Builder externalBinaries(List<ExternalBinary> v) { externalBinaries = v; return this; }
        public Builder targets(Set<BundleTarget> v) { targets = v; return this; }
        public Builder targets(BundleTarget first, BundleTarget... rest) { targets = EnumSet.of(first, rest); return this; }
        public Builder debDepends(List<String> v) { debDepends = v; return this; }
        public Builder rpmDepends(List<String> v) { rpmDepends = v; return this; }
        public Builder jvmOptions(List<String> v) { jvmOptions = v; return this; }
        public Builder addModules(List<String> v) { addModules = v; return this; }
        public Builder excludeModules(List<String> v) { excludeModules = v; return this; }
        public Builder stripNativeSymbols(boolean v) { stripNativeSymbols = v; return this; }
        public Builder cdsArchive(boolean v) { cdsArchive = v; return this; }
        public Builder aotCache(boolean v) { aotCache = v; return this; }
        public Builder fastStartOptions(boolean v) { fastStartOptions = v; return this; }
        /** The deep-link plugin's desktop schemes: the desktop entry opens their URLs (MimeType=x-scheme-handler/...). */
        public Builder urlSchemes(List<String> v) { urlSchemes = v; return this; }
        public Builder outputDir(Path v) { outputDir = v; return this; }
        public Builder workDir(Path v) { workDir = v; return this; }
        public Builder outputTimestamp(Instant v) { outputTimestamp = v; return this; }

        public BundleRequest build() {
            return new BundleRequest(appJar, dependencyJars, mainClass, productName, version, identifier, publisher,
                    shortDescription, longDescription, homepage, copyright, license, licenseFile, category, icon,
                    externalBinaries, targets, debDepends, rpmDepends, jvmOptions, addModules, excludeModules,
                    stripNativeSymbols, cdsArchive, aotCache, fastStartOptions, urlSchemes, outputDir, workDir, outputTimestamp);
        }
    }
}
