package dev.tauri4j.build.bundle;

import dev.tauri4j.build.BuildLog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where the app lands on a Linux system: the app image in /opt/&lt;name&gt;, the command in /usr/bin, the desktop
 * entry and icon as plain files where desktops look (no xdg-utils scripts), the license under /usr/share.
 */
final class LinuxLayout {

    /** The package formats, which differ only in where the license goes. */
    enum Format { DEB, RPM }

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    // The sizes the hicolor theme (index.theme) has folders for; other sizes go to /usr/share/pixmaps.
    private static final Set<Integer> HICOLOR = Set.of(16, 22, 24, 32, 36, 48, 64, 72, 96, 128, 192, 256, 512);

    private final Map<String, PackageTree.Entry> entries = new LinkedHashMap<>();
    private final List<String> owned = new ArrayList<>();
    private final long now;

    private LinuxLayout(Instant timestamp) {
        now = (timestamp == null ? Instant.now() : timestamp).getEpochSecond();
    }

    static PackageTree tree(BundleRequest request, PackageNames names, Path appImage, Format format, BuildLog log) {
        LinuxLayout layout = new LinuxLayout(request.outputTimestamp());
        String name = names.name();
        String home = "opt/" + name;
        layout.addImage(appImage, home, request.outputTimestamp() != null);
        layout.owned.add(home);

        FastLauncher.AotCache aot = request.aotCache() ? FastLauncher.AotCache.of(request.identifier(), appImage) : null;
        layout.generated("usr/bin/" + name, 0755, FastLauncher.script(appImage, name, aot));
        String iconName = null;
        if (request.icon() != null) {
            layout.file(iconPath(request.icon(), name), 0644, request.icon());
            iconName = name;
        }
        DesktopEntry.Category category = DesktopEntry.category(request.category(), log);
        layout.generated("usr/share/applications/" + name + ".desktop", 0644,
                DesktopEntry.render(request, names, iconName, category));
        layout.license(request, name, format);
        return layout.build();
    }

    /** Where the icon goes: the hicolor folder of its size, or pixmaps when the theme has no such folder. */
    static String iconPath(Path png, String name) {
        int[] size = pngSize(png);
        if (size[0] == size[1] && HICOLOR.contains(size[0])) {
            return "usr/share/icons/hicolor/" + size[0] + "x" + size[1] + "/apps/" + name + ".png";
        }
        return "usr/share/pixmaps/" + name + ".png";
    }

    static int[] pngSize(Path png) {
        byte[] head = new byte[24];
        try (InputStream in = Files.newInputStream(png)) {
            if (in.readNBytes(head, 0, head.length) < head.length
                    || !Arrays.equals(Arrays.copyOf(head, 8), PNG_MAGIC)) {
                throw new BundleException("icon " + png + " is not a PNG. Fix: on Linux the icon must be a .png "
                        + "(e.g. icons/128x128.png)");
            }
        } catch (IOException e) {
            throw new BundleException("cannot read icon " + png + ": " + e.getMessage(), e);
        }
        ByteBuffer b = ByteBuffer.wrap(head);
        return new int[] {b.getInt(16), b.getInt(20)}; // IHDR width and height, big-endian
    }

    private void license(BundleRequest request, String name, Format format) {
        Path file = request.licenseFile();
        if (format == Format.DEB) {
            // Debian policy wants /usr/share/doc/<package>/copyright in every package.
            String dir = "usr/share/doc/" + name;
            if (file != null) {
                file(dir + "/copyright", 0644, file);
            } else {
                generated(dir + "/copyright", 0644, copyrightStub(request));
            }
            owned.add(dir);
        } else if (file != null) {
            String dir = "usr/share/licenses/" + name;
            file(dir + "/" + file.getFileName(), 0644, file);
            owned.add(dir);
        }
    }

    private static String copyrightStub(BundleRequest request) {
        return request.productName() + "\n\n"
                + (request.copyright() == null ? "" : request.copyright() + "\n")
                + "License: " + (request.license() == null ? "not stated" : request.license()) + "\n";
    }

    private void addImage(Path image, String home, boolean pinned) {
        try (Stream<Path> all = Files.walk(image)) {
            for (Path p : all.sorted(Comparator.comparing(Path::toString)).toList()) {
                String rel = image.relativize(p).toString();
                String path = rel.isEmpty() ? home : home + "/" + rel;
                long mtime = pinned ? now : Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toInstant()
                        .getEpochSecond();
                if (Files.isSymbolicLink(p)) {
                    put(PackageTree.Entry.link(path, mtime, Files.readSymbolicLink(p).toString()));
                } else if (Files.isDirectory(p)) {
                    put(PackageTree.Entry.dir(path, mtime));
                } else {
                    boolean exec = Files.getPosixFilePermissions(p).contains(PosixFilePermission.OWNER_EXECUTE);
                    put(PackageTree.Entry.file(path, exec ? 0755 : 0644, mtime, p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void file(String path, int mode, Path source) {
        if (!Files.isRegularFile(source)) throw new BundleException("file not found: " + source);
        put(PackageTree.Entry.file(path, mode, now, source));
        owned.add(path);
    }

    private void generated(String path, int mode, String text) {
        put(PackageTree.Entry.generated(path, mode, now, text.getBytes(StandardCharsets.UTF_8)));
        owned.add(path);
    }

    private void put(PackageTree.Entry e) {
        int slash = e.path().lastIndexOf('/');
        if (slash > 0) {
            String parent = e.path().substring(0, slash);
            if (!entries.containsKey(parent)) put(PackageTree.Entry.dir(parent, now));
        }
        entries.put(e.path(), e);
    }

    private PackageTree build() {
        List<PackageTree.Entry> sorted = new ArrayList<>(entries.values());
        // Plain string order puts every folder before its contents (a prefix sorts first) and is stable across hosts.
        sorted.sort(Comparator.comparing(PackageTree.Entry::path));
        List<String> own = new ArrayList<>(owned);
        own.removeIf(p -> owned.stream().anyMatch(o -> p.startsWith(o + "/")));
        return new PackageTree(sorted, own.stream().distinct().sorted().toList());
    }
}
