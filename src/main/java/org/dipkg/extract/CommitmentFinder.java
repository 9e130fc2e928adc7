package org.dipkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import org.dipkg.rules.Cues;
import org.dipkg.rules.RuleData;
import org.dipkg.rules.Words;
import org.dipkg.text.Document;
import org.dipkg.text.Numerals;
import org.dipkg.text.Sentence;
import org.dipkg.text.Span;

/**
 * Reads a document's sentences and its entity mentions and returns its commitments.
 *
 * <p>A speaker cue ({@link SpeakerCues}) opens a frame that lasts to the end of its paragraph, or on into
 * the numbered items it announces. The sets a sentence names are found by {@link SetReader}; each clause of
 * the frame is read by {@link ClauseReader}; the kind of what it states is decided by {@link KindRule}.
 * What is left here is their order through the document: which frame and which set each sentence is in,
 * a speaker's numbered points with no count, and a run of parallel 共同 clauses.
 */
public final class CommitmentFinder {
    private static final LeadingPattern ORDINAL = SpeakerCues.ORDINAL;

    private final Cues cues;
    private final SpeakerCues speakers;
    private final ItemPatterns patterns;
    private final ClauseReader reader;
    private final TimeNormaliser times;
    private final SetReader sets;
    private final SessionReports sessions;
    private final Words lightVerbs;
    private final Words done;
    /** The adverb of a side's 共同… programme. */
    private final String jointly;
    /** The last words of a general willingness (加强沟通): no concrete act. */
    private final Words generalActs;

    public CommitmentFinder(Cues cues, RuleData data) {
        this.cues = cues;
        this.speakers = new SpeakerCues(cues, data);
        jointly = data.rows("adverbs").stream().filter(r -> "jointly".equals(r.get("role"))).map(r -> r.get("word"))
                .findFirst().orElse(null);
        patterns = new ItemPatterns(data, cues);
        times = new TimeNormaliser(data);
        sets = new SetReader(cues, data, patterns);
        sessions = new SessionReports(cues, data);
        lightVerbs = new Words(data.words("light-verbs", "word"));
        done = new Words(data.rows("adverbs").stream().filter(r -> "done".equals(r.get("role"))).map(r -> r.get("word")).toList());
        reader = new ClauseReader(cues, data, patterns, speakers, sets.enumerationWords, jointly);
        generalActs = new Words(data.words("general-acts", "word"));
    }

    public List<Commitment> find(Document doc, List<Mention> mentionList, LocalDate date) {
        return find(doc, mentionList, date, null);
    }

    /** The commitments of a document; {@code bounds} are where HanLP's words and nouns are, or null. */
    List<Commitment> find(Document doc, List<Mention> mentionList, LocalDate date, WordBounds bounds) {
        String text = doc.analysis().text();
        MentionIndex mentions = new MentionIndex(mentionList);
        Sides sides = new Sides(cues, text, bounds, mentionList);
        SortedSet<String> pair = sides.pair();
        List<Commitment> out = new ArrayList<>();
        if (!sides.diplomatic()) {
            return out;
        }
        Frame frame = null;
        int framePara = -1;
        boolean frameOpensEnumeration = false;
        SetReader.Pending pending = null;
        Frame lastFrame = null;
        List<CountedSet> implicitSets = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            Span sp = s.span();
            String st = text.substring(sp.start(), sp.end());
            MatchResult mark = ORDINAL.at(st, 0, st.length());
            boolean ordinal = mark != null;
            if (pending != null && pending.implicit && (ordinal ? !SpeakerCues.isPoint(mark.group()) || SetReader.isQuestion(st)
                    : s.paragraph() != pending.paragraph)) {
                pending = null; // 二、…？ after 一是…: a section of the article, not the speaker's next point
            }
            if (ordinal && pending == null && lastFrame != null && SpeakerCues.isPoint(mark.group())
                    && mark.group().indexOf(Numerals.DIGITS.charAt(1)) >= 0 && !SetReader.isQuestion(st)) {
                // 一是…。二是…。 after a speaker's paragraph, with no count announced: the speaker's numbered set
                pending = SetReader.implicit(sp, lastFrame, s.paragraph());
                implicitSets.add(pending.set);
            }
            // a frame lasts to the end of its paragraph, or on while the items it announced are coming
            if (frame != null && s.paragraph() != framePara && !(frameOpensEnumeration && pending != null)) {
                frame = null;
            }
            if (ordinal && pending != null && pending.frame != null) {
                frame = pending.frame; // each numbered item is still in the voice that announced them
                frameOpensEnumeration = true;
            }
            SpeakerCues.Cue cue = speakers.find(text, sp, mentions, sides);
            if (cue != null) {
                frame = cue.frame();
                frameOpensEnumeration = false;
                if (pending != null && !ordinal && s.paragraph() != pending.paragraph) {
                    pending = null;
                }
            }
            if (frame != null) {
                framePara = s.paragraph();
                lastFrame = frame;
            }
            SetReader.Found found = sets.read(text, sp, s.paragraph(), frame, pair, out);
            if (found.announced() != null) {
                pending = found.announced();
                frameOpensEnumeration = true;
            }
            SetReader.NamedSet named = found.named();
            Frame outcomeFrame = found.outcomeFrame();
            if (frame == null && outcomeFrame == null) {
                continue;
            }
            if (ordinal && pending != null) {
                pending.paragraph = s.paragraph();
            }
            readSentence(text, sp, cue, frame, outcomeFrame, named, ordinal || found.opensHere() ? pending : null,
                    found.phrases(), mentions, sides,
                    date, out);
            if (pending != null && pending.set.statedSize() > 0 && pending.members >= pending.set.statedSize()) {
                pending = null;
            }
        }
        out.replaceAll(c -> settled(text, c));
        out.addAll(sessions.find(text, mentionList, pair, out));
        out.replaceAll(c -> withCoreObject(text, c, bounds));
        out.removeIf(c -> c.parties().isEmpty()); // 两国元首同意… where no state is named: no one to hold to it
        return implicitSets.isEmpty() ? out : sets.counted(out, implicitSets);
    }

    /** The statuses of what has happened, which a verb of them alone does not say (同意明年举行…). */
    private static final java.util.Set<String> DONE_STATUSES = java.util.Set.of("held", "implemented");

    /**
     * The commitment, with a status of what has happened (held, implemented) only where its verb says it
     * happened: with the aspect particle after it (举行了) or a word of it done before it (已举行).
     */
    private Commitment settled(String text, Commitment c) {
        if (c.status() == null || !DONE_STATUSES.contains(c.status())) {
            return c;
        }
        for (int i = c.span().start(); i < c.span().end(); i++) {
            Cues.Trigger t = cues.triggerAt(text, i);
            if (t != null && c.status().equals(t.status())) {
                if (text.startsWith(cues.aspect, i + t.verb().length()) || done.endingAt(text, i) != null) {
                    return c;
                }
                break;
            }
        }
        return new Commitment(c.kind(), c.parties(), c.addressee(), c.speaker(), c.action(), c.negative(), null,
                c.span(), c.object(), c.objects(), c.set(), c.time(), c.condition(), c.confidence());
    }

    /**
     * The commitment with an object keyed on what is committed to: without a light verb after its verb
     * (寻求打…: light-verbs.csv) nor the side it is made to between two verbs (不寻求同中国打…, which its
     * addressee records), so one pledge worded either way at two meetings is one item.
     */
    private Commitment withCoreObject(String text, Commitment c, WordBounds bounds) {
        int base = c.span().start();
        if (bounds == null || !text.startsWith(c.object(), base)) {
            return c;
        }
        StringBuilder object = new StringBuilder(c.object().length());
        String o = c.object();
        boolean afterVerb = false; // what is kept so far ends in a verb whose object follows
        for (int i = 0; i < o.length(); i++) {
            int at = base + i;
            if (i > 0 && (afterVerb || bounds.verbEndsAt(at))) {
                String party = cues.marksAddressee(o.charAt(i)) && bounds.whole(at, at + 1) ? cues.partyWordAt(o, i + 1) : null;
                int after = party == null ? -1 : i + 1 + party.length();
                if (after > 0 && after < o.length() && bounds.verbAt(base + after)) {
                    i = after - 1;
                    afterVerb = true;
                    continue;
                }
                String w = lightVerbs.startingAt(o, i);
                if (w != null && i + w.length() < o.length() && bounds.whole(at, at + w.length())) {
                    i += w.length() - 1;
                    afterVerb = false;
                    continue;
                }
            }
            afterVerb = false;
            object.append(o.charAt(i));
        }
        return object.length() == o.length() ? c : new Commitment(c.kind(), c.parties(), c.addressee(), c.speaker(),
                c.action(), c.negative(), c.status(), c.span(), object.toString(), c.objects(), c.set(), c.time(),
                c.condition(), c.confidence());
    }

    /** The longest numbered heading taken whole as a set's member (扩大人员往来，便利商务签证). */
    private static final int HEADING = 40;

    private void readSentence(String text, Span sp, SpeakerCues.Cue cue, Frame frame, Frame outcomeFrame,
                              SetReader.NamedSet named, SetReader.Pending pending, List<Span> setPhrases, MentionIndex mentions,
                              Sides sides, LocalDate date, List<Commitment> out) {
        SortedSet<String> pair = sides.pair();
        List<Commitment> jointRun = new ArrayList<>();
        boolean licensed = false;
        boolean marked = false;
        boolean demand = false;
        boolean pendingTaken = false;
        int setMembers = 0;
        String carriedCondition = null;
        SortedSet<String> carriedSubject = null;
        boolean carriedWe = false;
        List<Span> clauses = Clauses.of(text, sp);
        int cueClause = -10;
        for (int k = 0; k < clauses.size() && cue != null; k++) {
            if (clauses.get(k).start() <= cue.start() && cue.start() < clauses.get(k).end()) {
                cueClause = k;
            }
        }
        int headingEnd = -1;
        for (int clauseIndex = 0; clauseIndex < clauses.size(); clauseIndex++) {
            Span clause = clauses.get(clauseIndex);
            if (clause.end() <= headingEnd) {
                continue; // 一要…，不要…: the point's second half is in its heading
            }
            boolean inEnum = named != null && clause.start() >= named.enumStart();
            Frame f = inEnum && outcomeFrame != null ? outcomeFrame : frame;
            if (f == null) {
                continue;
            }
            ClauseReader.Item item = reader.read(text, clause, cue, f, sides, mentions, inEnum || pending != null && !pendingTaken
                    && (!pending.implicit || unmarkedLength(text, clause) > ClauseReader.BARE_NOUN) // 一是战略性: a quality
                    || (f.joint() && cue != null
                    && clause.start() > cue.start()));
            if (item == null) {
                if (Clauses.after(text, clause) == '；') {
                    licensed = false;
                    demand = false;
                    carriedSubject = null;
                }
                continue;
            }
            // 日方应恪守…，停止…: a clause without a subject goes on with the one before it
            if (item.ownSubject != null) {
                carriedSubject = item.ownSubject;
                carriedWe = item.we;
            } else if (carriedSubject != null && !inEnum) {
                item.ownSubject = carriedSubject;
                item.we = carriedWe;
                if (carriedSubject.size() == 1 || f.parties().size() >= 2 || carriedWe) {
                    item.parties = carriedSubject;
                }
            }
            if (item.conditionOnly) {
                carriedCondition = item.condition;
                continue;
            }
            if (setPhrases.stream().anyMatch(clause::contains)) {
                continue; // the clause that names a set is not one of its members
            }
            licensed |= item.negative || item.modal || item.ownSubject != null || item.jointly || inEnum;
            demand |= item.demand;
            CountedSet set = null;
            String setNoun = null;
            if (inEnum && (named.set().statedSize() < 0 || setMembers < named.set().statedSize())) {
                set = named.set();
                setNoun = named.noun();
                setMembers++;
            } else if (pending != null && !pendingTaken) {
                set = pending.set;
                setNoun = pending.noun;
                pendingTaken = true;
                pending.members++;
            }
            if (set == null && item.trigger == ClauseReader.OTHER
                    && item.spans.stream().noneMatch(s -> sides.verbIn(s.start(), s.end()))
                    && !jointAssessment(text, clause, clauseIndex - cueClause, cue, f, sides)) {
                continue; // 对两国和世界都十分有益: an assessment, with no act in it; a set's member is one by its place
            }
            SortedSet<String> parties = item.parties;
            String action = item.trigger.action();
            boolean asks = demand || item.demand || "demand".equals(item.trigger.action()); // 日方也不要…
            if (!f.joint() && f.parties().size() == 1 && asks && item.ownSubject != null
                    && item.ownSubject.size() == 1 && !item.ownSubject.equals(f.parties())) {
                parties = f.parties(); // one side's words about what the other should do
                action = "demand";
            }
            boolean stated = item.principles && clauseIndex <= cueClause + 1 && cue != null
                    && cues.stanceVerbs.contains(text.substring(cue.verbStart(), cue.verbEnd()));
            if (item.principles && !(licensed || f.joint() || stated)) {
                continue; // a list in narration (举世瞩目、成果丰硕、意涵深远) states no principle
            }
            marked |= item.will || item.willing || cue != null && clauseIndex >= cueClause
                    && speakers.pledges(text, cue);
            Span whole = item.spans.get(item.spans.size() - 1);
            // 我们共同确定了… in a leader's words is what both sides did; 我们要… is the leader's programme for both
            boolean weAgreed = item.we && !item.demand && !demand;
            CommitmentKind kind = KindRule.decide(new KindRule.Facts(item.principles, sets.role(set, setNoun),
                    (f.joint() || weAgreed) && parties.size() >= 2, item.jointly || item.we && !weAgreed, licensed,
                    "demand".equals(action),
                    marked || item.negative, item.will, addressed(text, sp, clause, mentions, parties, sides),
                    generalActs.endingAt(text, whole.end()) != null,
                    item.negative, suspends(text, whole),
                    !f.joint() && parties.size() == 1 && cue != null && clauseIndex >= cueClause
                            && speakers.decides(text, cue, item.spans.get(0).start())));
            if (kind == null) {
                continue; // narration, not a stance
            }
            String condition = item.condition != null ? item.condition : carriedCondition;
            carriedCondition = null;
            for (int i = 0; i < item.spans.size(); i++) {
                Span span = item.spans.get(i);
                if (i == 0 && pending != null && set == pending.set) {
                    span = heading(text, sp, span); // 一是扩大人员往来，便利商务签证。: the member is the heading
                    headingEnd = span.end();
                }
                Cues.Trigger t = item.partTriggers.isEmpty() ? item.trigger : item.partTriggers.get(i);
                String partAction = item.partTriggers.isEmpty() ? action : t.action();
                String status = named != null && named.reaffirmed() && set != null ? "reaffirmed" : t.status();
                Commitment c = new Commitment(kind, parties, addressee(text, sp, clause, mentions, parties, sides),
                        f.speaker(), partAction, t.negative(), status,
                        span, text.substring(span.start(), span.end()), objectsIn(mentions, item.objectSpans.get(i)),
                        set, item.timeText == null ? null : times.normalise(item.timeText, date), condition, item.trigger == ClauseReader.OTHER ? 0.6 : 0.75);
                out.add(c);
                if (item.jointly && set == null && i == 0 && kind == CommitmentKind.PROPOSAL) {
                    jointRun.add(c);
                }
            }
            if (Clauses.after(text, clause) == '；') {
                licensed = false;
                marked = false;
                demand = false;
            }
        }
        if (jointRun.size() >= 3) {
            CountedSet run = new CountedSet(Numerals.write(jointRun.size()) + patterns.runWord + jointly, jointRun.size(),
                    jointRun.get(0).span());
            for (Commitment c : jointRun) {
                out.set(out.indexOf(c), new Commitment(c.kind(), c.parties(), c.addressee(), c.speaker(), c.action(),
                        c.negative(),
                        c.status(), c.span(), c.object(), c.objects(), run, c.time(), c.condition(), c.confidence()));
            }
        }
    }

    /**
     * Whether a clause is what both sides hold of their relations (双方一致认为，稳定的两国经贸关系对两国意义重大):
     * right after both sides' stance verb, and naming the sides.
     */
    private boolean jointAssessment(String text, Span clause, int afterCue, SpeakerCues.Cue cue, Frame f, Sides sides) {
        String verb = cue == null ? "" : text.substring(cue.verbStart(), cue.verbEnd());
        if (!f.joint() || afterCue < 0 || afterCue > 1 || cues.stanceVerbs.stream().noneMatch(verb::endsWith)) {
            return false;
        }
        for (int i = Math.max(clause.start(), cue.verbEnd()); i < clause.end(); i++) {
            if (sides.wordAt(i) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The side an item is made to: a party or person after 向/同/对/与 earlier in the clause, or for a
     * member of an enumeration, earlier in the sentence (向习近平主席作出的五点承诺，即：…). Never the
     * item's own parties.
     */
    private SortedSet<String> addressee(String text, Span sentence, Span clause, MentionIndex mentions,
                                        SortedSet<String> parties, Sides sides) {
        for (Span scope : List.of(clause, new Span(sentence.start(), clause.start()))) {
            for (int k = scope.start(); k + 1 < scope.end(); k++) {
                if (!cues.marksAddressee(text.charAt(k))) {
                    continue;
                }
                SortedSet<String> who = null;
                for (Mention m : mentions.startingBetween(k + 1, k + 7)) {
                    if (m.type() == EntityType.PERSON && m.country() != null
                            && (m.span().start() == k + 1 || cues.titleEndingAt(text, m.span().start()) != null)) {
                        who = SpeakerCues.one(m.country());
                        break;
                    }
                }
                String w = who == null ? sides.wordAt(k + 1) : null;
                if (w != null) {
                    SortedSet<String> p = sides.of(w);
                    if (p != null && p.size() == 1) {
                        who = p;
                    }
                }
                if (who != null && !parties.containsAll(who)) {
                    return who;
                }
            }
        }
        return new TreeSet<>();
    }

    /** Whether a verb of suspension or cancellation stands in the span (继续暂停实施…): a side's restraint. */
    private boolean suspends(String text, Span span) {
        for (int k = span.start(); k < span.end(); k++) {
            Cues.Trigger t = cues.triggerAt(text, k);
            if (t != null && (t.action().equals("suspend") || t.action().equals("cancel"))) {
                return true;
            }
        }
        return false;
    }

    /** A clause's length without its item mark (一是). */
    private static int unmarkedLength(String text, Span clause) {
        MatchResult m = ORDINAL.at(text, clause.start(), clause.end());
        return clause.length() - (m == null ? 0 : m.end() - clause.start());
    }

    /** A numbered sentence from {@code span} to its end, without its closing mark, when short; else {@code span}. */
    private static Span heading(String text, Span sentence, Span span) {
        int e = sentence.end();
        while (e > span.end() && Clauses.BREAKS.indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return e - span.start() <= HEADING && e > span.end() ? new Span(span.start(), e) : span;
    }

    /**
     * Whether the other side is named in the sentence up to the clause's end (中方愿同法方…, 日方不寻求同中方…):
     * a party word, a state or a person of a party of the meeting that is not among the item's own.
     */
    private boolean addressed(String text, Span sentence, Span clause, MentionIndex mentions,
                              SortedSet<String> parties, Sides sides) {
        for (Mention m : mentions.inside(new Span(sentence.start(), clause.end()))) {
            if (m.country() != null && sides.pair().contains(m.country()) && !parties.contains(m.country())
                    && (m.type() == EntityType.PERSON || m.known() != null && m.known().isParty())) {
                return true;
            }
        }
        for (int k = sentence.start(); k < clause.end(); k++) {
            String w = sides.wordAt(k);
            if (w == null) {
                continue;
            }
            SortedSet<String> p = sides.of(w);
            if (p != null && p.size() == 1 && sides.pair().containsAll(p) && !parties.containsAll(p)) {
                return true;
            }
            k += w.length() - 1;
        }
        return false;
    }

    private static List<Mention> objectsIn(MentionIndex mentions, Span span) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions.inside(span)) {
            if ((m.type() == EntityType.MECHANISM || m.type() == EntityType.WORKING_GROUP
                    || m.type() == EntityType.DOCUMENT) && span.contains(m.span())) {
                out.add(m);
            }
        }
        return out;
    }
}
