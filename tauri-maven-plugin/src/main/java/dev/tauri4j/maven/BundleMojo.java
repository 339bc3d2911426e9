package dev.tauri4j.maven;

import dev.tauri4j.build.bundle.BundleRequest;
import dev.tauri4j.build.bundle.BundleResult;
import dev.tauri4j.build.bundle.BundleRunner;
import dev.tauri4j.build.bundle.BundleSettings;
import dev.tauri4j.build.bundle.BundleTarget;
import dev.tauri4j.crypto.minisign.MinisignSecretKey;
import dev.tauri4j.crypto.minisign.MinisignSigner;
import dev.tauri4j.config.ConfigLoader;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * {@code tauri:bundle}: a minimal jlinked runtime and native installers (app-image, deb, rpm on Linux) under
 * target/bundle/&lt;type&gt;/. Forks {@code package}, so {@code mvn tauri:bundle} alone works.
 */
@Mojo(name = "bundle", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PACKAGE)
public class BundleMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    /** The project as the forked package phase left it: its artifact has the jar. */
    @Parameter(defaultValue = "${executedProject}", readonly = true)
    MavenProject executedProject;

    /** The Tauri config file; its {@code bundle} section gives the defaults for everything below. */
    @Parameter(property = "tauri.config")
    File config;

    /** The project folder, where Tauri's config is looked for (then in src-tauri/) when {@code <config>} is not set. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    File basedir;

    /** The app's main class; defaults to the jar manifest's Main-Class. */
    @Parameter(property = "tauri.mainClass")
    String mainClass;

    /** Package types to build (app-image, deb, rpm), overriding {@code bundle.targets}; comma-separated on the command line. */
    @Parameter(property = "tauri.bundle.targets")
    List<String> targets;

    /** The icon PNG, overriding the first PNG of {@code bundle.icon}. */
    @Parameter(property = "tauri.bundle.icon")
    File icon;

    /** The publisher, overriding {@code bundle.publisher}. */
    @Parameter(property = "tauri.bundle.publisher")
    String publisher;

    /** The category, overriding {@code bundle.category} (Tauri's names, e.g. DeveloperTool, Productivity). */
    @Parameter(property = "tauri.bundle.category")
    String category;

    /** The copyright line, overriding {@code bundle.copyright}. */
    @Parameter(property = "tauri.bundle.copyright")
    String copyright;

    /** The license name (SPDX), overriding {@code bundle.license}. */
    @Parameter(property = "tauri.bundle.license")
    String license;

    /** The license file shipped in the packages, overriding {@code bundle.licenseFile}. */
    @Parameter(property = "tauri.bundle.licenseFile")
    File licenseFile;

    /** The one-line description, overriding {@code bundle.shortDescription}. */
    @Parameter(property = "tauri.bundle.shortDescription")
    String shortDescription;

    /** The long description, overriding {@code bundle.longDescription}. */
    @Parameter(property = "tauri.bundle.longDescription")
    String longDescription;

    /** More Debian packages the deb depends on, replacing {@code bundle.linux.deb.depends}; WebKitGTK and GTK are always declared. */
    @Parameter(property = "tauri.bundle.debDepends")
    List<String> debDepends;

    /** More packages the rpm requires, replacing {@code bundle.linux.rpm.depends}; WebKitGTK and GTK are always declared. */
    @Parameter(property = "tauri.bundle.rpmDepends")
    List<String> rpmDepends;

    /** Extra JVM options for the packaged app (the runtime's own are always there). */
    @Parameter(property = "tauri.bundle.jvmOptions")
    List<String> jvmOptions;

    /** Keep a JDK AOT cache of the app's start in the user's cache folder; overrides bundle.linux.aotCache. */
    @Parameter(property = "tauri.bundle.aotCache")
    Boolean aotCache;

    /** Start the JVM with the serial collector and no perf data file; overrides bundle.linux.fastStartOptions. */
    @Parameter(property = "tauri.bundle.fastStartOptions")
    Boolean fastStartOptions;

    /** Ship a CDS archive in the runtime (14 MB); overrides bundle.linux.cdsArchive. */
    @Parameter(property = "tauri.bundle.cdsArchive")
    Boolean cdsArchive;

    /** Where the packages go, one folder per type. */
    @Parameter(property = "tauri.bundle.output", defaultValue = "${project.build.directory}/bundle")
    File outputDir;

    @Parameter(defaultValue = "${project.build.directory}/tauri/bundle-work", readonly = true)
    File workDir;

    /** Makes the packages byte-for-byte reproducible (the same value as the jar's). */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    String outputTimestamp;

    /** A minisign secret key: when set, a {@code .sig} is written next to each package. */
    @Parameter(property = "tauri.signingKey")
    File signingKey;

    /** The environment variable holding the signing key's password. */
    @Parameter(property = "tauri.signingKeyPasswordEnv", defaultValue = "TAURI_SIGNING_PRIVATE_KEY_PASSWORD")
    String signingKeyPasswordEnv;

    /** Skips the goal. */
    @Parameter(property = "tauri.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoFailureException, MojoExecutionException {
        if (skip) return;
        MojoErrors.run("tauri:bundle", () -> {
            MavenProject built = executedProject != null ? executedProject : project;
            File jar = built.getArtifact().getFile();
            if (jar == null || !jar.isFile()) {
                throw new MojoErrors.GoalException("no jar to bundle for " + project.getArtifactId()
                        + ". Fix: the project's packaging must be jar (run mvn tauri:bundle in the app's folder)");
            }
            config = ConfigLocation.resolve(config, basedir);
            BundleRequest.Builder request = BundleSettings.from(ConfigLoader.load(config.toPath()), System.getProperty("os.name"))
                    .appJar(jar.toPath())
                    .dependencyJars(dependencyJars())
                    .mainClass(mainClass != null ? mainClass : manifestMainClass(jar))
                    .outputDir(outputDir.toPath())
                    .workDir(workDir.toPath())
                    .outputTimestamp(timestamp(outputTimestamp));
            if (given(targets)) request.targets(parseTargets(targets));
            if (icon != null) request.icon(icon.toPath());
            if (publisher != null) request.publisher(publisher);
            if (category != null) request.category(category);
            if (given(jvmOptions)) request.jvmOptions(jvmOptions);
            if (copyright != null) request.copyright(copyright);
            if (license != null) request.license(license);
            if (licenseFile != null) request.licenseFile(licenseFile.toPath());
            if (shortDescription != null) request.shortDescription(shortDescription);
            if (longDescription != null) request.longDescription(longDescription);
            if (given(debDepends)) request.debDepends(debDepends);
            if (given(rpmDepends)) request.rpmDepends(rpmDepends);
            if (aotCache != null) request.aotCache(aotCache);
            if (fastStartOptions != null) request.fastStartOptions(fastStartOptions);
            if (cdsArchive != null) request.cdsArchive(cdsArchive);
            BundleResult result = new BundleRunner(new MavenBuildLog(getLog())).run(request.build());
            for (BundleResult.Output out : result.outputs()) {
                getLog().info(String.format("%-9s %s (%.1f MB)", out.target().id(), out.path(), out.bytes() / 1e6));
            }
            getLog().info("Bundled in " + result.total().toMillis() + " ms");
            if (signingKey != null) sign(result);
        });
    }

    /** An unset list parameter may arrive empty rather than null; either way the config's value stays. */
    private static boolean given(List<String> values) {
        return values != null && !values.isEmpty();
    }

    private List<Path> dependencyJars() throws Exception {
        List<Path> jars = new ArrayList<>();
        MavenProject built = executedProject != null ? executedProject : project;
        for (String element : built.getRuntimeClasspathElements()) {
            Path p = Path.of(element);
            if (Files.isRegularFile(p) && p.toString().endsWith(".jar")) jars.add(p);
        }
        return jars;
    }

    private static String manifestMainClass(File jar) throws Exception {
        try (JarFile j = new JarFile(jar)) {
            String main = j.getManifest() == null ? null : j.getManifest().getMainAttributes().getValue("Main-Class");
            if (main == null) {
                throw new MojoErrors.GoalException(jar.getName() + " has no Main-Class. Fix: set <mainClass> in the"
                        + " tauri-maven-plugin configuration (or -Dtauri.mainClass=com.example.Main)");
            }
            return main;
        }
    }

    private static Set<BundleTarget> parseTargets(List<String> ids) {
        Set<BundleTarget> set = EnumSet.noneOf(BundleTarget.class);
        for (String id : ids) for (String one : id.split(",")) if (!one.isBlank()) set.add(BundleTarget.of(one.strip()));
        return set;
    }

    /** Maven accepts ISO-8601 or seconds since the epoch; a single character means "not reproducible". */
    static Instant timestamp(String value) {
        if (value == null || value.length() < 2) return null;
        if (value.chars().allMatch(Character::isDigit)) return Instant.ofEpochSecond(Long.parseLong(value));
        return OffsetDateTime.parse(value).toInstant();
    }

    private void sign(BundleResult result) throws Exception {
        MinisignSecretKey secret = SigningKey.open(signingKey.toPath(), signingKeyPasswordEnv);
        for (BundleResult.Output out : result.outputs()) {
            if (!Files.isRegularFile(out.path())) continue; // an app-image is a folder: its packages are signed instead
            Path sig = Path.of(out.path() + ".sig");
            Files.writeString(sig, MinisignSigner.sign(out.path(), secret, out.path().getFileName().toString()).toText());
            getLog().info("signed " + out.path().getFileName() + " -> " + sig.getFileName());
        }
    }
}
