package dev.tauri4j.build.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-made .deb against dpkg-deb's reading of it, on a small tree (no jlink). */
class DebStepTest {

    private static final String LONG = "opt/demo/lib/" + "deep/".repeat(22) + "file-with-a-long-name.txt";

    @TempDir
    Path dir;

    @Test
    void dpkgReadsControlAndContents() throws Exception {
        Path deb = build(dir.resolve("a"));

        String info = Fixtures.run("dpkg-deb", "-I", deb.toString());
        assertThat(info).contains("Package: demo", "Version: 2.0.0~rc.1", "Architecture: ",
                "Depends: libwebkit2gtk-4.1-0, libgtk-3-0, libfoo1 (>= 2)", "Section: devel",
                "Description: Demo app", " Line one.", " .", " Line three.");
        assertThat(Fixtures.run("dpkg-deb", "-f", deb.toString(), "Installed-Size").strip()).isEqualTo("7");

        String contents = Fixtures.run("dpkg-deb", "-c", deb.toString());
        assertThat(contents).contains("drwxr-xr-x root/root         0 2026-01-01 00:00 ./opt/demo/",
                "-rwxr-xr-x root/root        10 2026-01-01 00:00 ./opt/demo/bin/demo",
                "lrwxrwxrwx root/root         0 2026-01-01 00:00 ./opt/demo/lib/current -> bin/demo",
                "./" + LONG);

        Path x = dir.resolve("x");
        Fixtures.run("dpkg-deb", "-x", deb.toString(), x.toString());
        assertThat(x.resolve("opt/demo/bin/demo")).hasContent("#!/bin/sh");
        assertThat(Files.getPosixFilePermissions(x.resolve("opt/demo/bin/demo")))
                .contains(PosixFilePermission.OTHERS_EXECUTE);
        assertThat(x.resolve(LONG)).hasContent("long");
        assertThat(Files.readSymbolicLink(x.resolve("opt/demo/lib/current"))).isEqualTo(Path.of("bin/demo"));

        // md5sums lets dpkg --verify check installed files.
        Path ctrl = dir.resolve("ctrl");
        Fixtures.run("dpkg-deb", "-e", deb.toString(), ctrl.toString());
        assertThat(ctrl.resolve("md5sums")).content().contains("  opt/demo/bin/demo\n");
    }

    @Test
    void sameInputSameBytes() throws Exception {
        Path one = build(dir.resolve("a"));
        Path two = build(dir.resolve("b"));
        assertThat(Files.readAllBytes(one)).isEqualTo(Files.readAllBytes(two));
    }

    private Path build(Path root) {
        long t = Fixtures.TIMESTAMP.getEpochSecond();
        PackageTree tree = new PackageTree(List.of(
                PackageTree.Entry.dir("opt", t),
                PackageTree.Entry.dir("opt/demo", t),
                PackageTree.Entry.dir("opt/demo/bin", t),
                PackageTree.Entry.generated("opt/demo/bin/demo", 0755, t, "#!/bin/sh\n".getBytes()),
                PackageTree.Entry.dir("opt/demo/lib", t),
                PackageTree.Entry.link("opt/demo/lib/current", t, "bin/demo"),
                PackageTree.Entry.generated(LONG, 0644, t, "long".getBytes())),
                List.of("opt/demo"));
        BundleRequest request = BundleRequest.builder().appJar(Path.of("a.jar")).mainClass("a.A").productName("Demo")
                .version("2.0.0-rc.1").identifier("com.example.demo").shortDescription("Demo app")
                .longDescription("Line one.\n\nLine three.").category("DeveloperTool")
                .debDepends(List.of("libfoo1 (>= 2)", "libgtk-3-0")).outputTimestamp(Fixtures.TIMESTAMP)
                .outputDir(root).workDir(root.resolve("work")).build();
        return DebStep.run(request, PackageNames.of(request), tree, root.resolve("deb"), root.resolve("work"),
                Fixtures.printingLog());
    }
}
