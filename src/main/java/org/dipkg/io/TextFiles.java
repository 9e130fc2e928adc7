package org.dipkg.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.dipkg.text.InputException;
import org.dipkg.text.InputFiles;

/**
 * Reads a small text file a user names (a query, a gold table): a regular file only, so a FIFO or a device
 * never blocks or floods the run; at most a given size; UTF-8, or UTF-16 with its byte-order mark, the mark
 * dropped.
 */
public final class TextFiles {
    private TextFiles() {
    }

    /** The text of {@code file}, or an {@link InputException} with the reason in a few words. */
    public static String read(Path file, long maxBytes) throws InputException {
        return decode(file, InputFiles.read(file, maxBytes, size -> "larger than " + (maxBytes >> 20) + " MB"));
    }

    static String decode(Path file, byte[] bytes) throws InputException {
        Charset cs = StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
                || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            cs = StandardCharsets.UTF_16; // reads the mark and drops it
        } else if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            skip = 3;
        }
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(file, "not valid " + cs.name() + " text (convert it to UTF-8)");
        }
    }
}
