package dev.tauri4j.build.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole bundle of a tiny Hello app, built twice with the same outputTimestamp. */
class BundleRunnerTest {

    private static final String NAME = "hello-bundle";

    @TempDir
    static Path dir;

    static BundleResult first;
    static BundleResult second;

    @BeforeAll
    static void bundleTwice() {
        Path jar = Fixtures.jar(dir, "hello", "hello.Hello", Fixtures.HELLO, List.of());
        BundleRunner runner = new BundleRunner(Fixtures.printingLog());
        first = runner.run(Fixtures.hello(jar, dir.resolve("one")).externalBinaries(sidecar()).build());
        second = runner.run(Fixtures.hello(jar, dir.resolve("two")).externalBinaries(sidecar()).build());
        for (BundleResult r : List.of(first, second)) {
            System.out.println("[bundle] steps " + r.steps() + ", total " + BundleRunner.seconds(r.total()));
            r.outputs().forEach(o -> System.out.println("[bundle] " + o.target().id() + " " + o.bytes() + " bytes "
                    + o.path()));
        }
    }

    @Test
    void everyTargetLandsInItsFolder() {
        assertThat(first.outputs()).extracting(BundleResult.Output::target)
                .containsExactly(BundleTarget.APP_IMAGE, BundleTarget.DEB, BundleTarget.RPM);
        Path out = dir.resolve("one/bundle");
        assertThat(first.output(BundleTarget.APP_IMAGE).path()).isEqualTo(out.resolve("app-image/" + NAME));
        assertThat(first.output(BundleTarget.DEB).path().getParent()).isEqualTo(out.resolve("deb"));
        assertThat(first.output(BundleTarget.RPM).path().getParent()).isEqualTo(out.resolve("rpm"));
        assertThat(first.steps()).extracting(BundleResult.Step::name)
                .containsExactly("jdeps", "jlink", "app-image", "deb", "rpm");
        assertThat(first.modules()).containsExactly("java.base");
        assertThat(first.outputs()).allSatisfy(o -> assertThat(o.bytes()).isPositive());
    }

    @Test
    void debDeclaresWebKitAndShipsDesktopEntryAndIcon() {
        String deb = first.output(BundleTarget.DEB).path().toString();
        assertThat(Fixtures.run("dpkg-deb", "-f", deb, "Depends").strip())
                .isEqualTo("libwebkit2gtk-4.1-0, libgtk-3-0, libnotify4");
        assertThat(Fixtures.run("dpkg-deb", "-I", deb)).contains("Package: " + NAME, "Version: 1.2.0~beta.1",
                "Maintainer: tauri4j tests <tests@tauri4j.dev>", "Homepage: https://tauri4j.dev", "Section: devel");
        String contents = Fixtures.run("dpkg-deb", "-c", deb);
        assertThat(contents).contains(
                "./usr/share/applications/" + NAME + ".desktop",
                "./usr/share/icons/hicolor/32x32/apps/" + NAME + ".png",
                "./usr/bin/" + NAME,
                "./usr/share/doc/" + NAME + "/copyright",
                "./opt/" + NAME + "/bin/" + NAME);
        // 14 MB that the launcher's AOT cache replaces on the user's machine (cdsArchive brings it back)
        assertThat(contents).doesNotContain("classes.jsa");
    }

    // as a checkout may leave it: not executable, with the triple in its name
    private static List<ExternalBinary> sidecar() {
        try {
            Path source = dir.resolve("binaries/greeter-x86_64-unknown-linux-gnu");
            if (!Files.exists(source)) {
                Files.createDirectories(source.getParent());
                Files.writeString(source, "#!/bin/sh\necho \"greeter $*\"\n");
            }
            return List.of(new ExternalBinary(source, "greeter"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theSidecarSitsExecutableNextToTheLauncherWithoutTheTriple() throws IOException {
        Path image = first.output(BundleTarget.APP_IMAGE).path();
        assertThat(Fixtures.run(image.resolve("bin/greeter").toString(), "hi")).isEqualTo("greeter hi\n");
        String contents = Fixtures.run("dpkg-deb", "-c", first.output(BundleTarget.DEB).path().toString());
        assertThat(contents.lines().filter(l -> l.contains("greeter")))
                .singleElement().satisfies(l -> assertThat(l).startsWith("-rwxr-xr-x").endsWith(" ./opt/" + NAME + "/bin/greeter"));
        Path deb = extractDeb(dir.resolve("x-sidecar"));
        assertThat(Fixtures.run(deb.resolve("opt/" + NAME + "/bin/greeter").toString(), "from", "deb")).isEqualTo("greeter from deb\n");
    }

    @Test
    void aSidecarNamedLikeTheLauncherIsRefused() throws IOException {
        Path jar = Fixtures.jar(dir, "hello-clash", "hello.Hello", Fixtures.HELLO, List.of());
        List<ExternalBinary> clash = List.of(new ExternalBinary(sidecar().getFirst().source(), NAME));
        assertThatThrownBy(() -> new BundleRunner(Fixtures.printingLog()).run(Fixtures.hello(jar, dir.resolve("clash"))
                .externalBinaries(clash).build())).isInstanceOf(BundleException.class)
                .hasMessageContaining("would be bin/" + NAME + ", the app's own launcher").hasMessageContaining("Fix: rename the sidecar");
    }

    @Test
    void desktopEntryIsValid() throws IOException {
        Path root = extractDeb(dir.resolve("x-desktop"));
        Path entry = root.resolve("usr/share/applications/" + NAME + ".desktop");
        assertThat(entry).content().contains("Name=Hello Bundle", "Exec=/usr/bin/" + NAME, "Icon=" + NAME,
                "Categories=Development;", "Terminal=false", "Type=Application");
        assumeTrue(Tools.onPath("desktop-file-validate").isPresent(), "desktop-file-utils not installed");
        assertThat(Fixtures.run("desktop-file-validate", entry.toString())).isEmpty();
    }

    @Test
    void rpmRequiresWebKitAndListsTheSameFiles() {
        String rpm = first.output(BundleTarget.RPM).path().toString();
        assertThat(Fixtures.run("rpm", "-qpR", rpm).lines()).contains("webkit2gtk4.1", "gtk3", "libnotify");
        assertThat(Fixtures.run("rpm", "-qpl", rpm).lines()).contains(
                "/usr/share/applications/" + NAME + ".desktop",
                "/usr/share/icons/hicolor/32x32/apps/" + NAME + ".png",
                "/usr/bin/" + NAME,
                "/usr/share/licenses/" + NAME + "/LICENSE.txt",
                "/opt/" + NAME + "/bin/" + NAME);
        // No auto-provides: the bundled libjvm.so must not satisfy other packages' dependencies.
        assertThat(Fixtures.run("rpm", "-qp", "--provides", rpm)).doesNotContain("libjvm");
        assertThat(Fixtures.run("rpm", "-qp", "--qf", "%{BUILDTIME} %{BUILDHOST}", rpm))
                .isEqualTo(Fixtures.TIMESTAMP.getEpochSecond() + " reproducible");
    }

    @Test
    void twoBuildsAreByteIdentical() throws IOException {
        for (BundleTarget t : List.of(BundleTarget.DEB, BundleTarget.RPM)) {
            assertThat(Files.mismatch(first.output(t).path(), second.output(t).path())).as(t.id() + " first differing byte")
                    .isEqualTo(-1L);
        }
        assertThat(snapshot(second.output(BundleTarget.APP_IMAGE).path()))
                .isEqualTo(snapshot(first.output(BundleTarget.APP_IMAGE).path()));
    }

    @Test
    void launchersRunTheApp() throws IOException {
        Path image = first.output(BundleTarget.APP_IMAGE).path();
        assertThat(Fixtures.run(image.resolve("bin/" + NAME).toString())).isEqualTo("Hello (it's \"here\")\n");

        Path deb = extractDeb(dir.resolve("x-run"));
        assertThat(Fixtures.run(deb.resolve("usr/bin/" + NAME).toString(), "a b", "c"))
                .isEqualTo("Hello (it's \"here\") a b c\n");

        assumeTrue(Tools.onPath("cpio").isPresent(), "cpio not installed");
        Path rpm = Files.createDirectories(dir.resolve("x-rpm"));
        Fixtures.run(List.of("sh", "-c", "rpm2cpio \"$0\" | (cd \"$1\" && cpio -idm --quiet)",
                first.output(BundleTarget.RPM).path().toString(), rpm.toString()), Map.of());
        assertThat(Fixtures.run(rpm.resolve("usr/bin/" + NAME).toString())).isEqualTo("Hello (it's \"here\")\n");
    }

    @Test
    void packagedLauncherNeverAsksThePackageManagers() throws IOException {
        // jpackage's launcher runs rpm -qf and dpkg -S on every start (about 170 ms here); ours must not. Fake
        // rpm and dpkg first on the PATH record every call, so this is checked without timing anything.
        Path root = extractDeb(dir.resolve("x-launcher"));
        Path home = root.resolve("opt/" + NAME);
        Path fakeBin = Files.createDirectories(dir.resolve("fake-bin"));
        Path calls = dir.resolve("package-manager-calls.log");
        for (String tool : List.of("rpm", "dpkg")) {
            Path script = fakeBin.resolve(tool);
            Files.writeString(script, "#!/bin/sh\necho \"$0 $*\" >> '" + calls + "'\nexit 1\n");
            script.toFile().setExecutable(true);
        }
        Map<String, String> env = Map.of("PATH", fakeBin + ":" + System.getenv("PATH"));

        String out = Fixtures.run(List.of(root.resolve("usr/bin/" + NAME).toString()), env);
        assertThat(out).contains("Hello");
        assertThat(calls).doesNotExist();

        Fixtures.run(List.of(home.resolve("bin/" + NAME).toString()), env);
        assertThat(calls).as("jpackage's own launcher still asks rpm/dpkg: else this detour can go").exists();
    }

    @Test
    void launcherRecordsThenBuildsThenUsesAnAotCacheAndNeverPrintsAboutIt() throws Exception {
        Path root = extractDeb(dir.resolve("x-aot"));
        String command = root.resolve("usr/bin/" + NAME).toString();
        Path cache = dir.resolve("cache");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
        String hello = "Hello (it's \"here\")\n";

        assertThat(Fixtures.run(List.of(command), env)).as("first run: records").isEqualTo(hello);
        Path folder = cache.resolve("dev.tauri4j.test.hello");
        List<Path> conf = list(folder, ".aot.conf");
        assertThat(conf).as("the first run's record in " + folder).hasSize(1);
        String aotName = conf.getFirst().getFileName().toString().replace(".conf", "");
        assertThat(aotName).matches(NAME + "-[0-9a-f]{16}\\.aot");

        assertThat(Fixtures.run(List.of(command), env)).as("second run: builds the cache behind").isEqualTo(hello);
        Path aot = folder.resolve(aotName);
        for (int i = 0; i < 600 && !Files.exists(aot); i++) Thread.sleep(100);
        assertThat(aot).as("the cache the second run assembles in the background").exists();
        for (int i = 0; i < 100 && Files.exists(conf.getFirst()); i++) Thread.sleep(100);
        assertThat(conf.getFirst()).as("the record, removed once the cache is built").doesNotExist();

        // The third run maps it: the runtime has no CDS archive of its own, so only the cache can be the source
        // of shared classes (JDK_JAVA_OPTIONS reaches the java the launcher execs).
        String mapped = Fixtures.run(List.of(command), Map.of("XDG_CACHE_HOME", cache.toString(),
                "JDK_JAVA_OPTIONS", "-Xlog:class+load=info"));
        assertThat(mapped).contains("hello.Hello source: shared objects file").contains(hello);

        // A broken cache, a broken record, no writable cache folder: the app starts all the same, and says nothing.
        Files.write(aot, new byte[] {1, 2, 3});
        assertThat(Fixtures.run(List.of(command), env)).as("truncated cache").isEqualTo(hello);
        Files.delete(aot);
        Files.writeString(conf.getFirst(), "not a record");
        assertThat(Fixtures.run(List.of(command), env)).as("garbage record").isEqualTo(hello);
        for (int i = 0; i < 300 && Files.exists(conf.getFirst()); i++) Thread.sleep(100);
        assertThat(conf.getFirst()).as("a record the JVM refuses is dropped, so the next run records anew")
                .doesNotExist();
        assertThat(Fixtures.run(List.of(command), Map.of("XDG_CACHE_HOME", "/proc/self/no-such-dir")))
                .as("cache folder cannot be made").isEqualTo(hello);
        assertThat(Fixtures.run(List.of(command), Map.of("HOME", "/dev/null", "XDG_CACHE_HOME", "")))
                .as("HOME is a file").isEqualTo(hello);
    }

    private static List<Path> list(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
        }
    }

    @Test
    void aTargetOfAnotherOsFailsNamingHostAndType() {
        BundleRequest dmg = Fixtures.hello(dir.resolve("none.jar"), dir.resolve("dmg"))
                .targets(BundleTarget.APP_IMAGE, BundleTarget.DMG).build();
        assertThatThrownBy(() -> new BundleRunner(Fixtures.printingLog(), "Linux").run(dmg))
                .isInstanceOf(BundleException.class)
                .hasMessageContaining("cannot build dmg on this host (Linux").hasMessageContaining("only on macOS");
        BundleRequest deb = Fixtures.hello(dir.resolve("none.jar"), dir.resolve("deb"))
                .targets(BundleTarget.DEB).build();
        assertThatThrownBy(() -> new BundleRunner(Fixtures.printingLog(), "Windows 11").run(deb))
                .isInstanceOf(BundleException.class).hasMessageContaining("cannot build deb on this host (Windows");
    }

    private static Path extractDeb(Path into) {
        Fixtures.run("dpkg-deb", "-x", first.output(BundleTarget.DEB).path().toString(), into.toString());
        return into;
    }

    // Relative path -> content hash and time, for comparing two app images.
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> map = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                String hash = Files.isRegularFile(p) ? Integer.toHexString(java.util.Arrays.hashCode(
                        Files.readAllBytes(p))) : "dir";
                map.put(root.relativize(p).toString(), hash + " " + Files.getLastModifiedTime(p));
            }
        }
        return map;
    }
}
