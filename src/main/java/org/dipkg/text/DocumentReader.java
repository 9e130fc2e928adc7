package org.dipkg.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads a file and returns a {@link Document}: strict UTF-8 decoding, then layout normalisation,
 * then Traditional-to-Simplified conversion for analysis, then sentence splitting.
 */
public final class DocumentReader {
    private final TextStage layout = new LayoutNormaliser();
    private final SimplifyStage simplify;
    private final ScriptConverter converter;
    private final SentenceSplitter splitter = new SentenceSplitter();

    public DocumentReader(ScriptConverter converter) {
        this.converter = converter;
        this.simplify = new SimplifyStage(converter);
    }

    public Document read(Path file, String id) throws InputException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file, "no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(file, "permission denied");
        } catch (IOException e) {
            throw new InputException(file, "cannot be read (" + e.getMessage() + ")");
        }
        return read(file, id, bytes);
    }

    public Document read(Path file, String id, byte[] bytes) throws InputException {
        if (bytes.length == 0) {
            throw new InputException(file, "empty file");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new InputException(file, "binary file (contains NUL bytes), not text");
            }
        }
        String original;
        try {
            original = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(file, "not valid UTF-8 text (convert it to UTF-8 first)");
        }
        MappedText analysis = simplify.apply(layout.apply(MappedText.identity(original)));
        if (analysis.text().isBlank()) {
            throw new InputException(file, "no text (only whitespace or markup)");
        }
        return new Document(id, original, analysis, detectScript(analysis.text(), original), sha256(bytes),
                splitter.split(analysis.text()));
    }

    /** zh-Hant when at least 2% of the Han characters change under conversion to Simplified. */
    private String detectScript(String simplified, String original) {
        int han = 0;
        int changed = 0;
        String sample = original.length() > 20000 ? original.substring(0, 20000) : original;
        String conv = converter.toSimplified(sample);
        if (conv.length() == sample.length()) {
            for (int i = 0; i < sample.length(); i++) {
                if (Character.UnicodeScript.of(sample.charAt(i)) == Character.UnicodeScript.HAN) {
                    han++;
                    if (sample.charAt(i) != conv.charAt(i)) {
                        changed++;
                    }
                }
            }
        }
        return han > 0 && changed * 50 >= han ? "zh-Hant" : "zh-Hans";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
