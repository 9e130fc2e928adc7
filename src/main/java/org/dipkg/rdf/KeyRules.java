package org.dipkg.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dipkg.extract.Commitment;
import org.dipkg.extract.EntityType;
import org.dipkg.extract.Mention;
import org.dipkg.rules.Cues;
import org.dipkg.rules.Lexicon;
import org.dipkg.rules.RuleData;

/**
 * The keys one document's items get before merging, from the rule tables: a mechanism's name without a
 * suffix that adds nothing (mechanism-key-suffixes.csv), within the pair it is between, and a commitment's
 * wording without the particles that only join (particles.csv: 的, 地), so 在有共同利益的领域 and
 * 在有共同利益领域 are one item.
 */
final class KeyRules {
    /** A suffix and the heads after which it adds nothing. */
    private record Suffix(String suffix, List<String> after) {
    }

    private final List<Suffix> suffixes = new ArrayList<>();
    private final List<String> joiningParticles = new ArrayList<>();
    private final Cues cues;
    private final Lexicon lexicon;

    KeyRules(RuleData data) {
        lexicon = data.lexicon();
        cues = data.cues();
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

    /** A mechanism's key before merging, at a meeting between {@code sides}: its name within its pair, if any. */
    String mechanismKey(String label, java.util.SortedSet<String> sides) {
        Named n = named(label, sides);
        String name = withoutSuffix(Iris.key(n.name()));
        return n.pair().isEmpty() ? name : n.pair() + SCOPE + name;
    }

    /** What separates a scope of parties from the rest of a key. */
    static final String SCOPE = "/";

    /** The ISO codes of the pair a mechanism's key is scoped to, or none. */
    static List<String> pairOf(String mechanismKey) {
        int at = mechanismKey.indexOf(SCOPE);
        return at < 0 ? List.of() : List.of(mechanismKey.substring(0, at).split("\\+"));
    }

    /** A mechanism's name less the party words it starts with, and the pair it is between (or ""). */
    private record Named(String pair, String name) {
    }

    /**
     * The pair a mechanism is between: the parties its name starts with (中美, 中国－欧盟), the meeting's sides
     * for both-sides words (两国) or, for a head that ties a name to one pair, for a name that names no state,
     * place or organisation (两军热线 at a China–US meeting); none for a name of one state or of many.
     */
    private Named named(String label, java.util.SortedSet<String> sides) {
        Cues.Leading lead = cues.leadingParties(label);
        java.util.SortedSet<String> pair = new java.util.TreeSet<>(lead.parties());
        boolean both = lead.both();
        int i = lead.end();
        if (both && pair.isEmpty()) {
            pair.addAll(sides);
        }
        if (pair.size() >= 2) {
            return new Named(String.join("+", pair), label.substring(i));
        }
        if (i == 0 && sides.size() == 2 && tiedToPair(label)) {
            return new Named(String.join("+", sides), label);
        }
        return new Named("", label);
    }

    /** Whether a name without party words is its meeting's pair's own channel: see {@link #named}. */
    private boolean tiedToPair(String label) {
        Cues.Head head = cues.headEndingAt(label, label.length(), 0);
        if (head == null || !head.pair()) {
            return false;
        }
        for (int i = 0; i < label.length(); i++) {
            int c = label.charAt(i);
            if (c < 0x80 && Character.isLetter(c)) {
                return false; // APEC…: an organisation's name
            }
            String w = cues.partyWordAt(label, i);
            if (w != null && !cues.namesBothSides(w)) {
                return false;
            }
        }
        for (Lexicon.Hit h : lexicon.find(label, 0, label.length())) {
            if (!h.entry().type().equals("Person")) {
                return false;
            }
        }
        return true;
    }

    private String withoutSuffix(String k) {
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

    /** An entity mention's key before merging, in a document between {@code sides}. */
    String provisionalEntityKey(Mention m, java.util.SortedSet<String> sides) {
        if (isMechanism(m)) {
            return mechanismKey(m.label(), sides);
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
        String action = scope(c, sides) + SCOPE + c.action();
        if (c.objects().size() == 1) {
            Mention o = c.objects().get(0);
            String entity = Iris.key(o.label());
            // the item is the verb and the entity, nothing more
            if (object.endsWith(entity) && object.length() - entity.length() <= 3) {
                return isMechanism(o) ? new MergeKeys.CommitmentKey(action, null, mechanismKey(o.label(), sides), setKey)
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
