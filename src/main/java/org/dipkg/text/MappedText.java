package org.dipkg.text;

import java.util.Arrays;

/**
 * A text derived from an original document together with, for every UTF-16 unit, the index of the
 * original code point it came from. Derivations only delete or substitute, so the map never decreases.
 */
public final class MappedText {
    private final String text;
    private final int[] origin;

    public MappedText(String text, int[] origin) {
        if (text.length() != origin.length) {
            throw new IllegalArgumentException("text and origin differ in length");
        }
        this.text = text;
        this.origin = origin;
    }

    /** The identity mapping of an original text: unit i comes from the code point that contains it. */
    public static MappedText identity(String original) {
        int[] origin = new int[original.length()];
        int cp = 0;
        for (int i = 0; i < original.length(); i++) {
            origin[i] = cp;
            if (!(Character.isHighSurrogate(original.charAt(i)) && i + 1 < original.length()
                    && Character.isLowSurrogate(original.charAt(i + 1)))) {
                cp++;
            }
        }
        return new MappedText(original, origin);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public char charAt(int i) {
        return text.charAt(i);
    }

    public int originOf(int i) {
        return origin[i];
    }

    /** Maps a non-empty span of this text to the span of original code points it was derived from. */
    public Span toOriginal(int start, int end) {
        if (start >= end) {
            int p = start < origin.length ? origin[start] : (origin.length == 0 ? 0 : origin[origin.length - 1] + 1);
            return new Span(p, p);
        }
        return new Span(origin[start], origin[end - 1] + 1);
    }

    public String substring(int start, int end) {
        return text.substring(start, end);
    }

    /** The part {@code [from, to)}, its origins kept. */
    public MappedText slice(int from, int to) {
        return new MappedText(text.substring(from, to), Arrays.copyOfRange(origin, from, to));
    }

    /** Collects units of a derived text along with their origins. */
    public static final class Builder {
        private final StringBuilder sb;
        private int[] origin;

        public Builder(int capacity) {
            sb = new StringBuilder(capacity);
            origin = new int[Math.max(16, capacity)];
        }

        public Builder append(char c, int originIndex) {
            if (sb.length() == origin.length) {
                origin = Arrays.copyOf(origin, origin.length * 2);
            }
            origin[sb.length()] = originIndex;
            sb.append(c);
            return this;
        }

        public int length() {
            return sb.length();
        }

        public char lastChar() {
            return sb.charAt(sb.length() - 1);
        }

        /** The origin of the last unit appended, or -1 when none was. */
        public int lastOrigin() {
            return sb.length() == 0 ? -1 : origin[sb.length() - 1];
        }

        public MappedText build() {
            return new MappedText(sb.toString(), Arrays.copyOf(origin, sb.length()));
        }
    }
}
