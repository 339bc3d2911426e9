package dev.tauri4j.internal.assets;

import dev.tauri4j.config.MediaTypes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The Content-Type of a file from disk: from its first bytes for the common binary formats (so a photo saved
 * without an extension still shows), otherwise from the extension, as Tauri's asset protocol decides.
 */
final class FileMediaType {

    private FileMediaType() {
    }

    /** The type of {@code file} whose first bytes are {@code head} (up to a few hundred are enough). */
    static String of(Path file, byte[] head) {
        String sniffed = sniff(head);
        if (sniffed != null) return sniffed;
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? MediaTypes.DEFAULT : MediaTypes.forExtension(name.substring(dot + 1));
    }

    private static String sniff(byte[] b) {
        if (starts(b, 0, 0x89, 'P', 'N', 'G')) return "image/png";
        if (starts(b, 0, 0xFF, 0xD8, 0xFF)) return "image/jpeg";
        if (ascii(b, 0, "GIF8")) return "image/gif";
        if (ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP")) return "image/webp";
        if (ascii(b, 0, "RIFF") && ascii(b, 8, "WAVE")) return "audio/wav";
        if (ascii(b, 0, "%PDF-")) return "application/pdf";
        if (ascii(b, 0, "OggS")) return "audio/ogg";
        if (ascii(b, 0, "ID3") || starts(b, 0, 0xFF, 0xFB)) return "audio/mpeg";
        if (ascii(b, 0, "fLaC")) return "audio/flac";
        if (starts(b, 0, 0x1A, 0x45, 0xDF, 0xA3)) return "video/webm";
        if (ascii(b, 4, "ftyp")) {
            if (ascii(b, 8, "avif")) return "image/avif";
            if (ascii(b, 8, "M4A ")) return "audio/mp4";
            if (ascii(b, 8, "qt  ")) return "video/quicktime";
            return "video/mp4";
        }
        return null;
    }

    private static boolean starts(byte[] b, int at, int... expected) {
        if (b.length < at + expected.length) return false;
        for (int i = 0; i < expected.length; i++) if ((b[at + i] & 0xFF) != expected[i]) return false;
        return true;
    }

    private static boolean ascii(byte[] b, int at, String text) {
        byte[] t = text.getBytes(StandardCharsets.US_ASCII);
        int[] expected = new int[t.length];
        for (int i = 0; i < t.length; i++) expected[i] = t[i];
        return starts(b, at, expected);
    }
}
