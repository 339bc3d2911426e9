package dev.tauri4j.build.bundle;

import dev.tauri4j.build.BuildLog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Builds the .rpm with rpmbuild from the same tree as the .deb. Running rpmbuild ourselves (not through jpackage,
 * which runs in-process) is what lets us hand it SOURCE_DATE_EPOCH for byte-identical rebuilds.
 */
final class RpmStep {

    /** WebKitGTK 4.1 and GTK 3 under their Fedora/openSUSE package names. */
    static final List<String> BASE_REQUIRES = List.of("webkit2gtk4.1", "gtk3");

    private RpmStep() {
    }

    /** rpmbuild's path, or a failure saying how to install it. */
    static Path rpmbuild() {
        return Tools.onPath("rpmbuild").orElseThrow(() -> new BundleException("building an rpm needs rpmbuild on the "
                + "PATH. Fix: apt-get install rpm (Debian, Ubuntu) or dnf install rpm-build (Fedora)"));
    }

    static Path run(BundleRequest request, PackageNames names, PackageTree tree, Path outDir, Path workDir,
                    BuildLog log) {
        Path rpmbuild = rpmbuild();
        Path root = Trees.fresh(workDir.resolve("root"));
        materialize(tree, root);
        Path spec = workDir.resolve(names.name() + ".spec");
        try {
            Files.writeString(spec, spec(request, names, tree), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Tools.mkdirs(outDir);
        List<String> cmd = new ArrayList<>(List.of(rpmbuild.toString(), "-bb",
                "--define", "_topdir " + Trees.fresh(workDir.resolve("top")),
                "--define", "_rpmdir " + outDir,
                "--define", "_build_name_fmt %%{NAME}-%%{VERSION}-%%{RELEASE}.%%{ARCH}.rpm",
                "--define", "tauri_tree " + root,
                // Our runtime is already stripped; rpm's strip, debuginfo and build-id steps would only rewrite it.
                "--define", "debug_package %{nil}",
                "--define", "__os_install_post %{nil}",
                "--define", "_build_id_links none",
                // xz -6, as in the deb and as Fedora's own packages. Single-threaded ("w6T0" would use every core)
                // because xz's multi-threaded output depends on the thread count, i.e. on the build machine.
                "--define", "_binary_payload w6.xzdio"));
        Map<String, String> env = Map.of();
        if (request.outputTimestamp() != null) {
            env = Map.of("SOURCE_DATE_EPOCH", Long.toString(request.outputTimestamp().getEpochSecond()));
            cmd.addAll(List.of("--define", "_buildhost reproducible",
                    "--define", "clamp_mtime_to_source_date_epoch 1",
                    "--define", "use_source_date_epoch_as_buildtime 1"));
        }
        cmd.add(spec.toString());
        Tools.exec(cmd, env, log);
        String prefix = names.name() + "-" + names.rpmVersion() + "-1.";
        List<Path> built = rpms(outDir).stream().filter(f -> f.getFileName().toString().startsWith(prefix)).toList();
        // rpmbuild succeeded, so a missing or extra package means the spec and this lookup disagree: a bug
        if (built.size() != 1) throw new IllegalStateException("rpmbuild finished but wrote " + built + " to " + outDir);
        Path rpm = built.getFirst();
        log.info("rpm: " + rpm + " " + Trees.mb(Trees.size(rpm)) + ", Requires: " + String.join(", ", requires(request)));
        return rpm;
    }

    static List<String> requires(BundleRequest request) {
        Set<String> all = new LinkedHashSet<>(BASE_REQUIRES);
        request.rpmDepends().forEach(d -> all.add(d.strip()));
        return List.copyOf(all);
    }

    static String spec(BundleRequest request, PackageNames names, PackageTree tree) {
        StringBuilder sb = new StringBuilder();
        sb.append("Name: ").append(names.name()).append('\n');
        sb.append("Version: ").append(names.rpmVersion()).append('\n');
        sb.append("Release: 1\n");
        sb.append("Summary: ").append(line(request.shortDescription())).append('\n');
        sb.append("License: ").append(request.license() == null ? "Unknown" : line(request.license())).append('\n');
        if (request.homepage() != null) sb.append("URL: ").append(line(request.homepage())).append('\n');
        if (request.publisher() != null) sb.append("Vendor: ").append(line(request.publisher())).append('\n');
        // rpm would scan the bundled JDK libraries and advertise them (libjvm.so, ...) to the whole system.
        sb.append("AutoReqProv: no\n");
        requires(request).forEach(r -> sb.append("Requires: ").append(line(r)).append('\n'));
        sb.append("\n%description\n");
        String description = request.longDescription() == null ? request.shortDescription() : request.longDescription();
        sb.append(description.strip().replace("%", "%%")).append('\n');
        sb.append("\n%install\n");
        sb.append("cp -a \"%{tauri_tree}/.\" \"%{buildroot}/\"\n");
        sb.append("\n%files\n");
        // Ownership by name, not by whoever ran the build.
        sb.append("%defattr(-,root,root,-)\n");
        tree.owned().forEach(p -> sb.append('/').append(p).append('\n'));
        return sb.toString();
    }

    private static String line(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ").replace("%", "%%");
    }

    private static void materialize(PackageTree tree, Path root) {
        try {
            for (PackageTree.Entry e : tree.entries()) {
                Path p = root.resolve(e.path());
                switch (e.type()) {
                    case DIR -> Files.createDirectories(p);
                    case SYMLINK -> Files.createSymbolicLink(p, Path.of(e.linkTarget()));
                    case FILE -> {
                        try (InputStream in = e.open()) {
                            Files.copy(in, p);
                        }
                    }
                }
                if (e.type() != PackageTree.Type.SYMLINK) Files.setPosixFilePermissions(p, permissions(e.mode()));
            }
            // Children first: creating a file touches its folder's time.
            for (PackageTree.Entry e : tree.entries().reversed()) {
                if (e.type() != PackageTree.Type.SYMLINK) {
                    Files.setLastModifiedTime(root.resolve(e.path()), FileTime.fromMillis(e.mtime() * 1000));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ .. OTHERS_EXECUTE, high bit first
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << (8 - i))) != 0) set.add(bits[i]);
        }
        return set;
    }

    private static List<Path> rpms(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".rpm")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
