package dev.tauri4j.build.bundle;

import dev.tauri4j.build.BuildLog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Lays out the app image with jpackage: launcher, app jars, icon and the linked runtime. */
final class AppImageStep {

    static final String NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED";

    private AppImageStep() {
    }

    /** Builds {@code destParent/<name>} and returns it. */
    static Path run(BundleRequest request, PackageNames names, Path runtime, Path destParent, Path workDir,
                    BuildLog log) {
        Path input = Trees.fresh(workDir.resolve("input"));
        copyJars(request, input);
        Path image = destParent.resolve(names.name());
        Trees.delete(image); // jpackage refuses an existing destination
        Tools.mkdirs(destParent);

        List<String> args = new ArrayList<>(List.of("--type", "app-image",
                "--dest", destParent.toString(),
                "--name", names.name(),
                "--app-version", request.version(),
                "--runtime-image", runtime.toString(),
                "--input", input.toString(),
                "--main-jar", request.appJar().getFileName().toString(),
                "--main-class", request.mainClass(),
                "--description", request.shortDescription()));
        optional(args, "--icon", request.icon() == null ? null : request.icon().toString());
        optional(args, "--vendor", request.publisher());
        optional(args, "--copyright", request.copyright());
        for (String option : jvmOptions(request)) {
            args.add("--java-options");
            args.add(jpackageQuoted(option));
        }
        Tools.jdkTool("jpackage", args, log);
        keepClasspathOrder(image.resolve("lib/app/" + names.name() + ".cfg"), request);
        copyExternalBinaries(request, image.resolve("bin"), log);
        if (request.outputTimestamp() != null) Trees.pinTimes(image, request.outputTimestamp());
        log.info("app-image: " + image + " " + Trees.mb(Trees.size(image)));
        return image;
    }

    /** The request's JVM options after the fast-start ones, with native access for FFM added when missing. */
    static List<String> jvmOptions(BundleRequest request) {
        List<String> options = new ArrayList<>();
        if (request.fastStartOptions()) {
            // Two collectors stop the JVM ("Conflicting collector combinations"), so the app's own choice wins.
            boolean ownGc = request.jvmOptions().stream().anyMatch(o -> o.matches("-XX:\\+Use\\w*GC"));
            BundleRequest.FAST_START_OPTIONS.stream().filter(o -> !(ownGc && o.endsWith("GC"))).forEach(options::add);
        }
        options.addAll(request.jvmOptions());
        if (options.stream().noneMatch(o -> o.startsWith("--enable-native-access"))) options.addFirst(NATIVE_ACCESS);
        return options;
    }

    /**
     * One option as jpackage reads it: it splits {@code --java-options} at whitespace and drops quotes, so an option
     * with a space or quote goes in double quotes with its own double quotes escaped.
     */
    static String jpackageQuoted(String option) {
        if (!option.matches(".*[\\s\"'].*")) return option;
        if (option.endsWith("\\")) {
            throw new BundleException("JVM option " + option + " has a space or quote and ends with a backslash, which "
                    + "jpackage cannot take. Fix: drop the trailing backslash");
        }
        return '"' + option.replace("\"", "\\\"") + '"';
    }

    // jpackage lists the main jar, then the other jars of --input by name; the build's classpath order decides
    // which of two copies of a class wins, so put that order back.
    static void keepClasspathOrder(Path cfg, BundleRequest request) {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(cfg));
            List<String> wanted = new ArrayList<>();
            wanted.add("app.classpath=$APPDIR/" + request.appJar().getFileName());
            request.dependencyJars().forEach(j -> wanted.add("app.classpath=$APPDIR/" + j.getFileName()));
            List<String> found = lines.stream().filter(l -> l.startsWith("app.classpath=")).toList();
            if (!new HashSet<>(found).equals(new HashSet<>(wanted))) {
                // jpackage was given exactly these jars, so a difference is ours (or a new jpackage's) to fix
                throw new IllegalStateException("jpackage's classpath " + found + " is not the bundle's " + wanted);
            }
            int at = lines.indexOf(found.getFirst());
            lines.removeAll(found);
            lines.addAll(at, wanted);
            Files.write(cfg, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Next to the launcher, as Tauri's bundler puts them next to the executable: the runtime finds them through
    // jpackage.app-path, which both jpackage's launcher and the /usr/bin one set. Executable whatever the source's
    // mode was, as a sidecar is there to be run (a checkout or an archive easily loses the x bit).
    static void copyExternalBinaries(BundleRequest request, Path bin, BuildLog log) {
        try {
            for (ExternalBinary b : request.externalBinaries()) {
                Path to = bin.resolve(b.fileName());
                Files.copy(b.source(), to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Files.setPosixFilePermissions(to, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
                log.info("app-image: sidecar " + b.source().getFileName() + " -> bin/" + b.fileName());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // jpackage puts every jar of --input on the classpath; two jars with one file name would overwrite each other.
    private static void copyJars(BundleRequest request, Path input) {
        Set<String> seen = new HashSet<>();
        List<Path> jars = new ArrayList<>();
        jars.add(request.appJar());
        jars.addAll(request.dependencyJars());
        try {
            for (Path jar : jars) {
                if (!Files.isRegularFile(jar)) throw new BundleException("jar not found: " + jar);
                String name = jar.getFileName().toString();
                if (!seen.add(name)) {
                    throw new BundleException("two jars on the classpath are both named " + name
                            + ". Fix: rename one (e.g. prefix the groupId) before bundling");
                }
                Files.copy(jar, input.resolve(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void optional(List<String> args, String option, String value) {
        if (value != null && !value.isBlank()) {
            args.add(option);
            args.add(value);
        }
    }
}
