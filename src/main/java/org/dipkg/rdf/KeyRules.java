package org.dipkg.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dipkg.extract.Commitment;
import org.dipkg.extract.EntityType;
import org.dipkg.extract.Mention;
import org.dipkg.rules.RuleData;

/**
 * The keys one document's items get before merging, from the rule tables: a mechanism's name without a
 * suffix that adds nothing (mechanism-key-suffixes.csv), and a commitment's wording without the particles
 * that only join (particles.csv: 的, 地), so 在有共同利益的领域 and 在有共同利益领域 are one item.
 */
final class KeyRules {
    /** A suffix and the heads after which it adds nothing. */
    private record Suffix(String suffix, List<String> after) {
    }

    private final List<Suffix> suffixes = new ArrayList<>();
    private final List<String> joiningParticles = new ArrayList<>();

    KeyRules(RuleData data) {
        for (Map<String, String> r : data.rows("mechanism-key-suffixes")) {
            suffixes.add(new Suffix(r.get("suffix"), List.of(r.get("after").split("\\|"))));
        }
        for (Map<String, String> r : data.rows("particles")) {
            if (r.get("role").equals("attribution") || r.get("role").equals("adverbial")) {
                joiningParticles.add(r.get("word"));
            }
        }
    }

    static boolean isMechanism(Mention m) {
        return m.type() == EntityType.MECHANISM || m.type() == EntityType.WORKING_GROUP;
    }

    String mechanismKey(String label) {
        String k = Iris.key(label);
        for (Suffix s : suffixes) {
            if (!k.endsWith(s.suffix())) {
                continue;
            }
            for (String h : s.after()) {
                if (k.endsWith(h + s.suffix()) && k.length() > h.length() + s.suffix().length()) {
                    return k.substring(0, k.length() - s.suffix().length());
                }
            }
        }
        return k;
    }

    /** An entity mention's key before merging. */
    String provisionalEntityKey(Mention m) {
        if (isMechanism(m)) {
            return mechanismKey(m.label());
        }
        return Iris.key(m.known() != null ? m.known().name() : m.label());
    }

    /** What separates a set's label from the document it is stated in, in the set's key. */
    static final String SET_SCOPE = "/";

    /**
     * A commitment's key before merging. Its set's key is the set's label in the document that states it
     * (五点承诺/001.txt): sets are merged across documents by the members they share, never by label.
     */
    MergeKeys.CommitmentKey commitmentKeyOf(Commitment c, String doc, java.util.SortedSet<String> sides) {
        String object = Iris.key(c.object());
        for (String p : joiningParticles) {
            object = object.replace(p, "");
        }
        String setKey = c.set() == null ? null : Iris.key(c.set().key()) + SET_SCOPE + Iris.pathSegment(doc);
        String action = scope(c, sides) + "/" + c.action();
        if (c.objects().size() == 1) {
            Mention o = c.objects().get(0);
            String entity = Iris.key(o.label());
            // the item is the verb and the entity, nothing more
            if (object.endsWith(entity) && object.length() - entity.length() <= 3) {
                return isMechanism(o) ? new MergeKeys.CommitmentKey(action, null, mechanismKey(o.label()), setKey)
                        : new MergeKeys.CommitmentKey(action, action + "/" + entity, null, setKey);
            }
        }
        return new MergeKeys.CommitmentKey(action, action + "/" + object, null, setKey);
    }

    /**
     * The parties a commitment is between: its own and its addressee's, and when it names one side alone the
     * sides of the meeting it was stated at. Commitments merge only within one such scope, so nothing is
     * shared between a CN–AU and a CN–NZ meeting, while the same pair's statements over years are one.
     */
    static String scope(Commitment c, java.util.SortedSet<String> sides) {
        java.util.SortedSet<String> all = new java.util.TreeSet<>(c.parties());
        all.addAll(c.addressee());
        if (all.size() < 2) {
            all.addAll(sides);
        }
        return String.join("+", all);
    }
}
