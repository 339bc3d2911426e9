package dev.tauri4j.build.icon;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Makes a desktop app's icons from one square PNG, like {@code tauri icon} does: PNGs for Linux and the
 * window, {@code icon.ico} for Windows and {@code icon.icns} for macOS.
 */
public final class IconSet {

    /** The ICO layers: the sizes Windows asks for in Explorer, the taskbar and the title bar. */
    static final List<Integer> ICO_SIZES = List.of(16, 24, 32, 48, 64, 256);

    /** The PNG outputs and their sizes, named as Tauri names them. */
    static final Map<String, Integer> PNG_FILES = pngFiles();

    static {
        // no AWT toolkit is needed; without this, some desktops (macOS) would show a Dock icon during the build
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private IconSet() {
    }

    /**
     * Writes {@code 32x32.png}, {@code 128x128.png}, {@code 128x128@2x.png}, {@code icon.png}, {@code icon.ico}
     * and {@code icon.icns} into {@code outputDir}, creating it if needed.
     *
     * <p>Nothing is written unless every file could be made, and each file is replaced atomically.
     *
     * @param sourcePng a square PNG, at least 512 px, ideally 1024 px, with a transparent background
     * @throws IconException if the source is not usable or an output cannot be written; the message names
     *                       the file and the fix
     */
    public static IconReport generate(Path sourcePng, Path outputDir) {
        SourceIcon source = SourceIcon.read(sourcePng);
        Resampler resampler = new Resampler(source.image());

        TreeSet<Integer> sizes = new TreeSet<>(ICO_SIZES);
        sizes.addAll(PNG_FILES.values());
        IcnsFile.TYPES.forEach(type -> sizes.add(type.pixels()));
        Map<Integer, BufferedImage> images = new TreeMap<>();
        Map<Integer, byte[]> pngs = new TreeMap<>();
        for (int size : sizes) {
            BufferedImage image = resampler.scaled(size);
            images.put(size, image);
            pngs.put(size, Png.encode(image));
        }

        SequencedMap<String, byte[]> files = new LinkedHashMap<>();
        PNG_FILES.forEach((name, size) -> files.put(name, pngs.get(size)));
        files.put("icon.ico", IcoFile.encode(ICO_SIZES.stream().map(images::get).toList()));
        files.put("icon.icns", IcnsFile.encode(pngs));
        return new IconReport(AtomicOutput.writeAll(outputDir, files), source.warnings());
    }

    private static Map<String, Integer> pngFiles() {
        SequencedMap<String, Integer> files = new LinkedHashMap<>();
        files.put("32x32.png", 32);
        files.put("128x128.png", 128);
        files.put("128x128@2x.png", 256);
        files.put("icon.png", 512);
        return Collections.unmodifiableSequencedMap(files);
    }
}
