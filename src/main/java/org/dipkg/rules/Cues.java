package org.dipkg.rules;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The cue words of the genre, loaded from the rule tables: titles, speech verbs, mechanism heads,
 * commitment trigger verbs and party words.
 */
public final class Cues {

    /**
     * A mechanism head noun; {@code pair} when a name of it that names no state is the channel of the two
     * sides of the meeting reporting it.
     */
    public record Head(String word, String type, boolean event, boolean scoped, boolean pair) {
    }

    /** A trigger verb of a commitment. */
    public record Trigger(String verb, String action, String status, boolean negative) {
    }

    /** The ontology's action terms (dipkg:ActionScheme), as a trigger's action column names them. */
    public static final List<String> ACTIONS = List.of("establish", "resume", "launch", "restart", "conduct",
            "increase", "expand", "strengthen", "promote", "reaffirm", "refrain", "adhere", "continue", "issue",
            "renew", "hold", "invite", "cooperate", "demand", "welcome", "cancel", "suspend", "other");
    /** The ontology's status terms (dipkg:StatusScheme); a trigger may also leave its status empty. */
    public static final List<String> STATUSES = List.of("new", "reaffirmed", "resumed", "restarted", "continued",
            "held", "implemented", "suspended");
    /** The party of the words for both sides of a meeting (双方, 两国) in the parties table. */
    public static final String BOTH = "BOTH";

    private static final Pattern PARTY = Pattern.compile(BOTH + "|[A-Z]{2}(\\+[A-Z]{2})*");

    public final Map<String, String> titles = new LinkedHashMap<>();
    public final Set<String> stateTitles = new TreeSet<>();
    public final Set<String> speechVerbs;
    public final Map<String, Head> heads = new HashMap<>();
    public final Map<String, Trigger> triggers = new HashMap<>();
    public final Map<String, String> parties = new HashMap<>();
    /** Words for leaders as a group (元首, 领导人), and those that make a mechanism's head a meeting of them. */
    public final Set<String> leaderWords = new TreeSet<>();
    public final Set<String> meetingLeaderWords = new TreeSet<>();
    /** Verbs of speech after which a bare list states principles (指出, 强调): speech-verbs.csv's stance column. */
    public final Set<String> stanceVerbs = new TreeSet<>();
    /** Particles by role (particles.csv): 的, 地, 等, 了, 多, 以来, 为. */
    public final String attribution;
    public final String adverbial;
    public final String listEnd;
    public final String aspect;
    public final String about;
    public final String since;
    public final String purpose;
    /** Words that open a list of topics or goals (关于, 围绕): topic-prepositions.csv. */
    public final List<String> topicPrepositions;
    private final String phrasePrepositions;
    private final String addresseePrepositions;
    private final String speakerJoiners;
    private final String fieldOpeners;
    private final String venuePrepositions;
    private final Set<String> listJoiners = new TreeSet<>();
    private final Set<String> compounds = new java.util.HashSet<>();
    private final Set<String> sides = new java.util.HashSet<>();
    private final Words titleWords;
    private final Words headWords;
    private final Words triggerWords;
    private final Words partyWords;
    private final Words mechanismScopes;

    /** The cues of the rule tables, without countries as party words. */
    public Cues(RuleData data) {
        this(data, Map.of());
    }

    /** The cues of the rule tables; {@code countries} (written form → ISO code) are party words too. */
    public Cues(RuleData data, Map<String, String> countries) {
        this(data, countries, Map.of());
    }

    /**
     * The cues of the rule tables, with {@code countries} (written form → code) as party words, and the
     * words made from each party's short form ({@code shortForms}: 美 → US): 美方, and with China's
     * 中美 and 美中. A short form two parties share makes words of either (巴方: BR|PK).
     */
    public Cues(RuleData data, Map<String, String> countries, Map<String, ? extends java.util.Collection<String>> shortForms) {
        for (Map<String, String> r : data.rows("titles")) {
            titles.put(r.get("title"), r.getOrDefault("en", ""));
            if ("state".equals(r.get("office"))) {
                stateTitles.add(r.get("title"));
            }
        }
        speechVerbs = Set.copyOf(new TreeSet<>(data.words("speech-verbs", "verb")));
        for (Map<String, String> r : data.rows("speech-verbs")) {
            check(r, "stance", List.of("yes", "no"), true);
            if ("yes".equals(r.get("stance"))) {
                stanceVerbs.add(r.get("verb"));
            }
        }
        for (Map<String, String> r : data.rows("leader-words")) {
            leaderWords.add(r.get("word"));
            if ("yes".equals(r.get("meeting"))) {
                meetingLeaderWords.add(r.get("word"));
            }
        }
        StringBuilder phrase = new StringBuilder();
        StringBuilder addressee = new StringBuilder();
        StringBuilder joins = new StringBuilder();
        StringBuilder fields = new StringBuilder();
        StringBuilder venues = new StringBuilder();
        for (Map<String, String> r : data.rows("prepositions")) {
            String w = r.get("word");
            if (w.length() != 1) {
                throw new IllegalArgumentException(r.get(RuleData.AT) + ": a preposition is one character ('" + w + "')");
            }
            phrase.append("yes".equals(r.get("phrase")) ? w : "");
            addressee.append("yes".equals(r.get("addressee")) ? w : "");
            joins.append("yes".equals(r.get("joins")) ? w : "");
            fields.append("yes".equals(r.get("field")) ? w : "");
            venues.append("yes".equals(r.get("venue")) ? w : "");
            if ("yes".equals(r.get("list"))) {
                listJoiners.add(w);
            }
        }
        Map<String, String> particles = new HashMap<>();
        for (Map<String, String> r : data.rows("particles")) {
            if (particles.put(r.get("role"), r.get("word")) != null) {
                throw new IllegalArgumentException(r.get(RuleData.AT) + ": a second particle for role '" + r.get("role") + "'");
            }
        }
        attribution = particle(particles, "attribution");
        adverbial = particle(particles, "adverbial");
        listEnd = particle(particles, "list-end");
        aspect = particle(particles, "aspect");
        about = particle(particles, "about");
        since = particle(particles, "since");
        purpose = particle(particles, "purpose");
        phrasePrepositions = phrase.toString();
        topicPrepositions = List.copyOf(data.words("topic-prepositions", "word"));
        addresseePrepositions = addressee.toString();
        speakerJoiners = joins.toString();
        fieldOpeners = fields.toString();
        venuePrepositions = venues.toString();
        for (Map<String, String> r : data.rows("mechanism-heads")) {
            check(r, "type", List.of("Mechanism", "WorkingGroup"), false);
            check(r, "event", List.of("yes", "no"), true);
            check(r, "scoped", List.of("yes", "no"), true);
            check(r, "pair", List.of("yes", "no"), true);
            Head h = new Head(r.get("head"), r.get("type"), "yes".equals(r.get("event")), "yes".equals(r.get("scoped")),
                    "yes".equals(r.get("pair")));
            if (h.word().length() >= 2) {
                heads.put(h.word(), h);
            }
        }
        for (Map<String, String> r : data.rows("actions")) {
            check(r, "action", ACTIONS, false);
            check(r, "status", STATUSES, true);
            check(r, "polarity", List.of("negative"), true);
            Trigger t = new Trigger(r.get("verb"), r.get("action"), emptyToNull(r.get("status")),
                    "negative".equals(r.get("polarity")));
            triggers.put(t.verb(), t);
        }
        for (Map<String, String> r : data.rows("parties")) {
            if (!PARTY.matcher(r.get("party")).matches()) {
                throw new IllegalArgumentException(r.get(RuleData.AT) + ": party '" + r.get("party")
                        + "' is not BOTH or ISO 3166 alpha-2 codes joined by + (CN, CN+US)");
            }
            parties.put(r.get("word"), r.get("party"));
        }
        // a country the lexicon knows names its side too (法国坚定奉行…)
        countries.forEach((name, code) -> {
            if (PARTY.matcher(code).matches()) {
                parties.putIfAbsent(name, code);
            }
        });
        String china = null;
        for (Map.Entry<String, ? extends java.util.Collection<String>> e : shortForms.entrySet()) {
            if (e.getValue().contains(CHINA)) {
                china = e.getKey();
            }
        }
        for (Map.Entry<String, ? extends java.util.Collection<String>> e : shortForms.entrySet()) {
            String s = e.getKey();
            derive(s + SIDE, String.join("|", e.getValue()));
            sides.add(s + SIDE);
            if (china != null && !s.equals(china)) {
                String both = String.join("|", e.getValue().stream().map(c -> CHINA + "+" + c).toList());
                derive(china + s, both);
                derive(s + china, both);
            }
        }
        mechanismScopes = new Words(data.words("mechanism-scopes", "word"));
        titleWords = new Words(titles.keySet());
        triggerWords = new Words(triggers.keySet());
        partyWords = new Words(parties.keySet());
        headWords = new Words(heads.keySet());
    }

    /** China's code: the side every compound of a short form is made with (中美, 中欧). */
    private static final String CHINA = "CN";
    /** The suffix that makes a short form a party's side (美 → 美方). */
    private static final String SIDE = "方";

    private void derive(String word, String code) {
        if (!parties.containsKey(word)) {
            parties.put(word, code);
            compounds.add(word);
        }
    }

    /** Whether {@code word} names both sides of the meeting (双方, 两国), whichever states they are. */
    public boolean namesBothSides(String word) {
        return BOTH.equals(parties.get(word));
    }

    /**
     * The parties a name starts with (中美…, 中国－欧盟…, 两国…): their codes, whether words for both sides
     * stand among them, and where the rest of the name starts.
     */
    public record Leading(java.util.SortedSet<String> parties, boolean both, int end) {
    }

    /** The party words {@code name} starts with, over a dash or a joiner between two (中国－欧盟, 中国与欧盟). */
    public Leading leadingParties(String name) {
        java.util.SortedSet<String> codes = new TreeSet<>();
        boolean both = false;
        int i = 0;
        while (i < name.length()) {
            String w = partyWordAt(name, i);
            if (w == null) {
                break;
            }
            if (namesBothSides(w)) {
                both = true;
            } else {
                codes.addAll(List.of(parties.get(w).split("\\+")));
            }
            i += w.length();
            if (i + 1 < name.length() && (!Character.isLetterOrDigit(name.charAt(i))
                    || joinsList(name.substring(i, i + 1))) && partyWordAt(name, i + 1) != null) {
                i++;
            }
        }
        return new Leading(codes, both, i);
    }

    /** Whether {@code word} is a side made from a short form (美方, 澳方). */
    public boolean isSide(String word) {
        return sides.contains(word);
    }

    /** Whether {@code word} is a party word made from a short form, which must stand as a word of its own. */
    public boolean isCompound(String word) {
        return compounds.contains(word);
    }

    /** Refuses a row whose {@code column} holds none of {@code allowed} (nor nothing, when {@code mayBeEmpty}). */
    private static void check(Map<String, String> row, String column, List<String> allowed, boolean mayBeEmpty) {
        String v = row.get(column);
        if (!allowed.contains(v) && !(mayBeEmpty && v.isEmpty())) {
            throw new IllegalArgumentException(row.get(RuleData.AT) + ": " + column + " '" + v + "' is not one of "
                    + String.join(", ", allowed) + (mayBeEmpty ? " (or empty)" : ""));
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** The longest trigger verb starting at {@code i}, or null. */
    public Trigger triggerAt(String text, int i) {
        String w = triggerWords.startingAt(text, i);
        return w == null ? null : triggers.get(w);
    }

    /** The longest mechanism head (two characters or more) ending at {@code end} and starting at {@code floor} or after, or null. */
    public Head headEndingAt(String text, int end, int floor) {
        String w = headWords.endingAt(text, end, floor);
        return w == null ? null : heads.get(w);
    }

    /** The longest title ending at {@code end}, or null. */
    public String titleEndingAt(String text, int end) {
        return titleWords.endingAt(text, end);
    }

    /** The longest title starting at {@code start}, or null. */
    public String titleStartingAt(String text, int start) {
        return titleWords.startingAt(text, start);
    }

    private static String particle(Map<String, String> particles, String role) {
        String w = particles.get(role);
        if (w == null || w.isEmpty()) {
            throw new IllegalArgumentException("particles: no word for role '" + role + "'");
        }
        return w;
    }

    /** Whether {@code text} has particle {@code particle} at {@code i}. */
    public static boolean at(String text, int i, String particle) {
        return i >= 0 && text.startsWith(particle, i);
    }

    /** Whether {@code text} ends {@code particle} right before {@code end}. */
    public static boolean before(String text, int end, String particle) {
        return end >= particle.length() && text.startsWith(particle, end - particle.length());
    }

    /** Whether a trigger verb of status {@code status} (重申: reaffirmed) stands in {@code text[from, to)}. */
    public boolean statesStatus(String text, int from, int to, String status) {
        for (int i = from; i < to; i++) {
            Trigger tr = triggerAt(text, i);
            if (tr != null && i + tr.verb().length() <= to && status.equals(tr.status())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} ends in a mechanism head of {@code type} (Mechanism, WorkingGroup): 中法海洋合作工作组. */
    public boolean endsWithHead(String word, String type) {
        Head h = headEndingAt(word, word.length(), 0);
        return h != null && h.type().equals(type);
    }

    /** Whether {@code c} opens a prepositional phrase before a verb (就…进行, 对…实行). */
    public boolean opensPhrase(char c) {
        return phrasePrepositions.indexOf(c) >= 0;
    }

    /** Whether the party after {@code c} is the side an item is made to (向…, 同…). */
    public boolean marksAddressee(char c) {
        return addresseePrepositions.indexOf(c) >= 0;
    }

    /** Whether a state after {@code c} is a venue (在瑞士日内瓦), not a side. */
    public boolean marksVenue(char c) {
        return venuePrepositions.indexOf(c) >= 0;
    }

    /** Whether {@code c} opens a list of fields (在A、B等领域). */
    public boolean opensFields(char c) {
        return fieldOpeners.indexOf(c) >= 0;
    }

    /** Whether {@code c} joins two speakers into one joint cue (X同Y达成). */
    public boolean joinsSpeakers(char c) {
        return speakerJoiners.indexOf(c) >= 0;
    }

    /** Whether {@code s} joins the members of a list (A、B和C). */
    public boolean joinsList(String s) {
        return listJoiners.contains(s);
    }

    /** Whether {@code word} holds a word for leaders as a group (两国元首, 双方领导人). */
    public boolean hasLeaderWord(String word, boolean meetingOnly) {
        for (String w : meetingOnly ? meetingLeaderWords : leaderWords) {
            if (word.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of mechanism-scopes.csv (两军, 政府间) stands in {@code text[from, to)}. */
    public boolean hasMechanismScope(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (mechanismScopes.startingAt(text, i, to) != null) {
                return true;
            }
        }
        return false;
    }

    /** The longest scope word of a mechanism's name (特别代表, 政府间) that starts {@code s}, or null. */
    public String mechanismScopeStarting(String s) {
        return mechanismScopes.startingAt(s, 0);
    }

    /** The longest party word starting at {@code i}, or null. */
    public String partyWordAt(String text, int i) {
        return partyWords.startingAt(text, i);
    }
}
