package org.dipkg.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern together with the characters its matches can start with, tried only where one of them
 * stands. Java's regex engine tries a pattern at every position of its input; for a pattern that opens
 * with a choice (a number in digits or in Chinese, say) that costs a few steps on every character of
 * every sentence, while here a position is ruled out by one table look-up. The matches are the ones
 * {@link Matcher#find()} gives, provided no match starts with a character not listed and the pattern
 * never matches the empty string.
 */
final class LeadingPattern {
    /** A test of a position that every match starting there passes, cheaper than the pattern. */
    interface Gate {
        boolean mayStartAt(String text, int i);
    }

    private final Pattern pattern;
    private final BitSet firsts = new BitSet(Character.MAX_VALUE + 1);
    private final Gate gate;

    /**
     * @param firstCharacters every character a match can start with
     */
    LeadingPattern(String regex, String firstCharacters) {
        this(regex, firstCharacters, null);
    }

    /**
     * @param firstCharacters every character a match can start with
     * @param gate            a test that every position a match starts at passes (null: none)
     */
    LeadingPattern(String regex, String firstCharacters, Gate gate) {
        this.pattern = Pattern.compile(regex);
        firstCharacters.chars().forEach(firsts::set);
        this.gate = gate;
    }

    Pattern pattern() {
        return pattern;
    }

    /**
     * The match that starts at {@code from} and ends by {@code to}, read as if {@code text[from, to)} were
     * the whole text ({@code ^} matches at {@code from}, lookarounds see nothing outside); or null.
     */
    MatchResult at(String text, int from, int to) {
        if (from >= to || !firsts.get(text.charAt(from)) || gate != null && !gate.mayStartAt(text, from)) {
            return null;
        }
        Matcher m = pattern.matcher(text).region(from, to);
        return m.lookingAt() ? m : null;
    }

    /** Every match in {@code text}, left to right and not overlapping, as {@link Matcher#find()} gives them. */
    List<MatchResult> matches(String text) {
        List<MatchResult> out = new ArrayList<>(0);
        Matcher m = null;
        int i = 0;
        while (i < text.length()) {
            if (!firsts.get(text.charAt(i)) || gate != null && !gate.mayStartAt(text, i)) {
                i++;
                continue;
            }
            if (m == null) {
                // bounds that do not hide the text around the region: lookarounds and anchors see it whole
                m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            m.region(i, text.length());
            if (m.lookingAt()) {
                out.add(m.toMatchResult());
                i = Math.max(m.end(), i + 1);
            } else {
                i++;
            }
        }
        return out;
    }
}
