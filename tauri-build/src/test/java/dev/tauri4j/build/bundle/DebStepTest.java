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
    void payloadIsXzAsInDebiansOwnPackages() throws Exception {
        Path file = build(dir.resolve("a"));
        byte[] deb = Files.readAllBytes(file);
        // ar: an 8-byte magic, then per member a 60-byte header (name in 16, size at 48 in 10) and the data, even-padded
        List<String> names = new java.util.ArrayList<>();
        byte[] data = null;
        for (int at = 8; at < deb.length; ) {
            String header = new String(deb, at, 60, java.nio.charset.StandardCharsets.US_ASCII);
            int size = Integer.parseInt(header.substring(48, 58).strip());
            names.add(header.substring(0, 16).strip());
            if (names.getLast().startsWith("data.")) data = java.util.Arrays.copyOfRange(deb, at + 60, at + 60 + size);
            at += 60 + size + size % 2;
        }
        assertThat(names).containsExactly("debian-binary", "control.tar.gz", "data.tar.xz");
        assertThat(java.util.Arrays.copyOf(data, 6)).as("xz magic").isEqualTo(new byte[] {(byte) 0xFD, '7', 'z', 'X', 'Z', 0});
        // dpkg-deb's own xz reads it to the end (a broken stream fails -c with "unexpected end of file").
        assertThat(Fixtures.run("dpkg-deb", "--fsys-tarfile", file.toString())).contains("file-with-a-long-name");
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
