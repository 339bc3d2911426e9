package dev.tauri4j.build.bundle;

import dev.tauri4j.build.BuildLog;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.tukaani.xz.FilterOptions;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.X86Options;
import org.tukaani.xz.XZ;
import org.tukaani.xz.XZOutputStream;

/**
 * Writes the .deb directly (ar of debian-binary, control.tar.gz, data.tar.xz), as Tauri's bundler does: no
 * dpkg-deb or fakeroot needed, and reproducible by construction: the xz is pure Java (org.tukaani:xz), so its bytes
 * follow the library's version, not the build machine's xz.
 */
final class DebStep {

    /** What every tauri4j app needs at run time; jpackage cannot see these, as the app loads them through FFM. */
    static final List<String> BASE_DEPENDS = List.of("libwebkit2gtk-4.1-0", "libgtk-3-0");

    /** The payload's member name; xz, as Debian's own packages are. */
    static final String DATA_MEMBER = "data.tar.xz";

    // dpkg-deb's default level; 9 saved under 1% on the hello app. Most of the payload is x86 machine code
    // (libjvm.so alone is half of it), so the x86 branch filter goes first: 3% smaller (14.46 against 14.92 MB
    // for the hello app), and any xz or liblzma (dpkg's) decodes it. It leaves other bytes almost as they are.
    private static final int XZ_PRESET = 6;

    private DebStep() {
    }

    static Path run(BundleRequest request, PackageNames names, PackageTree tree, Path outDir, Path workDir,
                    BuildLog log) {
        long mtime = (request.outputTimestamp() == null ? Instant.now() : request.outputTimestamp()).getEpochSecond();
        Path data = Tools.mkdirs(workDir).resolve(DATA_MEMBER);
        try {
            StringBuilder md5sums = new StringBuilder();
            long installedKiB = writeData(tree, data, mtime, md5sums);
            String control = control(request, names, installedKiB, log);
            byte[] controlTar = controlTar(control, md5sums.toString(), mtime);

            Path deb = Tools.mkdirs(outDir).resolve(names.name() + "_" + names.debVersion() + "_" + names.debArch()
                    + ".deb");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(deb), 1 << 16)) {
                out.write("!<arch>\n".getBytes(StandardCharsets.US_ASCII));
                member(out, "debian-binary", mtime, 4, new ByteArrayInputStream("2.0\n".getBytes(StandardCharsets.US_ASCII)));
                member(out, "control.tar.gz", mtime, controlTar.length, new ByteArrayInputStream(controlTar));
                try (InputStream in = Files.newInputStream(data)) {
                    member(out, DATA_MEMBER, mtime, Files.size(data), in);
                }
            }
            Files.delete(data);
            log.info("deb: " + deb + " " + Trees.mb(Files.size(deb)) + ", Depends: " + depends(request));
            return deb;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String depends(BundleRequest request) {
        Set<String> all = new LinkedHashSet<>(BASE_DEPENDS);
        request.debDepends().forEach(d -> all.add(oneLine(d).strip()));
        return String.join(", ", all);
    }

    static String control(BundleRequest request, PackageNames names, long installedKiB, BuildLog log) {
        StringBuilder sb = new StringBuilder();
        sb.append("Package: ").append(names.name()).append('\n');
        sb.append("Version: ").append(names.debVersion()).append('\n');
        sb.append("Architecture: ").append(names.debArch()).append('\n');
        sb.append("Maintainer: ").append(oneLine(request.publisher() == null ? request.productName()
                : request.publisher())).append('\n');
        sb.append("Installed-Size: ").append(installedKiB).append('\n');
        sb.append("Depends: ").append(depends(request)).append('\n');
        sb.append("Section: ").append(DesktopEntry.category(request.category(), log).debSection()).append('\n');
        sb.append("Priority: optional\n");
        if (request.homepage() != null) sb.append("Homepage: ").append(oneLine(request.homepage())).append('\n');
        sb.append("Description: ").append(oneLine(request.shortDescription())).append('\n');
        if (request.longDescription() != null) {
            // Extended description: every line indented by one space, a blank line written as " ."
            for (String line : request.longDescription().strip().split("\\R")) {
                sb.append(' ').append(line.isBlank() ? "." : line.stripTrailing()).append('\n');
            }
        }
        return sb.toString();
    }

    private static long writeData(PackageTree tree, Path data, long rootMtime, StringBuilder md5sums)
            throws IOException {
        long kib = 0;
        MessageDigest md5 = md5();
        try (OutputStream file = Files.newOutputStream(data);
             XZOutputStream xz = new XZOutputStream(new BufferedOutputStream(file, 1 << 16),
                     new FilterOptions[] {new X86Options(), new LZMA2Options(XZ_PRESET)}, XZ.CHECK_CRC64)) {
            TarWriter tar = new TarWriter(new BufferedOutputStream(xz, 1 << 16));
            tar.directory("./", 0755, rootMtime);
            for (PackageTree.Entry e : tree.entries()) {
                String name = "./" + e.path();
                switch (e.type()) {
                    case DIR -> tar.directory(name, e.mode(), e.mtime());
                    case SYMLINK -> tar.symlink(name, e.linkTarget(), e.mtime());
                    case FILE -> {
                        long size = e.size();
                        md5.reset();
                        try (InputStream in = new DigestInputStream(e.open(), md5)) {
                            tar.file(name, e.mode(), e.mtime(), size, in);
                        }
                        md5sums.append(HexFormat.of().formatHex(md5.digest())).append("  ").append(e.path())
                                .append('\n');
                        kib += (size + 1023) / 1024;
                    }
                }
                if (e.type() != PackageTree.Type.FILE) kib += 1;
            }
            tar.finish();
        }
        return kib;
    }

    private static byte[] controlTar(String control, String md5sums, long mtime) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            TarWriter tar = new TarWriter(gz);
            tar.directory("./", 0755, mtime);
            byte[] c = control.getBytes(StandardCharsets.UTF_8);
            tar.file("./control", 0644, mtime, c.length, new ByteArrayInputStream(c));
            byte[] m = md5sums.getBytes(StandardCharsets.UTF_8);
            tar.file("./md5sums", 0644, mtime, m.length, new ByteArrayInputStream(m));
            tar.finish();
        }
        return bytes.toByteArray();
    }

    // ar member header as dpkg-deb writes it: name, mtime, uid 0, gid 0, mode 100644, size; data padded to even.
    private static void member(OutputStream out, String name, long mtime, long size, InputStream data)
            throws IOException {
        String header = String.format("%-16s%-12d%-6d%-6d%-8s%-10d`\n", name, mtime, 0, 0, "100644", size);
        out.write(header.getBytes(StandardCharsets.US_ASCII));
        if (data.transferTo(out) != size) throw new IOException(name + " has the wrong size");
        if (size % 2 != 0) out.write('\n');
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ");
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
