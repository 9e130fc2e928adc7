package org.dipkg.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of words found in a text by longest match at a position, without allocating: words are kept by
 * their first and by their last character, longest first.
 */
public final class Words {
    private final Map<Character, List<String>> byFirst = new HashMap<>();
    private final Map<Character, List<String>> byLast = new HashMap<>();

    public Words(Collection<String> words) {
        for (String w : words) {
            if (!w.isEmpty()) {
                byFirst.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
                byLast.computeIfAbsent(w.charAt(w.length() - 1), k -> new ArrayList<>()).add(w);
            }
        }
        for (Map<Character, List<String>> m : List.of(byFirst, byLast)) {
            m.values().forEach(l -> l.sort((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b)));
        }
    }

    /** The longest word that starts at {@code i}, or null. */
    public String startingAt(String text, int i) {
        return startingAt(text, i, text.length());
    }

    /** The longest word that starts at {@code i} and ends by {@code limit}, or null. */
    public String startingAt(String text, int i, int limit) {
        List<String> c = i >= 0 && i < text.length() ? byFirst.get(text.charAt(i)) : null;
        if (c != null) {
            for (String w : c) {
                if (i + w.length() <= limit && text.startsWith(w, i)) {
                    return w;
                }
            }
        }
        return null;
    }

    /** The longest word that ends right before {@code end}, or null. */
    public String endingAt(String text, int end) {
        return endingAt(text, end, 0);
    }

    /** The longest word that ends right before {@code end} and starts at {@code floor} or after, or null. */
    public String endingAt(String text, int end, int floor) {
        List<String> c = end > 0 && end <= text.length() ? byLast.get(text.charAt(end - 1)) : null;
        if (c != null) {
            for (String w : c) {
                if (end - w.length() >= floor && end >= w.length() && text.startsWith(w, end - w.length())) {
                    return w;
                }
            }
        }
        return null;
    }
}
