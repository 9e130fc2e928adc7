package org.dipkg.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The steps that need every document, on synthetic keys of a corpus with many distinct items: grouping
 * keys one character apart, grouping counted sets that share members, and finding the sources of each
 * item's meeting that leave it out. A corpus of copies repeats its keys, so it cannot show how these steps
 * grow; this measures them on {@code n} distinct keys.
 */
public final class MergeScale {
    /** Seconds each step took on {@code keys} keys, {@code sets} sets and {@code docs} sources. */
    public record Result(int keys, int sets, int docs, double garbleSeconds, double setSeconds, double gapSeconds,
                         int merged) {
    }

    private static final int DOCS_PER_MEETING = 5;
    private static final int KEYS_PER_DOC = 20;

    private MergeScale() {
    }

    /**
     * Keys of 8–23 Han characters (one in ten a one-character variant of another, from another source),
     * 20 per source; a fifth as many sets of five members drawn near each other; sources in meetings of
     * five, one in twenty of unknown meeting; every key stated by one to five sources of one meeting.
     */
    public static Result run(int n, long seed) {
        Random r = new Random(seed);
        Map<String, Set<String>> docsByKey = new TreeMap<>();
        List<String> made = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String k;
            if (!made.isEmpty() && r.nextInt(10) == 0) {
                char[] c = made.get(r.nextInt(made.size())).toCharArray();
                c[r.nextInt(c.length)] = han(r);
                k = new String(c);
            } else {
                StringBuilder b = new StringBuilder();
                for (int len = 8 + r.nextInt(16); len > 0; len--) {
                    b.append(han(r));
                }
                k = b.toString();
            }
            made.add(k);
            docsByKey.computeIfAbsent(k, x -> new TreeSet<>()).add(doc(i / KEYS_PER_DOC));
        }
        Map<String, Set<String>> members = new TreeMap<>();
        for (int s = 0; s < n / 5; s++) {
            Set<String> m = new TreeSet<>();
            for (int j = 0; j < 5; j++) {
                m.add(made.get(Math.min(n - 1, s * 5 + r.nextInt(10))));
            }
            members.put("set" + s, m);
        }
        int docs = n / KEYS_PER_DOC + 1;
        Map<String, String> meetingOfDoc = new TreeMap<>();
        for (int d = 0; d < docs; d++) {
            meetingOfDoc.put(doc(d), r.nextInt(20) == 0 ? null : "m" + d / DOCS_PER_MEETING);
        }
        long t0 = System.nanoTime();
        Map<String, String> groups = MergeKeys.clusterGarbles(docsByKey);
        long t1 = System.nanoTime();
        MergeKeys.clusterSets(members);
        long t2 = System.nanoTime();
        VarianceFinder.Meetings meetings = new VarianceFinder.Meetings(meetingOfDoc);
        long missing = 0;
        for (int i = 0; i < n; i++) {
            int first = (i / KEYS_PER_DOC) / DOCS_PER_MEETING * DOCS_PER_MEETING;
            Set<String> statedIn = new TreeSet<>();
            for (int j = 1 + r.nextInt(DOCS_PER_MEETING); j > 0; j--) {
                statedIn.add(doc(Math.min(docs - 1, first + r.nextInt(DOCS_PER_MEETING))));
            }
            missing += meetings.missing(statedIn).size();
        }
        long t3 = System.nanoTime();
        if (missing < 0) {
            throw new IllegalStateException();
        }
        int merged = (int) groups.entrySet().stream().filter(e -> !e.getKey().equals(e.getValue())).count();
        return new Result(n, members.size(), docs, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, merged);
    }

    private static char han(Random r) {
        return (char) ('\u4e00' + r.nextInt(300));
    }

    private static String doc(int d) {
        return String.format("d%07d", d);
    }
}
