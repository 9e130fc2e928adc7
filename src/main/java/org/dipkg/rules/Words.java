package org.dipkg.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of words found in a text by longest match at a position, without allocating or boxing: words are
 * kept in tables indexed by their first and by their last UTF-16 unit, longest first.
 */
public final class Words {
    private final String[][] byFirst = new String[Character.MAX_VALUE + 1][];
    private final String[][] byLast = new String[Character.MAX_VALUE + 1][];
    /**
     * Which units open or close a word, a bit each: 8 KB that stay in the processor's nearest cache, where
     * the tables' 256 KB do not, and most units of a text open no word.
     */
    private final long[] firsts = new long[(Character.MAX_VALUE + 1) / 64];
    private final long[] lasts = new long[(Character.MAX_VALUE + 1) / 64];

    public Words(Collection<String> words) {
        Map<Character, List<String>> first = new HashMap<>();
        Map<Character, List<String>> last = new HashMap<>();
        for (String w : words) {
            if (!w.isEmpty()) {
                first.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
                last.computeIfAbsent(w.charAt(w.length() - 1), k -> new ArrayList<>()).add(w);
            }
        }
        fill(first, byFirst, firsts);
        fill(last, byLast, lasts);
    }

    private static void fill(Map<Character, List<String>> words, String[][] table, long[] bits) {
        words.forEach((c, l) -> {
            bits[c >>> 6] |= 1L << c;
            l.sort((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
            table[c] = l.stream().distinct().toArray(String[]::new);
        });
    }

    /** {@code words} longest first, for a scan that must try a longer word before its prefix (我们, 我). */
    public static List<String> longestFirst(List<String> words) {
        List<String> out = new ArrayList<>(words);
        out.sort(java.util.Comparator.comparingInt(String::length).reversed());
        return List.copyOf(out);
    }

    /** The longest word that starts at {@code i}, or null. */
    public String startingAt(String text, int i) {
        return startingAt(text, i, text.length());
    }

    /** The longest word that starts at {@code i} and ends by {@code limit}, or null. */
    public String startingAt(String text, int i, int limit) {
        if (i < 0 || i >= text.length() || !has(firsts, text.charAt(i))) {
            return null;
        }
        // a unit's bit is set exactly where the table holds words
        for (String w : byFirst[text.charAt(i)]) {
            if (i + w.length() <= limit && text.startsWith(w, i)) {
                return w;
            }
        }
        return null;
    }

    private static boolean has(long[] bits, char c) {
        return (bits[c >>> 6] & 1L << c) != 0;
    }

    /** Where the first of the words in {@code text} starts, or -1. */
    public int indexIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (startingAt(text, i) != null) {
                return i;
            }
        }
        return -1;
    }

    /** The longest word that ends right before {@code end}, or null. */
    public String endingAt(String text, int end) {
        return endingAt(text, end, 0);
    }

    /** The longest word that ends right before {@code end} and starts at {@code floor} or after, or null. */
    public String endingAt(String text, int end, int floor) {
        if (end <= 0 || end > text.length() || !has(lasts, text.charAt(end - 1))) {
            return null;
        }
        for (String w : byLast[text.charAt(end - 1)]) {
            if (end - w.length() >= floor && end >= w.length() && text.startsWith(w, end - w.length())) {
                return w;
            }
        }
        return null;
    }
}
