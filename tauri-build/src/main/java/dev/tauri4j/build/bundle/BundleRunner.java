package dev.tauri4j.build.bundle;

import dev.tauri4j.build.BuildLog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Runs the bundle steps in order (jdeps, jlink, app image, deb, rpm) and reports what each built and took. */
public final class BundleRunner {

    private final BuildLog log;
    private final String osName;

    /** A runner for this host, reporting to {@code log}. */
    public BundleRunner(BuildLog log) {
        this(log, System.getProperty("os.name"));
    }

    BundleRunner(BuildLog log, String osName) {
        this.log = log;
        this.osName = osName;
    }

    /**
     * Builds every target of the request into {@code outputDir/<target>/}, replacing what an earlier run left there.
     *
     * @throws BundleException when a target cannot be built on this host, an input is missing, or a tool fails
     */
    public BundleResult run(BundleRequest request) {
        checkHost(request);
        checkInputs(request);
        PackageNames names = PackageNames.of(request);
        checkExternalBinaries(request, names);
        List<BundleResult.Step> steps = new ArrayList<>();
        List<BundleResult.Output> outputs = new ArrayList<>();
        Path work = request.workDir();

        JdepsStep.Modules modules = timed("jdeps", steps, () -> JdepsStep.run(request, log));
        JlinkStep.Runtime runtime = timed("jlink", steps,
                () -> JlinkStep.run(modules.addModules(), request, work.resolve("runtime"), log));

        boolean keepImage = request.wants(BundleTarget.APP_IMAGE);
        Path imageParent = Trees.fresh(keepImage ? out(request, BundleTarget.APP_IMAGE) : work.resolve("app-image"));
        Path image = timed("app-image", steps,
                () -> AppImageStep.run(request, names, runtime.dir(), imageParent, work, log));
        if (keepImage) outputs.add(new BundleResult.Output(BundleTarget.APP_IMAGE, image, Trees.size(image)));

        if (request.wants(BundleTarget.DEB)) {
            Path deb = timed("deb", steps, () -> DebStep.run(request, names,
                    LinuxLayout.tree(request, names, image, LinuxLayout.Format.DEB, log),
                    Trees.fresh(out(request, BundleTarget.DEB)), Trees.fresh(work.resolve("deb")), log));
            outputs.add(new BundleResult.Output(BundleTarget.DEB, deb, Trees.size(deb)));
        }
        if (request.wants(BundleTarget.RPM)) {
            Path rpm = timed("rpm", steps, () -> RpmStep.run(request, names,
                    LinuxLayout.tree(request, names, image, LinuxLayout.Format.RPM, log),
                    Trees.fresh(out(request, BundleTarget.RPM)), Trees.fresh(work.resolve("rpm")), log));
            outputs.add(new BundleResult.Output(BundleTarget.RPM, rpm, Trees.size(rpm)));
        }

        BundleResult result = new BundleResult(outputs, steps, runtime.modules(), runtime.bytes());
        StringBuilder summary = new StringBuilder("bundle: ");
        outputs.forEach(o -> summary.append(o.target().id()).append(' ').append(Trees.mb(o.bytes())).append(", "));
        summary.append("in ").append(seconds(result.total())).append(" (");
        steps.forEach(s -> summary.append(s.name()).append(' ').append(seconds(s.duration())).append(", "));
        summary.setLength(summary.length() - 2);
        log.info(summary.append(')').toString());
        return result;
    }

    private void checkHost(BundleRequest request) {
        String host = BundleTarget.osFamily(osName);
        for (BundleTarget t : request.targets()) {
            if (!t.buildsOn(osName)) {
                throw new BundleException("cannot build " + t.id() + " on this host (" + host + ", "
                        + System.getProperty("os.arch") + "): " + t.id() + " builds only on " + t.hostOs()
                        + ". Fix: build it on a " + t.hostOs() + " machine (e.g. a CI matrix) or remove it from "
                        + "bundle.targets");
            }
            if (t != BundleTarget.APP_IMAGE && !host.equals("Linux")) {
                throw new BundleException(t.id() + " bundles are not supported yet; only app-image, deb and rpm are");
            }
        }
        if (request.wants(BundleTarget.RPM)) RpmStep.rpmbuild();
    }

    private static void checkInputs(BundleRequest request) {
        if (!Files.isRegularFile(request.appJar())) throw new BundleException("app jar not found: " + request.appJar());
        for (Path jar : request.dependencyJars()) {
            if (!Files.isRegularFile(jar)) throw new BundleException("dependency jar not found: " + jar);
        }
        if (request.icon() != null && !Files.isRegularFile(request.icon())) {
            throw new BundleException("icon not found: " + request.icon());
        }
        if (request.licenseFile() != null && !Files.isRegularFile(request.licenseFile())) {
            throw new BundleException("license file not found: " + request.licenseFile());
        }
    }

    // Tauri refuses a sidecar named like the app's binary; here it would overwrite the launcher in bin/.
    private static void checkExternalBinaries(BundleRequest request, PackageNames names) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ExternalBinary b : request.externalBinaries()) {
            if (!Files.isRegularFile(b.source())) throw new BundleException("external binary not found: " + b.source());
            if (b.fileName().equals(names.name())) {
                throw new BundleException("bundle.externalBin: the sidecar " + b.source().getFileName() + " would be bin/" + b.fileName()
                        + ", the app's own launcher. Fix: rename the sidecar (and its bundle.externalBin entry)");
            }
            if (!seen.add(b.fileName())) {
                throw new BundleException("bundle.externalBin: two sidecars are both named " + b.fileName() + " in bin/. Fix: rename one");
            }
        }
    }

    private static Path out(BundleRequest request, BundleTarget target) {
        return request.outputDir().resolve(target.id());
    }

    private <T> T timed(String name, List<BundleResult.Step> steps, Supplier<T> step) {
        long start = System.nanoTime();
        T value = step.get();
        Duration d = Duration.ofNanos(System.nanoTime() - start);
        steps.add(new BundleResult.Step(name, d));
        log.info(name + " took " + seconds(d));
        return value;
    }

    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.2f s", d.toNanos() / 1e9);
    }
}
