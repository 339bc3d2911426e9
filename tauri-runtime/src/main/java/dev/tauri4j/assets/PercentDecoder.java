package dev.tauri4j.assets;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes one percent-encoded path segment exactly once, as strict UTF-8. */
final class PercentDecoder {

    private PercentDecoder() {
    }

    /**
     * Decodes {@code raw}, which must not contain '/'. Throws for a broken escape, a lone surrogate or bytes that
     * are not well-formed UTF-8 (overlong forms such as {@code %c0%ae}, encoded surrogates, code points past
     * U+10FFFF): lenient decoders turn those into '.' or '/' on some platforms, which is how traversal slips in.
     */
    static String decode(String raw) {
        if (isPlainAscii(raw)) {
            return raw;
        }
        byte[] bytes = new byte[raw.length() * 3];
        int length = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw new InvalidAssetPathException("truncated percent-escape");
                }
                int high = hexValue(raw.charAt(i + 1));
                int low = hexValue(raw.charAt(i + 2));
                if (high < 0 || low < 0) {
                    throw new InvalidAssetPathException("malformed percent-escape");
                }
                bytes[length++] = (byte) (high << 4 | low);
                i += 2;
            } else if (c < 0x80) {
                bytes[length++] = (byte) c;
            } else {
                // Browsers percent-encode non-ASCII, but some webviews hand over the decoded IRI; accept it
                // when it is well-formed so both spellings name the same file.
                int codePoint = raw.codePointAt(i);
                if (Character.isSurrogate((char) codePoint)) {
                    throw new InvalidAssetPathException("lone surrogate");
                }
                byte[] utf8 = Character.toString(codePoint).getBytes(StandardCharsets.UTF_8);
                System.arraycopy(utf8, 0, bytes, length, utf8.length);
                length += utf8.length;
                i += Character.charCount(codePoint) - 1;
            }
        }
        return strictUtf8(bytes, length);
    }

    private static boolean isPlainAscii(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' || c >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** ASCII hex only: Character.digit would also accept full-width and other Unicode digits. */
    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static String strictUtf8(byte[] bytes, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidAssetPathException("malformed UTF-8");
        }
    }
}
