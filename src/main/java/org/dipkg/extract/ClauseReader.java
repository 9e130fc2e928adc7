package org.dipkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import org.dipkg.rules.Cues;
import org.dipkg.rules.RuleData;
import org.dipkg.rules.Words;
import org.dipkg.text.Span;

/**
 * Reads one clause of a speaker's frame and returns the item it states: its span (or spans, for a list),
 * its trigger verb, subject, modal and negation marks, condition and time. It does not decide the item's
 * kind ({@link KindRule}) nor its set ({@link CommitmentFinder}).
 */
final class ClauseReader {
    private static final LeadingPattern ORDINAL = SpeakerCues.ORDINAL;
    /** The trigger of an item whose head is no trigger verb (an agreed object, a bare noun). */
    static final Cues.Trigger OTHER = new Cues.Trigger("", "other", null, false);
    /** The longest clause, 共同 included, read as a bare noun when no verb of commitment is in it. */
    static final int BARE_NOUN = 4;
    private static final int PREPOSITIONAL_PHRASE = 16;
    /**
     * A stated principle without a verb of its own is a four-character phrase (相互尊重, 和平共处); a longer
     * bare part (意识形态存在差异, 全球南方重要成员) makes the list a description, not principles.
     */
    private static final int IDIOM = 4;
    /** After 将 or 愿 a verb is due, so the phrase may hold a noun phrase with 的 and run longer (将对…的政策延长…). */
    private static final int MODAL_PREPOSITIONAL_PHRASE = 24;

    private final Cues cues;
    private final ItemPatterns patterns;
    /** Adverbs that make a clause modal (将, 应, 要…). */
    private final Words modalAdverbs;
    /** Adverbs a verb may follow; not 不, which marks the polarity. */
    private final Words verbAdverbs;
    /** Modal words by their role (will, willing, demand). */
    private final Map<String, String> modalRoles = new java.util.HashMap<>();
    /** Words that open an item's clause before its subject or verb (并, 此外); longest first. */
    private final List<String> connectives;
    /** Words skipped at an item's start: frame verbs that are no part of it, and enumeration words. */
    private final List<String> frameWords;
    /** Noun phrases that end an agreed object without being what was agreed (所作努力). */
    private final List<String> nominalTails;
    /** The adverb of a side's 共同… programme. */
    private final String jointly;
    /** First-person plural subjects (我们): in a leader's words, both sides of the meeting. */
    private final List<String> we;
    private final SpeakerCues speakers;

    ClauseReader(Cues cues, RuleData data, ItemPatterns patterns, SpeakerCues speakers, List<String> enumerationWords,
                 String jointly) {
        this.cues = cues;
        this.speakers = speakers;
        this.we = Words.longestFirst(data.rows("first-person").stream().filter(r -> "yes".equals(r.get("plural")))
                .map(r -> r.get("word")).toList());
        this.patterns = patterns;
        this.jointly = jointly;
        List<String> modal = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (Map<String, String> r : data.rows("adverbs")) {
            if ("yes".equals(r.get("modal"))) {
                modal.add(r.get("word"));
            }
            if (!"negation".equals(r.get("role"))) {
                all.add(r.get("word"));
            }
            modalRoles.put(r.get("word"), r.get("role"));
        }
        modalAdverbs = new Words(modal);
        verbAdverbs = new Words(all);
        connectives = Words.longestFirst(data.rows("connectives").stream().filter(r -> !r.get("opens").equals("speaker"))
                .map(r -> r.get("word")).toList());
        List<String> skipped = new ArrayList<>(enumerationWords);
        data.rows("frame-verbs").stream().filter(r -> "yes".equals(r.get("joint")) && !"yes".equals(r.get("kept")))
                .map(r -> r.get("verb")).forEach(skipped::add);
        frameWords = Words.longestFirst(skipped);
        nominalTails = Words.longestFirst(data.words("nominal-tails", "tail"));
    }

    /** What a clause states. */
    static final class Item {
        List<Span> spans = new ArrayList<>();
        List<Span> objectSpans = new ArrayList<>();
        /** Per span, when a list of principles gives each its own verb; else empty. */
        List<Cues.Trigger> partTriggers = new ArrayList<>();
        boolean principles;
        Cues.Trigger trigger;
        SortedSet<String> parties;
        SortedSet<String> ownSubject;
        boolean negative;
        boolean jointly;
        boolean will;
        boolean willing;
        /** The subject is a first-person plural (我们…): both sides, in a leader's words. */
        boolean we;
        boolean modal;
        boolean demand;
        boolean conditionOnly;
        String condition;
        String timeText;
    }

    /**
     * Reads a clause; returns the item it states, or null. {@code agreedObject} is true where the
     * clause is what both sides agreed to (after their cue, or inside the enumeration of a set), so it
     * is an item even when its head is no trigger verb.
     */
    Item read(String text, Span clause, SpeakerCues.Cue cue, Frame frame, Sides sides,
                      MentionIndex mentions, boolean agreedObject) {
        Item it = new Item();
        int i = clause.start();
        int end = clause.end();
        MatchResult om = ORDINAL.at(text, i, end); // the clause is all the mark sees
        if (om != null) {
            i = om.end();
        }
        boolean cueClause = cue != null && cue.start() >= i && cue.start() < end;
        List<Span> topics = List.of();
        if (!cueClause && cues.opensPhrase(text.charAt(i))) {
            // 就A、B、C达成重要共识 within a speaker's words: the topics agreed on, then the agreement
            int verb = speakers.jointVerbAt(text, i, end);
            topics = verb > i ? topicList(text, i, verb) : List.of();
            if (!topics.isEmpty()) {
                i = verb;
                agreedObject = true;
            }
        }
        if (cueClause) {
            int phrase = -1; // a prepositional phrase between the sides and their verb (中美就…达成共识)
            for (int k = cue.start() + 1; k < cue.verbStart() && phrase < 0; k++) {
                phrase = cues.opensPhrase(text.charAt(k)) ? k : -1;
            }
            if (frame.joint() && cue.start() == i) {
                topics = topicList(text, i, cue.verbStart());
                if (topics.isEmpty() && phrase > 0) {
                    topics = topicList(text, phrase, cue.verbStart());
                }
            }
            i = cue.verbKept() ? cue.verbStart() : cue.verbEnd();
            if (frame.joint() && cue.verbKept() && topics.isEmpty() && phrase > 0
                    && text.substring(phrase, cue.verbStart()).indexOf('、') < 0) {
                i = phrase; // 就一个议题达成共识: one topic, which the agreement keeps
            }
            agreedObject = frame.joint();
            if (!frame.joint() && sides.isPartyWord(frame.speaker())) {
                it.ownSubject = frame.parties(); // 德方欢迎…: the side named before the verb is the clause's subject
            }
        }
        for (String w : frameWords) {
            if (text.startsWith(w, i) && i + w.length() < end) {
                i += w.length();
            }
        }
        it.parties = frame.parties();
        boolean progress = true;
        while (progress && i < end) {
            progress = false;
            for (String c : connectives) {
                if (text.startsWith(c, i) && i + c.length() < end) {
                    i += c.length(); // 并建立…: the item starts at its verb
                    progress = true;
                    break;
                }
            }
            String plural = firstPlural(text, i, end);
            if (plural != null && it.ownSubject == null && sides.pair().size() >= 2
                    && (text.startsWith(jointly, i + plural.length())
                    || speakers.jointVerbAt(text, i + plural.length(), Math.min(end, i + plural.length() + 4))
                    == i + plural.length())) {
                // 我们共同确定了…, 我们达成…: the speaker and the other side; 我们决不… is the speaker's side alone
                it.ownSubject = sides.pair();
                it.parties = sides.pair();
                it.we = true;
                i += plural.length();
                progress = true;
            }
            String subject = sides.wordAt(i);
            if (subject != null && i + subject.length() < end) {
                SortedSet<String> own = sides.of(subject);
                if (own != null && !own.isEmpty()) {
                    it.ownSubject = own;
                    if (own.size() == 1 || frame.parties().size() >= 2) {
                        it.parties = own;
                    }
                }
                i += subject.length();
                progress = true;
            }
            MatchResult m = patterns.condition.at(text, i, end);
            if (m != null) {
                it.condition = m.group();
                i = m.end();
                progress = true;
            }
            m = patterns.time.at(text, i, end);
            if (m != null) {
                it.timeText = m.group(1);
                i = m.end();
                progress = true;
            }
            String adverb = modalAdverbs.startingAt(text, i, end);
            if (adverb != null) {
                String role = modalRoles.get(adverb);
                it.will |= "will".equals(role);
                it.willing |= "willing".equals(role);
                it.modal = true;
                it.demand |= "demand".equals(role);
                i += adverb.length();
                progress = true;
            }
        }
        String rest = text.substring(i, end);
        if (patterns.conditionEnds.stream().anyMatch(rest::endsWith)) {
            it.conditionOnly = true;
            int at = patterns.conditionStart(rest);
            it.condition = at >= 0 ? rest.substring(at) : rest;
            return it;
        }
        // 相互尊重、和平共处、保持沟通…: a list of stated principles, one item each
        List<Span> parts = listParts(text, i, end);
        if (parts.size() >= 3 && parts.stream().allMatch(p -> p.length() >= IDIOM && p.length() <= 12
                && !text.substring(p.start(), p.end()).contains(cues.attribution)
                && !Cues.before(text, p.end(), cues.listEnd) // …等: a list of examples, not of principles
                && (p.length() == IDIOM || cues.triggerAt(text, p.start()) != null))) {
            int bareParts = 0;
            for (Span p : parts) {
                Cues.Trigger t = cues.triggerAt(text, p.start());
                bareParts += t == null ? 1 : 0;
                Cues.Trigger pt = t != null ? t : new Cues.Trigger("", "adhere", null, false);
                it.partTriggers.add(pt);
                it.spans.add(p);
                it.objectSpans.add(p);
            }
            it.principles = bareParts * 2 > parts.size();
            it.trigger = it.partTriggers.get(0);
            it.negative = false;
            return it;
        }
        // 认可双方团队自…以来为讨论…所作努力: what was agreed is the purpose, not the agents or the effort
        if (agreedObject) {
            int since = rest.indexOf(cues.since);
            if (since >= 0 && since + cues.since.length() < rest.length()) {
                i += since + cues.since.length();
                if (Cues.at(text, i, cues.purpose)) {
                    i += cues.purpose.length();
                }
            }
            for (String tail : nominalTails) {
                int at = text.substring(i, end).indexOf(tail);
                if (at > 2) {
                    end = i + at;
                    break;
                }
            }
        }
        int spanStart = i;
        int j = i;
        Cues.Trigger trigger = null;
        for (int guard = 0; guard < 6 && j < end; guard++) {
            trigger = cues.triggerAt(text, j);
            if (trigger != null) {
                break;
            }
            boolean skipped = false;
            String adverb = verbAdverbs.startingAt(text, j, end);
            if (adverb != null) {
                it.jointly |= adverb.equals(jointly);
                j += adverb.length();
                skipped = true;
            }
            if (!skipped && it.jointly && j - spanStart <= 6) {
                j++; // 共同有效管控…: a manner word between 共同 and its verb
                skipped = true;
            }
            if (!skipped) {
                int verb = afterPrepositionalPhrase(text, j, end, it.will || it.willing);
                skipped = verb > j;
                j = Math.max(j, verb);
            }
            if (!skipped) {
                break;
            }
        }
        if (trigger == null && !(it.jointly || agreedObject)) {
            return null;
        }
        if (trigger == null) {
            trigger = firstTrigger(text, spanStart, end);
            j = spanStart;
            if (trigger == OTHER && !agreedObject && end - i <= BARE_NOUN) {
                return null; // 共同安全: a goal's name, with no act in it
            }
        }
        it.trigger = trigger;
        it.negative = trigger.negative();
        int objectStart = j + trigger.verb().length();
        while (end > objectStart && Cues.before(text, end, cues.listEnd)) {
            end -= cues.listEnd.length();
        }
        if (end - spanStart < 3 || end - objectStart < 2 && trigger != OTHER) {
            return null;
        }
        if (it.timeText == null) {
            Matcher tm = patterns.timeAnywhere.matcher(text.substring(spanStart, end));
            if (tm.find()) {
                it.timeText = tm.group();
            }
        }
        Span objectSpan = new Span(objectStart, end);
        List<Mention> mechs = new ArrayList<>();
        for (Mention m : mentions.inside(objectSpan)) {
            if (m.type() == EntityType.MECHANISM || m.type() == EntityType.WORKING_GROUP) {
                mechs.add(m);
            }
        }
        mechs.removeIf(a -> mechs.stream().anyMatch(b -> b != a && b.span().contains(a.span())));
        mechs.sort((a, b) -> a.span().compareTo(b.span()));
        boolean fieldList = mechs.size() >= 2 && mechs.stream().allMatch(m -> !m.label().equals(textOf(text, m)));
        if (fieldList) {
            // 推进在A、B、C等各领域的机制性磋商: the item is the head phrase over the fields
            int dengAt = text.lastIndexOf(cues.listEnd, end - 1);
            int from = dengAt > mechs.get(mechs.size() - 1).span().end() - 1 ? dengAt + cues.listEnd.length() : objectStart;
            it.spans.add(new Span(from, end));
            it.objectSpans.add(objectSpan);
        } else if (mechs.size() >= 2 && separatedByEnumeration(text, mechs)) {
            it.spans.add(new Span(spanStart, mechs.get(0).span().end()));
            it.objectSpans.add(new Span(objectStart, mechs.get(0).span().end()));
            for (int k = 1; k < mechs.size(); k++) {
                it.spans.add(mechs.get(k).span());
                it.objectSpans.add(mechs.get(k).span());
            }
        } else {
            it.spans.add(new Span(spanStart, end));
            it.objectSpans.add(new Span(spanStart, end));
        }
        if (!topics.isEmpty()) {
            // 就A、B、C等达成共识: each topic the sides agreed on is an item, before the agreement itself
            for (int k = 0; k < it.spans.size(); k++) {
                it.partTriggers.add(trigger);
            }
            for (int k = topics.size() - 1; k >= 0; k--) {
                Span p = topics.get(k);
                Cues.Trigger pt = cues.triggerAt(text, p.start());
                it.partTriggers.add(0, pt != null ? pt : OTHER);
                it.spans.add(0, p);
                it.objectSpans.add(0, p);
            }
        }
        return it;
    }

    /** A first-person plural subject at {@code i} (我们), or null. */
    private String firstPlural(String text, int i, int end) {
        for (String w : we) {
            if (text.startsWith(w, i) && i + w.length() < end) {
                return w;
            }
        }
        return null;
    }

    /**
     * The acts listed in a prepositional phrase before a joint frame verb (就扩大市场开放、便利企业融资等达成…):
     * two or more parts joined by 、 and closed by 等, each with a trigger verb near its start; else none.
     */
    private List<Span> topicList(String text, int from, int verbStart) {
        if (verbStart - from < 6 || !cues.opensPhrase(text.charAt(from))) {
            return List.of();
        }
        int end = verbStart;
        while (end > from && Cues.before(text, end, cues.aspect)) {
            end -= cues.aspect.length();
        }
        if (Cues.before(text, end, cues.listEnd)) {
            end -= cues.listEnd.length();
        }
        List<Span> parts = listParts(text, from + 1, end);
        if (parts.size() < 2) {
            return List.of();
        }
        for (Span p : parts) {
            boolean act = false;
            for (int k = p.start(); k < Math.min(p.end(), p.start() + 6) && !act; k++) {
                act = cues.triggerAt(text, k) != null;
            }
            if (!act || p.length() < 4) {
                return List.of();
            }
        }
        return parts;
    }

    /** The parts of a 、-list spanning {@code [from, end)} outside brackets; a single part when none. */
    static List<Span> listParts(String text, int from, int end) {
        List<Span> out = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int k = from; k < end; k++) {
            char c = text.charAt(k);
            if (Clauses.plain(c)) {
                continue;
            }
            if ("《“「（(".indexOf(c) >= 0) {
                depth++;
            } else if ("》”」）)".indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (c == '、' && depth == 0) {
                out.add(new Span(start, k));
                start = k + 1;
            }
        }
        out.add(new Span(start, end));
        return out;
    }

    private static String textOf(String text, Mention m) {
        return text.substring(m.span().start(), m.span().end());
    }

    private Cues.Trigger firstTrigger(String text, int from, int end) {
        for (int k = from; k < end; k++) {
            Cues.Trigger t = cues.triggerAt(text, k);
            if (t != null && !t.negative()) {
                return new Cues.Trigger("", t.action(), t.status(), false);
            }
        }
        return OTHER;
    }

    private boolean separatedByEnumeration(String text, List<Mention> mechs) {
        for (int k = 1; k < mechs.size(); k++) {
            if (mechs.get(k).span().start() < mechs.get(k - 1).span().end()) {
                return false;
            }
            String between = text.substring(mechs.get(k - 1).span().end(), mechs.get(k).span().start());
            if (!between.equals("、") && !cues.joinsList(between)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the verb after a prepositional phrase is (中方将对法国公民实行…, 就…进行磋商): a preposition, a
     * short phrase without punctuation or 的, then a trigger verb; else {@code i}.
     */
    private int afterPrepositionalPhrase(String text, int i, int end, boolean verbDue) {
        if (i >= end || !cues.opensPhrase(text.charAt(i))) {
            return i;
        }
        int reach = verbDue ? MODAL_PREPOSITIONAL_PHRASE : PREPOSITIONAL_PHRASE;
        for (int k = i + 2; k < end && k - i <= reach; k++) {
            if (Clauses.BREAKS.indexOf(text.charAt(k - 1)) >= 0 || !verbDue && Cues.before(text, k, cues.attribution)) {
                return i; // 同法国的航空合作…: a noun phrase, whose 合作 is no verb (unless 将 or 愿 said one comes)
            }
            if (cues.triggerAt(text, k) != null) {
                return k;
            }
        }
        return i;
    }
}
