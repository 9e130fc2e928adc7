package org.dipkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.dipkg.text.Span;

/**
 * A document's mentions by position, so rules ask "what starts here" without scanning them all: the
 * mentions sorted by start (those with the same start in the order given), searched by bisection.
 */
final class MentionIndex {
    private final Mention[] byStart;
    private final int[] starts;

    MentionIndex(List<Mention> mentions) {
        byStart = mentions.toArray(new Mention[0]);
        Arrays.sort(byStart, Comparator.comparingInt(m -> m.span().start())); // stable: ties keep their order
        starts = new int[byStart.length];
        for (int i = 0; i < byStart.length; i++) {
            starts[i] = byStart[i].span().start();
        }
    }

    /** Mentions that start in {@code [from, to]}, in order of their start. */
    List<Mention> startingBetween(int from, int to) {
        int lo = firstAtOrAfter(from);
        int hi = to == Integer.MAX_VALUE ? byStart.length : firstAtOrAfter(to + 1);
        return lo >= hi ? List.of() : Arrays.asList(byStart).subList(lo, hi);
    }

    /** Mentions lying inside {@code span}. */
    List<Mention> inside(Span span) {
        List<Mention> out = new ArrayList<>();
        for (int i = firstAtOrAfter(span.start()); i < byStart.length && starts[i] < span.end(); i++) {
            if (byStart[i].span().end() <= span.end()) {
                out.add(byStart[i]);
            }
        }
        return out;
    }

    /** The index of the first mention starting at {@code position} or after (the count if none). */
    private int firstAtOrAfter(int position) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
