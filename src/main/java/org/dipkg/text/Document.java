package org.dipkg.text;

import java.util.List;

/**
 * One source document: its original text (as decoded from the file), the normalised text the rules
 * read, and the map from every unit of the latter back to a code point of the former.
 *
 * @param id       the path relative to the input root, with '/' separators
 * @param original the decoded file, untouched
 * @param analysis the normalised text (layout joined, Simplified script)
 * @param script   {@code zh-Hans} or {@code zh-Hant}
 * @param sha256   hex digest of the file's bytes
 */
public record Document(String id, String original, MappedText analysis, String script, String sha256,
                       List<Sentence> sentences) {

    /** The original text between two code-point offsets. */
    public String originalSlice(Span cpSpan) {
        int s = original.offsetByCodePoints(0, cpSpan.start());
        int e = original.offsetByCodePoints(s, cpSpan.length());
        return original.substring(s, e);
    }

    public int originalCodePoints() {
        return original.codePointCount(0, original.length());
    }

    /** Maps a span of the analysis text to the original code-point span. */
    public Span toOriginal(Span analysisSpan) {
        return analysis.toOriginal(analysisSpan.start(), analysisSpan.end());
    }

    public String text(Span analysisSpan) {
        return analysis.substring(analysisSpan.start(), analysisSpan.end());
    }
}
