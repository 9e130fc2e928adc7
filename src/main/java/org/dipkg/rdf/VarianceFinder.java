package org.dipkg.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;

/**
 * Reads the evidence of every node and returns where the sources differ: for each node, every wording
 * that differs from the first source's (its own words, or — when nearly the same — the words that govern
 * it: 责成双方团队 / 肯定中方团队), with the differing parts; and the agreements, pledges, proposals and
 * mechanisms that some sources of a meeting state and others do not. Adds the same facts to the graph.
 */
final class VarianceFinder {
    /** Governing words this alike are one statement with a garble; less alike, just another sentence. */
    static final double CONTEXT_SIMILARITY = 0.75;
    private static final String STOPS = "在的了和与及，、。；：,;:“”「」《》（）()";
    private static final Set<String> COVERED_KINDS = Set.of("agreement", "pledge", "proposal");

    Variance find(List<Evidence> evidence, Map<String, String> meetingOfDoc, Model graph) {
        Map<String, Map<String, Evidence>> byNode = new TreeMap<>();
        for (Evidence e : evidence) {
            byNode.computeIfAbsent(e.node(), k -> new TreeMap<>()).putIfAbsent(e.doc(), e);
        }
        Meetings meetings = new Meetings(meetingOfDoc);
        Map<String, Node> sources = new HashMap<>();
        List<Variance.Wording> wordings = new ArrayList<>();
        List<Variance.Gap> gaps = new ArrayList<>();
        for (Map.Entry<String, Map<String, Evidence>> n : byNode.entrySet()) {
            List<Evidence> perDoc = new ArrayList<>(n.getValue().values());
            Evidence first = perDoc.get(0);
            String firstContext = Iris.key(first.context());
            Map<String, Evidence> wordingsSeen = new LinkedHashMap<>();
            // whether a context reads as the first one with a word changed, by context: many sources repeat one
            Map<String, Boolean> garbled = new HashMap<>();
            wordingsSeen.put(Iris.key(first.simplified()), first);
            for (Evidence e : perDoc.subList(1, perDoc.size())) {
                String k = Iris.key(e.simplified());
                if (!wordingsSeen.containsKey(k)) {
                    wordingsSeen.put(k, e);
                    wordings.add(wording("item", first, e, first.simplified(), e.simplified(), graph));
                    continue;
                }
                String context = Iris.key(e.context());
                if (garbled.computeIfAbsent(e.context(), c -> !firstContext.equals(context)
                        && similarity(firstContext, context) >= CONTEXT_SIMILARITY
                        && isSubstitution(difference(first.context(), c)))) {
                    wordings.add(wording("context", first, e, first.context(), e.context(), graph));
                }
            }
            Variance.Gap gap = gap(first, n.getValue().keySet(), meetings);
            if (gap != null) {
                gaps.add(gap);
                Node node = NodeFactory.createURI(gap.node());
                for (String doc : gap.missingFrom()) {
                    // a source misses many nodes: its node is made once
                    Node source = sources.computeIfAbsent(doc, d -> NodeFactory.createURI(Iris.source(d)));
                    graph.getGraph().add(Triple.create(node, DIPKG.notStatedIn.asNode(), source));
                }
            }
        }
        return new Variance(wordings, gaps);
    }

    /**
     * The sources a node's sources are compared with: those of the meetings it was stated at, and those
     * whose meeting is unknown when the sources report one meeting alone (with several, an unknown one
     * cannot be placed). Each node reads only its meetings' sources, so the work grows with the sources of
     * a meeting, not with the whole corpus.
     */
    static final class Meetings {
        private final Map<String, String> meetingOfDoc;
        private final Map<String, List<String>> docsOf = new HashMap<>();
        private final List<String> unplaced = new ArrayList<>();

        Meetings(Map<String, String> meetingOfDoc) {
            this.meetingOfDoc = meetingOfDoc;
            List<String> unknown = new ArrayList<>();
            meetingOfDoc.forEach((doc, meeting) -> {
                if (meeting == null) {
                    unknown.add(doc);
                } else {
                    docsOf.computeIfAbsent(meeting, k -> new ArrayList<>()).add(doc);
                }
            });
            if (docsOf.size() <= 1) {
                unplaced.addAll(unknown);
            }
        }

        /** The sources that report the meetings of {@code statedIn} but do not state the node, in document order. */
        List<String> missing(Set<String> statedIn) {
            Set<String> meetings = new TreeSet<>();
            for (String d : statedIn) {
                String m = meetingOfDoc.get(d);
                if (m != null) {
                    meetings.add(m);
                }
            }
            Set<String> missing = new TreeSet<>();
            for (String m : meetings) {
                addUnstated(docsOf.get(m), statedIn, missing);
            }
            addUnstated(unplaced, statedIn, missing);
            return new ArrayList<>(missing);
        }

        private static void addUnstated(List<String> docs, Set<String> statedIn, Set<String> into) {
            for (String d : docs) {
                if (!statedIn.contains(d)) {
                    into.add(d);
                }
            }
        }
    }

    private static Variance.Gap gap(Evidence first, Set<String> statedIn, Meetings meetings) {
        boolean covered = first.type().equals("Commitment") ? COVERED_KINDS.contains(first.kind())
                : first.type().equals("Mechanism") || first.type().equals("WorkingGroup");
        if (!covered) {
            return null;
        }
        List<String> missing = meetings.missing(statedIn);
        return missing.isEmpty() ? null : new Variance.Gap(first.node(), first.type(), first.label(),
                List.copyOf(statedIn), missing);
    }

    private static Variance.Wording wording(String scope, Evidence a, Evidence b, String ta, String tb, Model graph) {
        String[] diff = difference(ta, tb);
        Variance.Wording w = new Variance.Wording(scope, a.node(), a.type(), a.label(), a.doc(),
                scope.equals("item") ? a.text() : ta, diff[0], b.doc(), scope.equals("item") ? b.text() : tb, diff[1]);
        graph.createResource(Iris.BASE + "variance/" + Iris.digest(a.citation() + " " + b.citation()
                + " " + scope).substring(0, 16))
                .addProperty(RDF.type, DIPKG.WordingVariance)
                .addProperty(DIPKG.varianceOf, graph.getResource(a.node()))
                .addProperty(DIPKG.leftEvidence, graph.getResource(a.citation()))
                .addProperty(DIPKG.rightEvidence, graph.getResource(b.citation()))
                .addProperty(DIPKG.leftText, w.leftText())
                .addProperty(DIPKG.rightText, w.rightText())
                .addProperty(DIPKG.leftDifference, w.leftDiff())
                .addProperty(DIPKG.rightDifference, w.rightDiff())
                .addProperty(DIPKG.varianceScope, scope);
        return w;
    }

    /**
     * The differing middle of two texts once their common start and end are set aside, widened so a
     * number is never cut (2020年代 / 2024年代, not 0 / 4).
     */
    static String[] difference(String a, String b) {
        int p = 0;
        while (p < a.length() && p < b.length() && a.charAt(p) == b.charAt(p)) {
            p++;
        }
        int s = 0;
        while (s < a.length() - p && s < b.length() - p
                && a.charAt(a.length() - 1 - s) == b.charAt(b.length() - 1 - s)) {
            s++;
        }
        while (p > 0 && isWordChar(a.charAt(p - 1))) {
            p--;
        }
        while (s > 0 && isWordChar(a.charAt(a.length() - s))) {
            s--;
        }
        boolean small = a.length() - s - p <= 1 || b.length() - s - p <= 1;
        if (small && p > 0 && !isWordChar(a.charAt(p - 1))) {
            p--; // a one-character change reads with the character before it: 海上 / 海空, not 上 / 空
        }
        for (int k = 0; !small && k < 3 && s > 0 && !isWordChar(a.charAt(a.length() - s - 1))
                && STOPS.indexOf(a.charAt(a.length() - s)) < 0; k++) {
            s--; // a cut word runs on to the next function word: 责成双方团队 / 肯定中方团队
        }
        return new String[] {a.substring(p, a.length() - s), b.substring(p, b.length() - s)};
    }

    /** Both sides changed and briefly: a substituted word, not a clause one source adds. */
    static boolean isSubstitution(String[] diff) {
        return !diff[0].isEmpty() && !diff[1].isEmpty() && diff[0].length() <= 6 && diff[1].length() <= 6;
    }

    private static boolean isWordChar(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** Share of the longer text that the longest common subsequence covers. */
    static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = a.charAt(i - 1) == b.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return (double) prev[b.length()] / Math.max(a.length(), b.length());
    }
}
