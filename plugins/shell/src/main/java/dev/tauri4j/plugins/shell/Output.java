package dev.tauri4j.plugins.shell;

import dev.tauri4j.CommandException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;

/**
 * How a child's output reaches the page, from {@code options.encoding}: absent is strict UTF-8 (an invalid sequence
 * is an error, as Tauri's {@code String::from_utf8}), {@code "raw"} is the bytes as a number array, any other label
 * is that charset with replacement characters for what does not decode.
 *
 * @param charset null for raw
 * @param strict  whether bad input is an error rather than replaced
 */
record Output(Charset charset, boolean strict) {

    static Output of(String encoding) {
        if (encoding == null) return new Output(StandardCharsets.UTF_8, true);
        if (encoding.equals("raw")) return new Output(null, false);
        try {
            return new Output(Charset.forName(encoding), false);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new CommandException("UNKNOWN_ENCODING", "unknown encoding " + encoding
                    + ". Fix: leave options.encoding out (UTF-8), write \"raw\" for bytes, or a charset label such as \"windows-1252\"");
        }
    }

    /** The text (or for raw, the list of byte values) of {@code bytes}; CharacterCodingException when strict and invalid. */
    Object decode(byte[] bytes) throws CharacterCodingException {
        if (charset == null) {
            List<Integer> out = new ArrayList<>(bytes.length);
            for (byte b : bytes) out.add(b & 0xff);
            return out;
        }
        if (!strict) return new String(bytes, charset);
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }
}
