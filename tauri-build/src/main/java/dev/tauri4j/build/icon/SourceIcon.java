package dev.tauri4j.build.icon;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The checked source image: a square PNG of a usable size, as ARGB pixels.
 *
 * @param image    the source, converted to {@code TYPE_INT_ARGB} whatever the PNG's colour type
 * @param warnings problems that did not stop the icons from being made
 */
record SourceIcon(BufferedImage image, List<String> warnings) {

    static final int RECOMMENDED = 1024;
    static final int MINIMUM = 512;
    /** Bigger sources gain nothing and could exhaust the heap while decoding. */
    static final int MAXIMUM = 4096;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final String EXPORT_FIX = "export the icon as a square PNG, 1024x1024, with a transparent background";

    SourceIcon {
        warnings = List.copyOf(warnings);
    }

    /** Reads and checks {@code file}; every refusal is an {@link IconException} naming the file and the fix. */
    static SourceIcon read(Path file) {
        if (Files.isDirectory(file)) {
            throw new IconException(file, file + " is a folder, not a PNG image. Fix: give the path of the icon's PNG file, "
                    + "e.g. app-icon.png");
        }
        if (!Files.isRegularFile(file)) {
            throw new IconException(file, file + " does not exist. Fix: check the path; the icon should be a square PNG, 1024x1024, "
                    + "with a transparent background");
        }
        checkSignature(file);
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                // the header alone tells the size, so a wrong one is refused before decoding a huge image
                List<String> warnings = checkSize(file, reader.getWidth(0), reader.getHeight(0));
                return new SourceIcon(toArgb(reader.read(0)), warnings);
            } finally {
                reader.dispose();
            }
        } catch (IconException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // decoders report corrupt data with all sorts of runtime exceptions, not only IOException
            throw new IconException(file, file + " cannot be read as a PNG image (" + e.getMessage()
                    + "); it may be truncated or corrupt. Fix: export the icon again, as a square PNG, 1024x1024, "
                    + "with a transparent background", e);
        }
    }

    private static void checkSignature(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PNG_SIGNATURE.length);
        } catch (IOException e) {
            throw new IconException(file, file + " cannot be read (" + e.getMessage()
                    + "). Fix: check that the file exists and is readable", e);
        }
        if (!Arrays.equals(head, PNG_SIGNATURE)) {
            throw new IconException(file, file + " is not a PNG image" + guessFormat(head) + ". Fix: " + EXPORT_FIX);
        }
    }

    /** Naming what the file really is saves the user from wondering why a ".png" is refused. */
    private static String guessFormat(byte[] head) {
        if (head.length == 0) {
            return " (it is empty)";
        }
        String ascii = new String(head, StandardCharsets.ISO_8859_1);
        if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return " (it is a JPEG)";
        }
        if (ascii.startsWith("GIF8")) {
            return " (it is a GIF)";
        }
        if (ascii.startsWith("BM")) {
            return " (it is a BMP)";
        }
        if (ascii.startsWith("RIFF")) {
            return " (it looks like a WebP)";
        }
        if (ascii.startsWith("icns") || ascii.startsWith("\0\0\1\0")) {
            return " (it is already an icon file, .icns or .ico)";
        }
        if (ascii.stripLeading().startsWith("<")) {
            return " (it looks like SVG or other text; convert it to PNG first)";
        }
        return "";
    }

    private static List<String> checkSize(Path file, int width, int height) {
        if (width != height) {
            throw new IconException(file, file + " is " + width + "x" + height + "; it must be square, e.g. 1024x1024. "
                    + "Fix: pad the shorter side with transparency (or crop) and export it again");
        }
        if (width < MINIMUM) {
            throw new IconException(file, file + " is " + width + "x" + height + "; it must be at least "
                    + MINIMUM + "x" + MINIMUM + ", or the large icons would be blurry. Fix: " + EXPORT_FIX);
        }
        if (width > MAXIMUM) {
            throw new IconException(file, file + " is " + width + "x" + height + "; it must be at most "
                    + MAXIMUM + "x" + MAXIMUM + ". Fix: " + EXPORT_FIX);
        }
        List<String> warnings = new ArrayList<>();
        if (width < RECOMMENDED) {
            warnings.add(file + " is " + width + "x" + height + "; 1024x1024 is recommended: the 1024 px icons in "
                    + "icon.icns were upscaled and may look soft on Retina screens. Fix: " + EXPORT_FIX);
        }
        return warnings;
    }

    /** One pixel layout for the rest of the pipeline, whatever the PNG's colour type and bit depth. */
    private static BufferedImage toArgb(BufferedImage decoded) {
        if (decoded.getType() == BufferedImage.TYPE_INT_ARGB) {
            return decoded;
        }
        int w = decoded.getWidth();
        int h = decoded.getHeight();
        BufferedImage argb = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(0, 0, w, h, decoded.getRGB(0, 0, w, h, null, 0, w), 0, w);
        return argb;
    }
}
