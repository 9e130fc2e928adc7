package org.dipkg.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.dipkg.text.Span;

/** A document's mentions by position, so rules ask "what starts here" without scanning them all. */
final class MentionIndex {
    private final NavigableMap<Integer, List<Mention>> byStart = new TreeMap<>();
    MentionIndex(List<Mention> mentions) {
        for (Mention m : mentions) {
            byStart.computeIfAbsent(m.span().start(), k -> new ArrayList<>()).add(m);
        }
    }

    /** Mentions that start in {@code [from, to]}, in order of their start. */
    List<Mention> startingBetween(int from, int to) {
        List<Mention> out = new ArrayList<>();
        for (Collection<Mention> l : byStart.subMap(from, true, to, true).values()) {
            out.addAll(l);
        }
        return out;
    }

    /** Mentions lying inside {@code span}. */
    List<Mention> inside(Span span) {
        List<Mention> out = new ArrayList<>();
        for (Collection<Mention> l : byStart.subMap(span.start(), true, span.end(), false).values()) {
            for (Mention m : l) {
                if (m.span().end() <= span.end()) {
                    out.add(m);
                }
            }
        }
        return out;
    }
}
