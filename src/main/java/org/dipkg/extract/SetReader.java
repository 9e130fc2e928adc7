package org.dipkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import org.dipkg.rules.Cues;
import org.dipkg.rules.RuleData;
import org.dipkg.text.Numerals;
import org.dipkg.text.Span;

/**
 * Finds the sets of a sentence: a counted set named in it ("五点承诺，即：…", "20多项成果，包括…", "以下几个原则：
 * 一要…"), with where its members start, or announced for the numbered items that follow ("五根支柱。一是…"),
 * and the members listed before the set that counts them (围绕A、B、C的三大目标). A speaker's numbered points
 * with no count are a set too, sized and named once the document is read.
 */
final class SetReader {
    private static final LeadingPattern ORDINAL = SpeakerCues.ORDINAL;
    /** The longest member of a list named after it (合作更实). */
    private static final int LISTED_MEMBER = 14;
    /** A numbered set's key before its members are counted. */
    private static final String IMPLICIT = "";
    private static final String QUESTION_MARKS = "？?";

    private final Cues cues;
    private final ItemPatterns patterns;
    final List<String> enumerationWords;
    /** The enumeration words that open the list without a colon (包括A、B); 即 needs one (即：). */
    private final Set<String> enumerationAlone;
    /** Set nouns by what they say of their members (pledge, proposal, principle, outcome, other); longest first. */
    private final Map<String, String> setRoles = new java.util.LinkedHashMap<>();

    SetReader(Cues cues, RuleData data, ItemPatterns patterns) {
        this.cues = cues;
        this.patterns = patterns;
        enumerationWords = data.words("enumeration-words", "word");
        enumerationAlone = data.rows("enumeration-words").stream().filter(r -> "yes".equals(r.get("alone")))
                .map(r -> r.get("word")).collect(java.util.stream.Collectors.toSet());
        data.rows("set-nouns").stream().sorted((a, b) -> b.get("noun").length() - a.get("noun").length())
                .forEach(r -> setRoles.put(r.get("noun"), r.get("role")));
    }

    /**
     * The sets a sentence names: the one whose members it enumerates, the one it announces for the numbered
     * items that follow ({@code opensHere} when its first item is in this sentence: 以下几个原则：一要…), the
     * spans that name sets, and the frame of both sides for a set of outcomes.
     */
    record Found(NamedSet named, Pending announced, boolean opensHere, List<Span> phrases, Frame outcomeFrame) {
    }

    /** The sets of sentence {@code sp}, in paragraph {@code paragraph}; members listed before a set go to {@code out}. */
    Found read(String text, Span sp, int paragraph, Frame frame, java.util.SortedSet<String> pair, List<Commitment> out) {
        String st = text.substring(sp.start(), sp.end());
        NamedSet named = null;
        Pending announced = null;
        boolean opened = false;
        Frame outcomeFrame = null;
        List<Span> setPhrases = new ArrayList<>();
        for (MatchResult cm : patterns.counted.matches(st)) {
            String noun = setNoun(cm.group(4));
            if (noun == null) {
                continue;
            }
            int size = cm.group(2) == null && !patterns.indefinite.contains(cm.group(1)) ? Numerals.parse(cm.group(1)) : -1;
            if (size == 1) {
                continue; // a set of one is no enumeration: 一个中国原则 is a name
            }
            setPhrases.add(new Span(sp.start() + cm.start(), sp.start() + cm.end()));
            String key = cm.group(1) + (cm.group(2) == null ? "" : cm.group(2)) + cm.group(3) + cm.group(4);
            CountedSet set = new CountedSet(key, size, new Span(sp.start() + cm.start(), sp.start() + cm.end()));
            if (frame != null) {
                listedBefore(text, sp, sp.start() + cm.start(), set, noun, frame, out);
            }
            String rest = st.substring(cm.end());
            int enumStart = enumerationStart(rest);
            if (enumStart >= 0 && rest.substring(enumStart).isBlank() && size > 0) {
                enumStart = -1; // 提出三点建议：, the items in the paragraphs that follow
            }
            MatchResult point = enumStart < 0 ? null
                    : ORDINAL.at(text, sp.start() + cm.end() + enumStart, sp.end());
            if (point != null && SpeakerCues.isPoint(point.group()) && size < 0) {
                // 把握以下几个原则：一要…。二要…。: the speaker's numbered points, one sentence each
                announced = new Pending(set, noun, frame, paragraph);
                announced.implicit = true;
                opened = true;
            } else if (enumStart >= 0) {
                named = new NamedSet(set, noun, sp.start() + cm.end() + enumStart,
                        cues.statesStatus(st, 0, cm.start(), "reaffirmed"));
                if ("outcome".equals(setRoles.get(noun)) && pair.size() >= 2) {
                    outcomeFrame = new Frame(pair, null, true);
                }
            } else if (size > 0 && rest.length() <= 2) {
                announced = new Pending(set, noun, frame, paragraph);
            }
        }
        return new Found(named, announced, opened, setPhrases, outcomeFrame);
    }

    /** A speaker's numbered points with no count announced (一是…。二是…。), starting at sentence {@code sp}. */
    static Pending implicit(Span sp, Frame frame, int paragraph) {
        Pending p = new Pending(new CountedSet(IMPLICIT, -1, sp), null, frame, paragraph);
        p.implicit = true;
        return p;
    }

    /** A set named in a sentence, and where the enumeration of its members starts. */
    record NamedSet(CountedSet set, String noun, int enumStart, boolean reaffirmed) {
    }

    /** A set announced for the numbered items that follow. */
    static final class Pending {
        final CountedSet set;
        final String noun;
        final Frame frame;
        /** A run of numbered paragraphs (一是…。二是…。) that no count announced; its size is its members'. */
        boolean implicit;
        int members;
        int paragraph;

        Pending(CountedSet set, String noun, Frame frame, int paragraph) {
            this.set = set;
            this.noun = noun;
            this.frame = frame;
            this.paragraph = paragraph;
        }
    }

    /**
     * The members listed before the set that names them (围绕A、B、C的三大目标): as many parts joined by 、 as the
     * set counts, between the clause's start and the 的 before the set; each is a member in the frame's voice.
     */
    void listedBefore(String text, Span sentence, int setStart, CountedSet set, String noun, Frame frame,
                              List<Commitment> out) {
        if (set.statedSize() < 2) {
            return;
        }
        boolean attributed = Cues.before(text, setStart, cues.attribution);
        int listEnd = attributed ? setStart - cues.attribution.length() : setStart;
        int clauseStart = listEnd;
        while (clauseStart > sentence.start() && Clauses.BREAKS.indexOf(text.charAt(clauseStart - 1)) < 0) {
            clauseStart--;
        }
        int from = clauseStart;
        for (String w : cues.topicPrepositions) {
            int at = text.lastIndexOf(w, listEnd - 1);
            from = at >= clauseStart ? Math.max(from, at + w.length()) : from;
        }
        if (!attributed && from == clauseStart) {
            return; // without 的 the list is the set's only with a word that opens it (关于A、B两份联合声明)
        }
        List<Span> parts = ClauseReader.listParts(text, from, listEnd);
        if (parts.size() != set.statedSize() || parts.stream().anyMatch(p -> p.length() < 2 || p.length() > LISTED_MEMBER)) {
            return;
        }
        CommitmentKind kind = KindRule.decide(new KindRule.Facts(false, role(set, noun),
                frame.joint() && frame.parties().size() >= 2, false, true, false, false, false, false, false, false, false,
                false));
        Cues.Trigger verb = null; // 发表关于A、B两份联合声明: the members' act is the clause's verb
        for (int k = clauseStart; k < from && verb == null; k++) {
            verb = cues.triggerAt(text, k);
        }
        for (Span p : parts) {
            Cues.Trigger t = cues.triggerAt(text, p.start());
            t = t != null ? t : verb;
            out.add(new Commitment(kind, frame.parties(), new TreeSet<>(), frame.speaker(), t == null ? "other" : t.action(),
                    false, null, p, text.substring(p.start(), p.end()), List.of(), set, null, null, 0.6));
        }
    }

    /** The members of each unannounced numbered set, given the set's size and a key from it (五点). */
    List<Commitment> counted(List<Commitment> out, List<CountedSet> sets) {
        Map<CountedSet, Integer> sizes = new java.util.IdentityHashMap<>();
        sets.forEach(s -> sizes.put(s, 0));
        out.stream().filter(c -> sizes.containsKey(c.set())).forEach(c -> sizes.merge(c.set(), 1, Integer::sum));
        List<Commitment> result = new ArrayList<>(out.size());
        for (Commitment c : out) {
            Integer n = c.set() == null ? null : sizes.get(c.set());
            if (n != null) {
                CountedSet set = n < 2 ? null : new CountedSet(Numerals.write(n) + patterns.pointsWord, n, c.set().span());
                c = new Commitment(c.kind(), c.parties(), c.addressee(), c.speaker(), c.action(), c.negative(),
                        c.status(), c.span(), c.object(), c.objects(), set, c.time(), c.condition(), c.confidence());
            }
            result.add(c);
        }
        return result;
    }

    private String setNoun(String phrase) {
        for (String n : setRoles.keySet()) {
            if (phrase.endsWith(n)) {
                return n;
            }
        }
        return null;
    }

    /** Offset in {@code rest} where a "，即：", "：" or "包括" enumeration starts, or -1. */
    private int enumerationStart(String rest) {
        int i = 0;
        while (i < rest.length() && i < 8 && "，,".indexOf(rest.charAt(i)) < 0 && rest.charAt(i) != '：'
                && enumerationWordAt(rest, i) == null) {
            i++;
        }
        if (i < rest.length() && "，,".indexOf(rest.charAt(i)) >= 0) {
            i++;
        }
        String last = null;
        for (String w = enumerationWordAt(rest, i); w != null; w = enumerationWordAt(rest, i)) {
            i += w.length(); // 即, 包括, or both in turn
            last = w;
        }
        if (i < rest.length() && rest.charAt(i) == '：') {
            return i + 1;
        }
        return last != null && enumerationAlone.contains(last) ? i : -1;
    }

    private String enumerationWordAt(String s, int i) {
        for (String w : enumerationWords) {
            if (s.startsWith(w, i)) {
                return w;
            }
        }
        return null;
    }

    KindRule.SetRole role(CountedSet set, String noun) {
        if (set == null) {
            return KindRule.SetRole.NONE;
        }
        if (noun == null) {
            return KindRule.SetRole.PROPOSAL; // one speaker's numbered programme
        }
        String role = setRoles.get(noun);
        return "pledge".equals(role) ? KindRule.SetRole.PLEDGE
                : "proposal".equals(role) ? KindRule.SetRole.PROPOSAL
                : "principle".equals(role) ? KindRule.SetRole.PRINCIPLE : KindRule.SetRole.OTHER;
    }

    /** Whether a sentence asks (ends with a question mark): a question states no point. */
    static boolean isQuestion(String sentence) {
        String s = sentence.strip();
        return !s.isEmpty() && QUESTION_MARKS.indexOf(s.charAt(s.length() - 1)) >= 0;
    }
}
