package org.dipkg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import org.dipkg.rules.Cues;
import org.dipkg.rules.RuleData;
import org.dipkg.text.Numerals;
import org.dipkg.text.Span;

/**
 * Finds the speaker cues of a sentence: a person (possibly after a title) or party words, then an
 * optional title, adverbial (…地) or prepositional phrase (就…), then a verb of speech or decision.
 * "X同Y达成/同意…" is a joint cue of both X's and Y's parties. One side's party word followed by its own
 * act (中方支持…, 中方愿同非方携手实施…) is a cue too, the act its first item.
 */
final class SpeakerCues {
    /** The characters of the marks of a speaker's points: 一是, 一要, 第一. */
    private static final String POINT_MARKS = "是要第";
    /** What follows the numeral of a point: 一是…, 一要…不要…. */
    private static final String POINT_VERBS = POINT_MARKS.substring(0, 2);
    /** A numbered item's mark: 一是, 第一，, （一）, or an article's 一、 or 1. */
    static final LeadingPattern ORDINAL = new LeadingPattern(
            "^(?:" + Numerals.ONE_TO_TEN + "[" + POINT_VERBS + "]|第" + Numerals.ONE_TO_TEN + "，?|（" + Numerals.ONE_TO_TEN + "）|"
                    + Numerals.ONE_TO_TEN + "{1,3}、|\\d{1,2}[.．、](?!\\d))",
            Numerals.DIGITS.substring(1) + "第（0123456789");
    private static final String BREAKS = "，；：。！？,;:";
    /** The mark that opens a document's title (《), which only a verb takes as its object. */
    private static final String TITLE_OPEN = "《";
    /** How far after a side's name its own act's verb may come (中方愿同非方携手实施…). */
    private static final int OWN_ACT_REACH = 10;
    /** How long a prepositional phrase between a side and its own verb may be (自3月10日起, 对法国公民). */
    private static final int PHRASE_REACH = 16;

    /** A cue: its frame, where its subject starts, and where its verb is. */
    record Cue(Frame frame, int start, int verbStart, int verbEnd, boolean verbKept) {
    }

    /** A verb that opens a frame. */
    record FrameVerb(boolean joint, boolean kept, boolean pledge, boolean measure) {
    }

    private final Cues cues;
    private final Map<String, FrameVerb> verbs = new HashMap<>();
    private final org.dipkg.rules.Words verbWords;
    /** First-person subjects (我们, 我), longest first. */
    private final List<String> firstPerson;
    /** Words of a side's own will before its act (愿意, 愿, 将), longest first. */
    private final List<String> will;
    /** Words that may open a clause before its speaker (会上, 此外). */
    private final List<String> connectives;
    /**
     * Adverbs a verb may follow (共同, 还, 进一步): adverbs.csv, less its negation and the modal words of
     * demand (双方要…, 中欧应… is a speaker's programme for both, not what both do).
     */
    private final org.dipkg.rules.Words adverbs;
    /** Adverbs of manner, no modal word among them (共同, 一致, 积极): they may stand before a frame verb. */
    private final org.dipkg.rules.Words manner;
    /** The adverb that makes what two sides say a joint statement (共同表示). */
    private final String jointly;
    /** Time words between a speaker and 同 (我今天同…). */
    private final List<String> timeWords;

    SpeakerCues(Cues cues, RuleData data) {
        this.cues = cues;
        for (Map<String, String> r : data.rows("frame-verbs")) {
            verbs.put(r.get("verb"), new FrameVerb("yes".equals(r.get("joint")), "yes".equals(r.get("kept")),
                    "yes".equals(r.get("pledge")), "yes".equals(r.get("measure"))));
        }
        verbWords = new org.dipkg.rules.Words(verbs.keySet());
        firstPerson = org.dipkg.rules.Words.longestFirst(data.words("first-person", "word"));
        will = org.dipkg.rules.Words.longestFirst(data.rows("adverbs").stream()
                .filter(r -> "will".equals(r.get("role")) || "willing".equals(r.get("role"))).map(r -> r.get("word")).toList());
        connectives = data.rows("connectives").stream().filter(r -> !r.get("opens").equals("item"))
                .map(r -> r.get("word")).toList();
        timeWords = data.words("cue-time-words", "word");
        jointly = data.rows("adverbs").stream().filter(r -> "jointly".equals(r.get("role"))).map(r -> r.get("word"))
                .findFirst().orElse(null);
        manner = new org.dipkg.rules.Words(data.rows("adverbs").stream()
                .filter(r -> !"yes".equals(r.get("modal")) && !"negation".equals(r.get("role")))
                .map(r -> r.get("word")).toList());
        adverbs = new org.dipkg.rules.Words(data.rows("adverbs").stream()
                .filter(r -> !"negation".equals(r.get("role")) && !"demand".equals(r.get("role")))
                .map(r -> r.get("word")).toList());
    }

    /**
     * Whether an item's mark numbers a speaker's points (一是, 第一): the marks of a section or a question
     * (一、, （一）, 1.) number an article's parts, not what a side says.
     */
    static boolean isPoint(String mark) {
        return mark.chars().anyMatch(c -> POINT_MARKS.indexOf(c) >= 0);
    }

    /** Whether the cue's verb makes what its side says a commitment to the other (美方承诺…). */
    boolean pledges(String text, Cue cue) {
        FrameVerb fv = cue.verbEnd() > cue.verbStart() ? verbAt(text, cue.verbStart()) : null;
        return fv != null && fv.pledge();
    }

    /**
     * Whether a verb that makes what its side says a measure of its own (中方决定…) stands between the cue's
     * speaker and {@code itemStart}, whether the cue took it as its verb or as a word before the item's.
     */
    boolean decides(String text, Cue cue, int itemStart) {
        for (int k = cue.start(); k < itemStart; k++) {
            FrameVerb fv = verbAt(text, k);
            if (fv != null && fv.measure()) {
                return true;
            }
        }
        return false;
    }

    /** Where the first joint frame verb (达成, 同意) of two characters or more stands in {@code [from, end)}, or -1. */
    int jointVerbAt(String text, int from, int end) {
        for (int k = from; k < end; k++) {
            FrameVerb fv = verbAt(text, k);
            if (fv != null && fv.joint() && verbWordAt(text, k).length() >= 2 && k + verbWordAt(text, k).length() <= end) {
                return k;
            }
        }
        return -1;
    }

    /** The first cue that opens one of the sentence's clauses, or null. */
    Cue find(String text, Span sentence, MentionIndex mentions, Sides sides) {
        Subject first = null;
        boolean firstClause = true;
        for (Span c : Clauses.of(text, sentence)) {
            Cue cue = at(text, c.start(), sentence.end(), mentions, sides);
            if (cue != null) {
                return cue;
            }
            if (firstClause) {
                firstClause = false;
                first = subjectAt(text, c.start(), sentence.end(), mentions, sides);
                if (first != null && first.parties() == null) {
                    first = null;
                }
            } else if (first != null) {
                // 两位元首握手道别，相约…; 双方以…为引领，就…达成…; 中欧领导人互致问候，共同表示…: a later clause
                // opening with a frame verb, possibly after a prepositional phrase or adverbs, keeps the first subject
                int at = afterPreposition(text, c.start(), c.end());
                boolean together = false;
                for (String a = manner.startingAt(text, at, c.end()); a != null; a = manner.startingAt(text, at, c.end())) {
                    together |= a.equals(jointly);
                    at += a.length(); // …，共同表示，…
                }
                FrameVerb fv = verbAt(text, at);
                if (fv != null) {
                    String verb = verbWordAt(text, at);
                    boolean joint = (fv.joint() || together) && first.parties().size() >= 2;
                    return new Cue(new Frame(first.parties(), first.label(), joint), c.start(), at,
                            at + verb.length(), fv.kept());
                }
            }
        }
        return null;
    }

    private record Subject(SortedSet<String> parties, String label, int end) {
    }

    private Subject subjectAt(String text, int i, int limit, MentionIndex mentions, Sides sides) {
        for (Mention m : mentions.startingBetween(i, i + 8)) {
            if (m.type() == EntityType.PERSON && m.span().end() <= limit) {
                String pre = text.substring(i, m.span().start());
                boolean titled = cues.titleEndingAt(text, m.span().start()) != null;
                if (pre.isEmpty() || (titled && !containsBreak(pre)) || (pre.length() <= 4 && !containsBreak(pre))) {
                    SortedSet<String> p = m.country() == null ? null : one(m.country());
                    return new Subject(p, m.label(), m.span().end());
                }
            }
        }
        String best = sides.wordAt(i);
        for (String w : firstPerson) {
            if (best == null && text.startsWith(w, i)) {
                return new Subject(null, w, i + w.length());
            }
        }
        if (best == null) {
            return null;
        }
        int end = i + best.length();
        String both = sides.wordAt(end);
        SortedSet<String> parties = sides.of(best);
        if (both != null && parties != null && parties.size() >= 2 && sides.isBothSides(both)) {
            end += both.length(); // 中澳双方, 中法两国: the pair, then the word for both of them
        }
        for (String leaders : cues.leaderWords) {
            if (parties != null && parties.size() >= 2 && text.startsWith(leaders, end)) {
                end += leaders.length(); // 中欧领导人, 中俄元首: the pair's leaders
                break;
            }
        }
        return new Subject(parties, best, end);
    }

    private Cue at(String text, int from, int limit, MentionIndex mentions, Sides sides) {
        int i = from;
        // the mark is read as if the six characters were all there is
        MatchResult om = ORDINAL.at(text, from, Math.min(limit, from + 6));
        if (om != null) {
            i = om.end();
        }
        for (String c : connectives) {
            if (text.startsWith(c, i)) {
                i += c.length();
                break;
            }
        }
        Subject subject = subjectAt(text, i, limit, mentions, sides);
        if (subject == null) {
            return null;
        }
        int v = subject.end();
        String title = cues.titleStartingAt(text, v);
        if (title != null) {
            v += title.length();
        }
        SortedSet<String> parties = subject.parties();
        // X同Y达成…: a joint cue, possibly after a time word (我今天同…)
        for (String t : timeWords) {
            if (text.startsWith(t, v) && v + t.length() < limit && cues.joinsSpeakers(text.charAt(v + t.length()))) {
                v += t.length();
                break;
            }
        }
        if (v < limit && cues.joinsSpeakers(text.charAt(v))) {
            Subject other = subjectAt(text, v + 1, limit, mentions, sides);
            if (other != null && other.parties() != null) {
                int w = other.end();
                String t2 = cues.titleStartingAt(text, w);
                if (t2 != null) {
                    w += t2.length();
                }
                for (int gap = 0; gap <= 4 && w + gap < limit; gap++) {
                    FrameVerb fv = verbAt(text, w + gap);
                    if (fv != null && fv.joint() && !containsBreak(text.substring(w, w + gap))) {
                        SortedSet<String> both = new TreeSet<>(other.parties());
                        if (parties != null) {
                            both.addAll(parties);
                        } else {
                            SortedSet<String> rest = new TreeSet<>(sides.pair());
                            rest.removeAll(other.parties());
                            both.addAll(rest.size() == 1 ? rest : Set.of());
                        }
                        if (both.size() >= 2) {
                            String verb = verbWordAt(text, w + gap);
                            return new Cue(new Frame(both, subject.label(), true), i, w + gap,
                                    w + gap + verb.length(), fv.kept());
                        }
                    }
                }
            }
        }
        if (parties == null) {
            return null;
        }
        int verbAt = -1;
        for (int gap = 0; gap <= 3 && v + gap < limit; gap++) {
            if (verbAt(text, v + gap) != null && !containsBreak(text.substring(v, v + gap))) {
                verbAt = v + gap;
                break;
            }
        }
        if (verbAt < 0) {
            // an adverbial (…地) or a prepositional phrase (就…, 在…) before the verb
            for (int k = v + 1; k < Math.min(limit, v + 16); k++) {
                if (BREAKS.indexOf(text.charAt(k)) >= 0) {
                    break;
                }
                boolean adverbial = Cues.before(text, k, cues.adverbial) && k - v <= 8;
                boolean prepositional = cues.opensPhrase(text.charAt(v)) && k - v >= 2;
                if ((adverbial || prepositional) && verbAt(text, k) != null) {
                    verbAt = k;
                    break;
                }
            }
        }
        if (verbAt < 0 && sides.isPartyWord(subject.label()) && ownActAt(text, v, limit, parties.size() >= 2)) {
            // 中方支持…: one side stating its own act, with no verb of speech before it; 双方将继续…: both
            // sides stating what they will do together, which they agreed (双方合作前景… and 中德保持沟通…
            // 十分重要 speak about the two sides; their act needs a word of will or a verb right after them)
            return new Cue(new Frame(parties, subject.label(), parties.size() >= 2), i, v, v, true);
        }
        if (verbAt < 0) {
            return null;
        }
        FrameVerb fv = verbAt(text, verbAt);
        String verb = verbWordAt(text, verbAt);
        // 双方认为…, 两国领导人表示…: what both sides say with one voice they hold together
        boolean joint = (fv.joint() || sides.isPartyWord(subject.label())) && parties.size() >= 2;
        return new Cue(new Frame(parties, subject.label(), joint), i, verbAt, verbAt + verb.length(), fv.kept());
    }

    /**
     * Whether one side's own act follows at {@code i}: a trigger verb right there (中方支持…), or with its
     * aspect (双方签署了…), or after words of will or manner (愿, 将, 共同) within a few characters, before
     * the clause ends (中方愿同非方携手实施…, 两国总理共同签署…). Both sides need one of these: 双方合作…
     * is a noun phrase about them.
     */
    private boolean ownActAt(String text, int i, int limit, boolean both) {
        if (!both && cues.triggerAt(text, i) != null) {
            return true;
        }
        Cues.Trigger right = cues.triggerAt(text, i);
        if (right != null && (Cues.at(text, i + right.verb().length(), cues.aspect)
                || Cues.at(text, i + right.verb().length(), TITLE_OPEN)
                || cues.topicPrepositions.stream().anyMatch(w -> Cues.at(text, i + right.verb().length(), w)))) {
            return true; // 双方签署了…, 双方发布《…》, 双方发表关于…: a verb with its aspect or its object, not a noun phrase
        }
        if (!both && i < limit && cues.opensPhrase(text.charAt(i))) {
            // 澳方自3月10日起暂停…, 中方对法国公民实行…: a phrase before the side's own verb
            for (int k = i + 2; k < Math.min(limit, i + PHRASE_REACH); k++) {
                if (BREAKS.indexOf(text.charAt(k)) >= 0) {
                    break;
                }
                if (cues.triggerAt(text, k) != null && cues.triggerAt(text, k).verb().length() >= 2) {
                    return true;
                }
            }
        }
        int k = i;
        boolean willed = false;
        for (String w = markerAt(text, k, both); w != null && k < limit; w = markerAt(text, k, both)) {
            willed |= will.contains(w);
            k += w.length(); // 愿, 将, 共同, 还: a side's verb phrase follows
        }
        if (k == i) {
            return false;
        }
        if (!willed) {
            return cues.triggerAt(text, k) != null; // 两国总理共同签署…, but not 两国共同关切没有减少
        }
        for (; k < Math.min(limit, i + OWN_ACT_REACH); k++) {
            if (BREAKS.indexOf(text.charAt(k)) >= 0) {
                return false;
            }
            if (cues.triggerAt(text, k) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word of will at {@code i} (愿, 将), or, for both sides, an adverb of manner (共同, 还), or null.
     * One side's adverb alone (中方也…) more often goes on another speaker's words than opens its own.
     */
    private String markerAt(String text, int i, boolean both) {
        for (String w : will) {
            if (text.startsWith(w, i)) {
                return w;
            }
        }
        return both ? adverbs.startingAt(text, i) : null;
    }

    /**
     * Where a frame verb stands after a prepositional phrase that opens {@code [i, end)} (就…达成), or
     * {@code i} when the clause opens otherwise.
     */
    private int afterPreposition(String text, int i, int end) {
        if (i >= end || !cues.opensPhrase(text.charAt(i))) {
            return i;
        }
        for (int k = i + 2; k < end; k++) {
            if (verbAt(text, k) != null && verbWordAt(text, k).length() >= 2) {
                return k;
            }
        }
        return i;
    }

    private FrameVerb verbAt(String text, int i) {
        String w = verbWordAt(text, i);
        return w == null ? null : verbs.get(w);
    }

    private String verbWordAt(String text, int i) {
        return verbWords.startingAt(text, i);
    }

    static boolean containsBreak(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (BREAKS.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A set of one party, made directly: a set copied from {@code Set.of} is read through an iterator. */
    static SortedSet<String> one(String party) {
        SortedSet<String> s = new TreeSet<>();
        s.add(party);
        return s;
    }
}
