package org.dipkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dipkg.rules.Cues;
import org.dipkg.rules.RuleData;
import org.dipkg.text.Document;
import org.dipkg.text.Sentence;
import org.dipkg.text.Span;

/**
 * Reads a document's sentences and its entity mentions and returns its commitments.
 *
 * <p>The rules read the genre: a speaker cue (a person or party followed by a verb of speech or
 * decision) opens a scope that lasts to the end of its paragraph, or on into the items of an
 * enumeration it announces; each clause of the scope whose head (after subject, modal words,
 * conditions and times) is a trigger verb is an item; the frame decides its kind — both sides agreeing
 * make agreements, a counted set of 承诺 makes pledges, a run of 共同 clauses by one side makes proposals,
 * one side's measure with 将 is unilateral, anything else one side says is a position. A counted set
 * ("五点承诺，即：…", "五根支柱。一是…二是…") or a run of parallel 共同 clauses becomes a set.
 */
public final class CommitmentFinder {
    private static final Pattern COUNTED = Pattern.compile(
            "(\\d+|[一二三四五六七八九十两]{1,3})(多)?(点|根|个|项|条|大|方面)[“\"「]?([\\p{IsHan}]{1,4}?)[”\"」]?"
                    + "(?=[，。：；、,]|即|包括|$|的|，)");
    private static final Pattern ORDINAL = Pattern.compile("^(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]，?|（[一二三四五六七八九十]）)");
    private static final Pattern CONDITION = Pattern.compile("^在[^，。；]{1,20}?(?:基础上|前提下|框架下|条件下)");
    private static final Pattern TIME = Pattern.compile(
            "^(?:明年早些时候|明年初|明年|今年|年内|年底前|尽快|近期|今后|未来(?:\\d+|[一二三四五六七八九十])年|(?:\\d{4})年(?:前|以前|之前))");
    private static final Set<String> SET_NOUNS = Set.of("承诺", "支柱", "共同", "共识", "成果", "原则", "坚持", "主张", "倡议",
            "建议", "不会变", "特点", "方面");
    private static final String CLAUSE_BREAKS = "，；：。！？,;:";
    private static final String OPEN = "“‘「『（(《";
    private static final String CLOSE = "”’」』）)》";

    private record Frame(SortedSet<String> parties, String speaker, boolean joint) {
    }

    private record FrameVerb(boolean joint, boolean kept) {
    }

    private final Cues cues;
    private final Map<String, FrameVerb> frameVerbs = new HashMap<>();
    private final Map<String, Boolean> adverbs = new HashMap<>();
    private final int longestAdverb;

    public CommitmentFinder(Cues cues, RuleData data) {
        this.cues = cues;
        for (Map<String, String> r : data.rows("frame-verbs")) {
            frameVerbs.put(r.get("verb"), new FrameVerb("yes".equals(r.get("joint")), "yes".equals(r.get("kept"))));
        }
        int la = 0;
        for (Map<String, String> r : data.rows("adverbs")) {
            adverbs.put(r.get("word"), "yes".equals(r.get("modal")));
            la = Math.max(la, r.get("word").length());
        }
        longestAdverb = la;
    }

    public List<Commitment> find(Document doc, List<Mention> mentions, LocalDate date) {
        String text = doc.analysis().text();
        SortedSet<String> pair = meetingParties(mentions);
        List<Commitment> out = new ArrayList<>();
        Frame frame = null;
        int framePara = -1;
        boolean frameOpensEnumeration = false;
        CountedSet pendingSet = null;
        int pendingMembers = 0;
        String pendingNoun = null;
        for (Sentence s : doc.sentences()) {
            Span sp = s.span();
            String st = text.substring(sp.start(), sp.end());
            boolean ordinal = ORDINAL.matcher(st).find();
            if (frame != null && s.paragraph() != framePara && !(ordinal && frameOpensEnumeration)) {
                frame = null;
            }
            Cue cue = findCue(text, sp, mentions, pair);
            if (cue != null) {
                frame = cue.frame;
                framePara = s.paragraph();
                frameOpensEnumeration = false;
            } else if (frame != null) {
                framePara = s.paragraph();
            }
            if (!ordinal && pendingSet != null && pendingMembers > 0) {
                pendingSet = null;
            }
            // counted sets named in this sentence
            CountedSet sentenceSet = null;
            String sentenceSetNoun = null;
            int colonEnumStart = -1;
            Matcher cm = COUNTED.matcher(st);
            while (cm.find()) {
                String noun = cm.group(4);
                if (!SET_NOUNS.contains(noun)) {
                    continue;
                }
                int size = cm.group(2) == null ? TimeNormaliser.parseCount(cm.group(1)) : -1;
                CountedSet set = new CountedSet(cm.group(1) + (cm.group(2) == null ? "" : cm.group(2)) + cm.group(3)
                        + noun, size, new Span(sp.start() + cm.start(), sp.start() + cm.end()));
                int after = cm.end();
                String rest = st.substring(after);
                int colon = rest.indexOf('：');
                if (colon >= 0 && colon <= 6 && (rest.startsWith("，即") || rest.startsWith("即") || rest.contains("包括"))) {
                    sentenceSet = set;
                    sentenceSetNoun = noun;
                    colonEnumStart = sp.start() + after + colon + 1;
                } else if (size > 0 && rest.length() <= 2) {
                    pendingSet = set;
                    pendingNoun = noun;
                    pendingMembers = 0;
                    frameOpensEnumeration = true;
                }
            }
            if (frame == null) {
                continue;
            }
            List<Span> clauses = clauses(text, sp);
            List<Commitment> jointRun = new ArrayList<>();
            boolean ordinalMemberTaken = false;
            int setMembers = 0;
            for (Span clause : clauses) {
                boolean inColonEnum = sentenceSet != null && clause.start() >= colonEnumStart
                        && (sentenceSet.statedSize() < 0 || setMembers < sentenceSet.statedSize());
                Item item = item(text, clause, cue, mentions, pair, frame);
                if (item == null) {
                    continue;
                }
                CountedSet set = null;
                CommitmentKind kind;
                String setNoun = null;
                if (inColonEnum) {
                    set = sentenceSet;
                    setNoun = sentenceSetNoun;
                    setMembers++;
                } else if (ordinal && pendingSet != null && !ordinalMemberTaken) {
                    set = pendingSet;
                    setNoun = pendingNoun;
                    ordinalMemberTaken = true;
                    pendingMembers++;
                    if (pendingSet.statedSize() > 0 && pendingMembers >= pendingSet.statedSize()) {
                        pendingSet = null;
                    }
                }
                SortedSet<String> parties = item.parties;
                if (set != null && "承诺".equals(setNoun)) {
                    kind = CommitmentKind.PLEDGE;
                } else if (frame.joint && parties.size() >= 2) {
                    kind = CommitmentKind.AGREEMENT;
                } else if (item.jointly) {
                    kind = CommitmentKind.PROPOSAL;
                } else if (item.will && !item.negative && parties.size() == 1) {
                    kind = CommitmentKind.UNILATERAL;
                } else {
                    kind = CommitmentKind.POSITION;
                }
                for (int i = 0; i < item.spans.size(); i++) {
                    Span span = item.spans.get(i);
                    Commitment c = new Commitment(kind, parties, frame.speaker, item.trigger.action(),
                            item.negative, item.trigger.status(), span, text.substring(span.start(), span.end()),
                            objectsIn(mentions, span), set, item.time(date), item.condition,
                            item.trigger.action().equals("other") ? 0.6 : 0.75);
                    out.add(c);
                    if (item.jointly && set == null && i == 0) {
                        jointRun.add(c);
                    }
                }
            }
            if (jointRun.size() >= 3) {
                CountedSet run = new CountedSet(chineseCount(jointRun.size()) + "个共同", jointRun.size(),
                        jointRun.get(0).span());
                for (Commitment c : jointRun) {
                    out.set(out.indexOf(c), withSet(c, run, CommitmentKind.PROPOSAL));
                }
            }
        }
        return out;
    }

    private static Commitment withSet(Commitment c, CountedSet set, CommitmentKind kind) {
        return new Commitment(kind, c.parties(), c.speaker(), c.action(), c.negative(), c.status(), c.span(),
                c.object(), c.objects(), set, c.time(), c.condition(), c.confidence());
    }

    static String chineseCount(int n) {
        String d = "零一二三四五六七八九十";
        return n <= 10 ? String.valueOf(d.charAt(n)) : String.valueOf(n);
    }

    private static List<Mention> objectsIn(List<Mention> mentions, Span span) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if ((m.type() == EntityType.MECHANISM || m.type() == EntityType.WORKING_GROUP
                    || m.type() == EntityType.DOCUMENT) && span.contains(m.span())) {
                out.add(m);
            }
        }
        return out;
    }

    /** The parties of "both sides": the two countries whose leaders the document names most. */
    private static SortedSet<String> meetingParties(List<Mention> mentions) {
        Map<String, Integer> counts = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.country() != null) {
                counts.merge(m.country(), 1, Integer::sum);
            }
        }
        SortedSet<String> out = new TreeSet<>();
        counts.entrySet().stream()
                .sorted((a, b) -> b.getValue() != a.getValue().intValue() ? b.getValue() - a.getValue()
                        : a.getKey().compareTo(b.getKey()))
                .limit(2).forEach(e -> out.add(e.getKey()));
        if (out.size() < 2) {
            out.add("CN");
        }
        return out;
    }

    // ---- speaker cues ----

    private record Cue(Frame frame, int start, int verbStart, int verbEnd, boolean verbKept) {
    }

    /** A speaker followed by a verb of speech or decision near the start of a clause of the sentence. */
    private Cue findCue(String text, Span sp, List<Mention> mentions, SortedSet<String> pair) {
        for (int clauseStart : clauseStarts(text, sp)) {
            Cue c = cueAt(text, clauseStart, sp.end(), mentions, pair);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private List<Integer> clauseStarts(String text, Span sp) {
        List<Integer> out = new ArrayList<>();
        for (Span c : clauses(text, sp)) {
            out.add(c.start());
        }
        return out;
    }

    private Cue cueAt(String text, int from, int limit, List<Mention> mentions, SortedSet<String> pair) {
        int i = from;
        Matcher om = ORDINAL.matcher(text.substring(from, Math.min(limit, from + 6)));
        if (om.find()) {
            i += om.end();
        }
        SortedSet<String> parties = null;
        String speaker = null;
        int subjectEnd = -1;
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.span().start() >= i && m.span().start() <= i + 8
                    && m.span().end() <= limit) {
                // a person name opening the clause, possibly after a title (国家主席习近平)
                String pre = text.substring(i, m.span().start());
                if (pre.isEmpty() || cues.titleEndingAt(text, m.span().start()) != null && pre.length() <= 8
                        || pre.length() <= 4 && !pre.contains("，")) {
                    if (m.country() != null) {
                        parties = new TreeSet<>(Set.of(m.country()));
                    }
                    speaker = m.label();
                    subjectEnd = m.span().end();
                    break;
                }
            }
        }
        if (subjectEnd < 0) {
            String best = null;
            for (String w : cues.partyWords()) {
                if (text.startsWith(w, i) && (best == null || w.length() > best.length())) {
                    best = w;
                }
            }
            if (best == null) {
                return null;
            }
            parties = parties(cues.parties.get(best), pair);
            speaker = best;
            subjectEnd = i + best.length();
        }
        int v = subjectEnd;
        String title = cues.titleStartingAt(text, v);
        if (title != null) {
            v += title.length();
        }
        // a prepositional phrase between speaker and verb: 习近平就中韩关系提出…
        if (v < limit && "就对在向同为".indexOf(text.charAt(v)) >= 0) {
            for (int k = v + 1; k < Math.min(limit, v + 16); k++) {
                if (CLAUSE_BREAKS.indexOf(text.charAt(k)) >= 0) {
                    break;
                }
                for (String fv : frameVerbs.keySet()) {
                    if (text.startsWith(fv, k) && k - v >= 2) {
                        v = k;
                        k = limit;
                        break;
                    }
                }
            }
        }
        for (int gap = 0; gap <= 3 && v + gap < limit; gap++) {
            for (Map.Entry<String, FrameVerb> e : frameVerbs.entrySet()) {
                if (text.startsWith(e.getKey(), v + gap) && !containsBreak(text, v, v + gap)) {
                    if (parties == null) {
                        return null;
                    }
                    boolean joint = e.getValue().joint() && parties.size() >= 2;
                    return new Cue(new Frame(parties, speaker, joint), i, v + gap, v + gap + e.getKey().length(),
                            e.getValue().kept());
                }
            }
        }
        return null;
    }

    private static boolean containsBreak(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            if (CLAUSE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static SortedSet<String> parties(String code, SortedSet<String> pair) {
        if (code == null) {
            return null;
        }
        if (code.equals("BOTH")) {
            return new TreeSet<>(pair);
        }
        return new TreeSet<>(List.of(code.split("\\+")));
    }

    // ---- clauses and items ----

    /** Clauses of a sentence: split at clause punctuation outside quotes and brackets. */
    static List<Span> clauses(String text, Span sp) {
        List<Span> out = new ArrayList<>();
        int depth = 0;
        int start = sp.start();
        for (int i = sp.start(); i < sp.end(); i++) {
            char c = text.charAt(i);
            if (OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSE.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && CLAUSE_BREAKS.indexOf(c) >= 0) {
                if (i > start) {
                    out.add(new Span(start, i));
                }
                start = i + 1;
            }
        }
        if (sp.end() > start) {
            out.add(new Span(start, sp.end()));
        }
        return out;
    }

    private record Item(List<Span> spans, Span objectSpan, Cues.Trigger trigger, SortedSet<String> parties,
                        boolean negative, boolean jointly, boolean will, String condition, String timeText) {
        String time(LocalDate date) {
            return timeText == null ? null : TimeNormaliser.normalise(timeText, date);
        }
    }

    /** Reads a clause; returns the item it states, or null when its head is not a trigger verb. */
    private Item item(String text, Span clause, Cue cue, List<Mention> mentions, SortedSet<String> pair,
                      Frame frame) {
        int i = clause.start();
        int end = clause.end();
        Matcher om = ORDINAL.matcher(text.substring(i, end));
        if (om.find()) {
            i += om.end();
        }
        if (cue != null && cue.start >= i && cue.start < end) {
            i = cue.verbKept ? cue.verbStart : cue.verbEnd;
        }
        for (String w : List.of("包括", "即", "同意", "决定", "宣布")) {
            if (text.startsWith(w, i) && i + w.length() < end) {
                i += w.length();
            }
        }
        SortedSet<String> parties = frame.parties;
        // a subject of its own
        String subject = null;
        for (String w : cues.partyWords()) {
            if (text.startsWith(w, i) && (subject == null || w.length() > subject.length())) {
                subject = w;
            }
        }
        if (subject != null && i + subject.length() < end) {
            SortedSet<String> own = parties(cues.parties.get(subject), pair);
            if (own != null && (own.size() == 1 || frame.parties.size() >= 2)) {
                parties = own;
            }
            i += subject.length();
        }
        String condition = null;
        String timeText = null;
        boolean will = false;
        boolean progress = true;
        while (progress && i < end) {
            progress = false;
            Matcher m = CONDITION.matcher(text.substring(i, end));
            if (m.find()) {
                condition = m.group();
                i += m.end();
                progress = true;
            }
            m = TIME.matcher(text.substring(i, end));
            if (m.find()) {
                timeText = m.group();
                i += m.end();
                progress = true;
            }
            for (int len = Math.min(longestAdverb, end - i); len >= 1; len--) {
                Boolean modal = adverbs.get(text.substring(i, i + len));
                if (Boolean.TRUE.equals(modal)) {
                    will |= text.startsWith("将", i);
                    i += len;
                    progress = true;
                    break;
                }
            }
        }
        int spanStart = i;
        boolean jointly = false;
        int j = i;
        Cues.Trigger trigger = null;
        for (int guard = 0; guard < 6 && j < end; guard++) {
            trigger = cues.triggerAt(text, j);
            if (trigger != null) {
                break;
            }
            boolean skipped = false;
            for (int len = Math.min(longestAdverb, end - j); len >= 1; len--) {
                String w = text.substring(j, j + len);
                if (adverbs.containsKey(w) && !w.equals("不")) {
                    jointly |= w.equals("共同");
                    j += len;
                    skipped = true;
                    break;
                }
            }
            if (!skipped) {
                break;
            }
        }
        if (trigger == null) {
            return null;
        }
        int objectStart = j + trigger.verb().length();
        if (end - objectStart < 2) {
            return null;
        }
        // trailing 等等 / 等 is not part of the item
        while (end > objectStart && (text.charAt(end - 1) == '等')) {
            end--;
        }
        if (timeText == null) {
            Matcher tm = Pattern.compile("(明年早些时候|明年|年内|未来(?:\\d+|[一二三四五六七八九十])年|\\d{4}年(?:前|以前|之前))")
                    .matcher(text.substring(spanStart, end));
            if (tm.find()) {
                timeText = tm.group();
            }
        }
        Span objectSpan = new Span(objectStart, end);
        List<Span> spans = new ArrayList<>();
        // an enumeration of mechanisms after one verb: one item per mechanism
        List<Mention> mechs = new ArrayList<>();
        for (Mention m : mentions) {
            if ((m.type() == EntityType.MECHANISM || m.type() == EntityType.WORKING_GROUP)
                    && objectSpan.contains(m.span())) {
                mechs.add(m);
            }
        }
        mechs.removeIf(a -> mechs.stream().anyMatch(b -> b != a && b.span().contains(a.span())));
        mechs.sort((a, b) -> a.span().compareTo(b.span()));
        if (mechs.size() >= 2 && separatedByEnumerationComma(text, mechs)) {
            spans.add(new Span(spanStart, mechs.get(0).span().end()));
            for (int k = 1; k < mechs.size(); k++) {
                spans.add(mechs.get(k).span());
            }
        } else {
            spans.add(new Span(spanStart, end));
        }
        return new Item(spans, objectSpan, trigger, parties, trigger.negative(), jointly, will, condition, timeText);
    }

    private static boolean separatedByEnumerationComma(String text, List<Mention> mechs) {
        for (int k = 1; k < mechs.size(); k++) {
            if (mechs.get(k).span().start() < mechs.get(k - 1).span().end()) {
                return false;
            }
            String between = text.substring(mechs.get(k - 1).span().end(), mechs.get(k).span().start());
            if (!between.equals("、") && !between.equals("和") && !between.equals("及")) {
                return false;
            }
        }
        return true;
    }
}
