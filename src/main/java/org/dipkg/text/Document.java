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
 * @param dated    the date the file gives itself outside its text (front matter, name, manifest), or null
 */
public record Document(String id, String original, MappedText analysis, String script, String sha256,
                       List<Sentence> sentences, int[] charIndexOfCodePoint, SourceDate dated) {

    public Document(String id, String original, MappedText analysis, String script, String sha256,
                    List<Sentence> sentences) {
        this(id, original, analysis, script, sha256, sentences, null);
    }

    public Document(String id, String original, MappedText analysis, String script, String sha256,
                    List<Sentence> sentences, SourceDate dated) {
        this(id, original, analysis, script, sha256, sentences, charIndex(original), dated);
    }

    /** The same document dated otherwise (by a sources manifest). */
    public Document withDated(SourceDate d) {
        return new Document(id, original, analysis, script, sha256, sentences, charIndexOfCodePoint, d);
    }

    /** For every code point of the text, and one past the end, the UTF-16 index where it starts. */
    private static int[] charIndex(String s) {
        int[] out = new int[s.codePointCount(0, s.length()) + 1];
        int cp = 0;
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            out[cp++] = i;
        }
        out[cp] = s.length();
        return out;
    }

    /** The original text between two code-point offsets. */
    public String originalSlice(Span cpSpan) {
        return original.substring(charIndexOfCodePoint[cpSpan.start()], charIndexOfCodePoint[cpSpan.end()]);
    }

    public int originalCodePoints() {
        return charIndexOfCodePoint.length - 1;
    }

    /** Maps a span of the analysis text to the original code-point span. */
    public Span toOriginal(Span analysisSpan) {
        return analysis.toOriginal(analysisSpan.start(), analysisSpan.end());
    }

    public String text(Span analysisSpan) {
        return analysis.substring(analysisSpan.start(), analysisSpan.end());
    }
}
