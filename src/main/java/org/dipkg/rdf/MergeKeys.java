package org.dipkg.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads what every document states and decides which mentions, commitments and sets are one node.
 *
 * <p>The merge rule, in order:
 * <ol>
 *   <li>Keys compare Simplified labels on their letters and digits only (script, punctuation and
 *       quotes never split a node); a mechanism name loses a trailing 机制 after another head
 *       (数字经济政府间对话机制 = 数字经济政府间对话).</li>
 *   <li>Two keys of at least {@value #MIN_GARBLE_LENGTH} characters, of the same length, that differ in
 *       exactly one character and come from different documents are one node: a source's typo or OCR
 *       garble (a 上 read as 空 in a long committee name, 2020年代 printed as 2024年代). Shorter names never merge
 *       this way (中法林业联合会 ≠ 中法商业联合会), nor do two names in one document.</li>
 *   <li>A commitment whose item is its verb plus one mechanism or document is keyed by its action and
 *       that entity (恢复中法战略对话 = the second item of 恢复两军热线、中法战略对话), any
 *       other by its action and its wording without the joining particles (的, 地); both within the
 *       commitment's scope of parties ({@link KeyRules#scope}), so two pairs' meetings share nothing.</li>
 *   <li>A counted set is keyed by its label in the document that states it; two sets sharing at least half
 *       of their members are one set (五根支柱 = 五个共同), two of one label without them stay two.</li>
 * </ol>
 * Every key maps to the smallest key of its group, so the result does not depend on input order.
 *
 * <p>Each document's part of the graph is made before the other documents are read, with its provisional
 * keys (rules 1 and 3 alone, which need only that document); {@link #renames()} then gives the IRIs that
 * rules 2 and 4 change once all documents are in.
 */
final class MergeKeys {
    static final int MIN_GARBLE_LENGTH = 10;

    /** What the merge rule reads of one document: its mechanism keys and its commitments' keys. */
    record Source(String doc, Set<String> mechanisms, List<CommitmentKey> commitments) {
    }

    /**
     * A commitment's key before merging: either fixed (its action and wording), or its action and the key of
     * the one mechanism it names; with the key of the counted set it belongs to, or null.
     */
    record CommitmentKey(String action, String fixed, String mechanism, String set) {
        String provisional() {
            return fixed != null ? fixed : withMechanism(action, mechanism);
        }
    }

    /** An action and a mechanism's key: the mechanism's pair is left out where it is the action's scope. */
    static String withMechanism(String action, String mechanismKey) {
        String scope = action.substring(0, action.indexOf(KeyRules.SCOPE) + 1);
        return action + KeyRules.SCOPE + (!scope.isEmpty() && mechanismKey.startsWith(scope)
                ? mechanismKey.substring(scope.length()) : mechanismKey);
    }

    private final Map<String, String> mechanism = new HashMap<>();
    private final Map<String, String> commitment = new HashMap<>();
    private final Map<String, String> set = new HashMap<>();
    private final List<Source> sources;

    MergeKeys(List<Source> sources) {
        this.sources = sources;
        Map<String, Set<String>> mechDocs = new TreeMap<>();
        for (Source s : sources) {
            for (String k : s.mechanisms()) {
                mechDocs.computeIfAbsent(k, x -> new TreeSet<>()).add(s.doc());
            }
        }
        mechanism.putAll(clusterGarbles(mechDocs));
        Map<String, Set<String>> commitmentDocs = new TreeMap<>();
        for (Source s : sources) {
            for (CommitmentKey c : s.commitments()) {
                commitmentDocs.computeIfAbsent(baseKey(c), k -> new TreeSet<>()).add(s.doc());
            }
        }
        commitment.putAll(clusterGarbles(commitmentDocs));
        Map<String, Set<String>> members = new TreeMap<>();
        for (Source s : sources) {
            for (CommitmentKey c : s.commitments()) {
                if (c.set() != null) {
                    members.computeIfAbsent(c.set(), k -> new TreeSet<>()).add(commitmentKey(c));
                }
            }
        }
        set.putAll(clusterSets(members));
    }

    private String baseKey(CommitmentKey c) {
        return c.fixed() != null ? c.fixed() : withMechanism(c.action(), mechanism.getOrDefault(c.mechanism(), c.mechanism()));
    }

    String commitmentKey(CommitmentKey c) {
        String k = baseKey(c);
        return commitment.getOrDefault(k, k);
    }

    /** Provisional set keys that merging changes, with their merged keys. */
    Map<String, String> setRenames() {
        Map<String, String> out = new TreeMap<>();
        set.forEach((k, v) -> {
            if (!k.equals(v)) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** Every provisional IRI of a mechanism, commitment or set that merging changes, with its merged IRI. */
    Map<String, String> renames() {
        Map<String, String> out = new TreeMap<>();
        mechanism.forEach((k, v) -> {
            if (!k.equals(v)) {
                out.putIfAbsent(Iris.entity("mechanism", k), Iris.entity("mechanism", v));
            }
        });
        for (Source s : sources) {
            for (CommitmentKey c : s.commitments()) {
                String from = Iris.commitment(c.provisional());
                String to = Iris.commitment(commitmentKey(c));
                if (!from.equals(to)) {
                    out.putIfAbsent(from, to);
                }
            }
        }
        setRenames().forEach((k, v) -> out.putIfAbsent(Iris.set(k), Iris.set(v)));
        return out;
    }

    /**
     * Groups keys that differ by one character in names long enough, seen in different documents. Two keys
     * one character apart at position i are equal with that position blanked, so keys are grouped by each
     * blanked position in turn and only keys of one group are compared: the work grows with the number of
     * keys times their length, not with the number of pairs of keys.
     */
    static Map<String, String> clusterGarbles(Map<String, Set<String>> docsByKey) {
        UnionFind uf = new UnionFind(new ArrayList<>(docsByKey.keySet()));
        List<String> keys = uf.keys();
        List<Integer> candidates = new ArrayList<>();
        int longest = 0;
        for (int i = 0; i < keys.size(); i++) {
            // a name shorter in chars than the minimum is shorter in code points too
            if (keys.get(i).length() - nameStart(keys.get(i)) >= MIN_GARBLE_LENGTH) {
                candidates.add(i);
                longest = Math.max(longest, keys.get(i).length());
            }
        }
        for (int blank = 0; blank < longest; blank++) {
            Map<Blanked, List<Integer>> groups = new HashMap<>(candidates.size() * 2);
            for (int i : candidates) {
                // only the name may differ: a scope of parties (CN+US/) or an action never garbles into another
                if (keys.get(i).length() > blank && blank >= nameStart(keys.get(i))) {
                    List<Integer> group = groups.computeIfAbsent(new Blanked(keys.get(i), blank), x -> new ArrayList<>(1));
                    group.add(i);
                    unite(group, keys, docsByKey, uf);
                }
            }
        }
        return uf.representatives();
    }

    /** Where a key's name starts, after its scope and action ({@code CN+US/resume/}). */
    private static int nameStart(String key) {
        return key.lastIndexOf(KeyRules.SCOPE) + 1;
    }

    /** Unites the last key of a group (keys in order) with each one before it that is long enough and from other documents. */
    private static void unite(List<Integer> group, List<String> keys, Map<String, Set<String>> docsByKey, UnionFind uf) {
        int j = group.get(group.size() - 1);
        String b = keys.get(j);
        for (int x = 0; x < group.size() - 1; x++) {
            int i = group.get(x);
            String a = keys.get(i); // before b in key order, as the pair's first key
            if (a.codePointCount(nameStart(a), a.length()) >= MIN_GARBLE_LENGTH && !overlap(docsByKey.get(a), docsByKey.get(b))) {
                uf.union(i, j);
            }
        }
    }

    /** A key compared without one position: two keys of the same length that are equal so differ there alone. */
    private static final class Blanked {
        private final String key;
        private final int blank;
        private final int hash;

        Blanked(String key, int blank) {
            this.key = key;
            this.blank = blank;
            int h = key.length();
            for (int i = 0; i < key.length(); i++) {
                if (i != blank) {
                    h = 31 * h + key.charAt(i);
                }
            }
            this.hash = h;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Blanked b) || b.hash != hash || b.key.length() != key.length()) {
                return false;
            }
            return key.regionMatches(0, b.key, 0, blank)
                    && key.regionMatches(blank + 1, b.key, blank + 1, key.length() - blank - 1);
        }
    }

    /**
     * Groups counted sets that share at least half of the smaller one's members. Only sets that share a
     * member are compared, found through an index from member to sets.
     */
    static Map<String, String> clusterSets(Map<String, Set<String>> membersByKey) {
        UnionFind uf = new UnionFind(new ArrayList<>(membersByKey.keySet()));
        List<String> keys = uf.keys();
        Map<String, List<Integer>> setsOf = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            for (String m : membersByKey.get(keys.get(i))) {
                setsOf.computeIfAbsent(m, x -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> compared = new HashSet<>();
        for (List<Integer> sharing : setsOf.values()) {
            for (int x = 0; x < sharing.size(); x++) {
                for (int y = x + 1; y < sharing.size(); y++) {
                    int i = sharing.get(x);
                    int j = sharing.get(y);
                    if (!compared.add((long) i * keys.size() + j)) {
                        continue;
                    }
                    Set<String> a = membersByKey.get(keys.get(i));
                    Set<String> b = membersByKey.get(keys.get(j));
                    if (common(a, b) * 2 >= Math.min(a.size(), b.size())) {
                        uf.union(i, j);
                    }
                }
            }
        }
        return uf.representatives();
    }

    private static int common(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int n = 0;
        for (String m : small) {
            if (large.contains(m)) {
                n++;
            }
        }
        return n;
    }

    private static boolean overlap(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /** Union-find over string keys, held by their place in key order; a group's representative is its smallest key. */
    static final class UnionFind {
        private final List<String> keys;
        private final int[] parent;

        UnionFind(List<String> keys) {
            List<String> sorted = new ArrayList<>(keys);
            sorted.sort(null);
            this.keys = sorted;
            this.parent = new int[sorted.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
        }

        /** The keys in order: the places {@link #union(int, int)} takes. */
        List<String> keys() {
            return keys;
        }

        private int find(int k) {
            int root = k;
            while (parent[root] != root) {
                root = parent[root];
            }
            while (parent[k] != root) {
                int next = parent[k];
                parent[k] = root;
                k = next;
            }
            return root;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                // the smaller place is the smaller key
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }

        Map<String, String> representatives() {
            Map<String, String> out = new HashMap<>(keys.size() * 2);
            for (int i = 0; i < keys.size(); i++) {
                out.put(keys.get(i), keys.get(find(i)));
            }
            return out;
        }
    }
}
