package org.dipkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dipkg.nlp.Token;
import org.dipkg.rules.Cues;
import org.dipkg.text.Sentence;
import org.dipkg.text.Span;

/**
 * Finds mechanisms and working groups: a noun phrase ending in a mechanism head noun, extended left
 * over its modifiers (or to the opening quote when the name is quoted); a field list before a head
 * ("在商业、经济…等各领域的机制性磋商") gives one mechanism per field. A head that usually names a one-off
 * meeting (会晤, 会谈, 峰会…) qualified only by leaders (习近平主席会谈), places or parties is the meeting, not a
 * mechanism.
 */
public final class MechanismFinder implements MentionFinder {
    private static final Pattern FIELD_LIST_TAIL = Pattern.compile("等(?:各个?|多个?|诸)?领域的?([\\p{IsHan}]{0,4})$");
    /** A numbered session (第五次, 首次, 一次, 新一轮) makes one occurrence of a meeting, not the mechanism. */
    /** A numbered session or round (第三届, 首次, 新一轮): an occurrence of a mechanism, not part of its name. */
    static final Pattern ORDINAL_SESSION = Pattern.compile("第[\\d一二三四五六七八九十百]+[次届轮]|首次|首届|^[\\d一二三四五六七八九十两]+次|^[一两][个场轮届]|[新下]一[轮届次]");
    private static final String OPEN_QUOTES = "“「\"‘『";
    private static final String CLOSE_QUOTES = "”」\"’』";

    private final Cues cues;
    private final PhraseExtender extender;

    /** Words that make a meeting's head one occasion (本次, 视频): event-qualifiers.csv. */
    private final Set<String> eventQualifiers;
    /** Nouns after a name that speak of what the mechanism does (工作, 作用): mechanism-activities.csv. */
    private final Set<String> activities;

    public MechanismFinder(Cues cues, Set<String> stops, org.dipkg.rules.RuleData data) {
        this.cues = cues;
        this.eventQualifiers = Set.copyOf(data.words("event-qualifiers", "word"));
        this.activities = Set.copyOf(data.words("mechanism-activities", "noun"));
        this.extender = new PhraseExtender(cues, stops, true);
    }

    @Override
    public List<Mention> find(String text, Sentence sentence, List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        Span s = sentence.span();
        for (int k = 0; k < tokens.size(); k++) {
            int end = tokens.get(k).span().end();
            Cues.Head head = cues.headEndingAt(text, end, s.start());
            if (head == null || continuesNounPhrase(tokens, k) || usedAsVerb(text, tokens, k, head)) {
                continue;
            }
            int headStart = end - head.word().length();
            if (!joinedToActivity(text, tokens, k) && !followsHead(text, tokens, k, headStart)
                    && fieldList(text, s, headStart, end, head, out)) {
                continue;
            }
            int start = quotedStart(text, s.start(), end);
            boolean quoted = start >= 0;
            if (start < 0) {
                start = extender.extend(tokens, headStart, end);
                // a numbered session (第三届…论坛) names an occurrence: the mechanism is what follows it
                Matcher session = ORDINAL_SESSION.matcher(text.substring(start, headStart));
                int cut = -1;
                while (session.find()) {
                    cut = session.end();
                }
                if (cut > 0) {
                    start += cut;
                }
            }
            if (headStart - start < 2 && !(head.word().length() >= 4)) {
                continue;
            }
            if (head.event() && isMeeting(text, tokens, start, headStart)) {
                continue;
            }
            String modifier = text.substring(start, headStart);
            if (cues.namesBothSides(modifier) && !cues.hasMechanismScope(text, start, headStart)) {
                continue; // 双方工作组: the sides' own groups, no name of one
            }
            if (start < headStart && !hasNounModifier(tokens, start, headStart)) {
                continue;
            }
            boolean activity = joinedToActivity(text, tokens, k) || followsHead(text, tokens, k, headStart);
            if (head.scoped() && !quoted && !hasScope(text, tokens, start, headStart)
                    && !(headStart - start >= FIELD && !activity
                    && bothSidesIn(text, clauseStart(text, s, start), start))
                    && !coordinatedWithMechanism(text, start, out)) {
                continue; // 战略沟通, 交流机制, 体制机制: an everyday word, no channel between states
            }
            EntityType type = "WorkingGroup".equals(head.type()) ? EntityType.WORKING_GROUP : EntityType.MECHANISM;
            Span span = new Span(start, end);
            out.removeIf(m -> span.contains(m.span()));
            if (out.stream().noneMatch(m -> m.span().contains(span))) {
                out.add(Mention.of(type, span, text.substring(start, end), 0.8));
            }
        }
        return out;
    }

    /**
     * Whether head token {@code k} right after another mechanism's head is the verb of what follows
     * (通过…磋商机制协商解决…): the name ends before it.
     */
    private boolean usedAsVerb(String text, List<Token> tokens, int k, Cues.Head head) {
        int headStart = tokens.get(k).span().end() - head.word().length();
        return headStart == tokens.get(k).span().start() && cues.headEndingAt(text, headStart, 0) != null
                && k + 1 < tokens.size() && tokens.get(k + 1).pos().startsWith("v");
    }

    /**
     * Whether the head at token {@code k} is joined to another activity (…等领域对话和合作, 对话沟通): then
     * the fields before it are what the two sides talk about, not channels of their own.
     */
    private boolean joinedToActivity(String text, List<Token> tokens, int k) {
        if (k + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(k + 1);
        return cues.joinsList(next.word()) || cues.heads.containsKey(next.word())
                || cues.triggers.containsKey(next.word());
    }

    /**
     * Whether the verbal head at token {@code k} comes right after another (对话沟通, 对话协商): a pair of
     * activities; a channel noun after one (沟通渠道) is the channel's name.
     */
    private boolean followsHead(String text, List<Token> tokens, int k, int headStart) {
        return k > 0 && tokens.get(k).span().start() == headStart && tokens.get(k).pos().startsWith("v")
                && tokens.get(k - 1).span().end() == headStart
                && cues.heads.containsKey(tokens.get(k - 1).word());
    }

    /** True when the next token carries the noun phrase on (对话合作), so this head is not its end. */
    private boolean continuesNounPhrase(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(k + 1);
        if (k + 2 < tokens.size() && cues.heads.containsKey(next.word()) && tokens.get(k + 2).pos().startsWith("v")
                && !tokens.get(k + 2).pos().equals("vn")) {
            return false; // …机制协商解决: the next head is a verb here
        }
        if (activities.contains(next.word())) {
            return false; // 推进中法海关合作工作组工作: the group's work, after its name
        }
        String p = next.pos();
        return (p.startsWith("n") && !p.equals("nx")) || p.equals("vn") || p.startsWith("g");
    }

    /** Start after an opening quote when the head ends right before the matching close. */
    private static int quotedStart(String text, int floor, int end) {
        if (end >= text.length() || CLOSE_QUOTES.indexOf(text.charAt(end)) < 0) {
            return -1;
        }
        for (int i = end - 1; i >= floor && end - i <= 30; i--) {
            char c = text.charAt(i);
            if (OPEN_QUOTES.indexOf(c) >= 0) {
                return i + 1;
            }
            if (CLOSE_QUOTES.indexOf(c) >= 0 || c == '，' || c == '。' || c == '；') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether a name's modifiers give it a scope between states: a party word (中美, 两国), a state, a
     * place or an organisation HanLP or the lexicon knows, or a scope word (两军, 政府间).
     */
    private boolean hasScope(String text, List<Token> tokens, int start, int headStart) {
        if (cues.hasMechanismScope(text, start, headStart)) {
            return true;
        }
        // 双方团队磋商: the sides' own people talking, not a channel with a name
        for (Token t : tokens) {
            if (t.span().start() >= start && t.span().end() <= headStart
                    && (cues.parties.containsKey(t.word()) && !cues.namesBothSides(t.word()) || t.isPlace()
                    || t.isOrganization())) {
                return true;
            }
        }
        for (int i = start; i < headStart; i++) {
            String w = cues.partyWordAt(text, i);
            if (w != null && i + w.length() <= headStart && !cues.namesBothSides(w)
                    && (!cues.isCompound(w) || wordsAt(tokens, i, i + w.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether HanLP's words start at {@code from} and end at {@code to}: a compound party word stands whole. */
    private static boolean wordsAt(List<Token> tokens, int from, int to) {
        boolean starts = false;
        for (Token t : tokens) {
            starts |= t.span().start() == from;
            if (t.span().end() == to) {
                return starts;
            }
        }
        return false;
    }

    /** The longest field of a field list (在A、B等领域的…磋商). */
    private static final int MAX_FIELD = 10;

    /** The shortest modifier that names a field (海洋事务磋商), which the clause's parties then scope. */
    private static final int FIELD = 4;

    /**
     * Whether the name is joined to a mechanism found just before it (两军高层沟通和机制性对话): the scope
     * of the first names the second too.
     */
    private boolean coordinatedWithMechanism(String text, int start, List<Mention> found) {
        for (Mention m : found) {
            int gap = start - m.span().end();
            if (gap >= 1 && gap <= 2 && (text.charAt(m.span().end()) == '、'
                    || cues.joinsList(text.substring(m.span().end(), start)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether words for both sides (两国, 双方, 中美) stand in {@code text[from, to)}: they scope a field's channel. */
    private boolean bothSidesIn(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = cues.partyWordAt(text, i);
            String code = w == null ? null : cues.parties.get(w);
            if (code != null && !cues.isCompound(w) && (cues.namesBothSides(w) || code.indexOf('+') >= 0)) {
                return true;
            }
        }
        return false;
    }

    /** Where the clause holding {@code i} starts. */
    private static int clauseStart(String text, Span sentence, int i) {
        int k = i;
        while (k > sentence.start() && Clauses.BREAKS.indexOf(text.charAt(k - 1)) < 0) {
            k--;
        }
        return k;
    }

    /** A name needs a noun among its modifiers: 密切沟通 or 深入对话 name no mechanism. */
    private static boolean hasNounModifier(List<Token> tokens, int start, int headStart) {
        for (Token t : tokens) {
            if (t.span().end() > start && t.span().start() < headStart) {
                String p = t.pos();
                if (p.startsWith("n") || p.equals("vn") || p.startsWith("j") || p.startsWith("m") || p.equals("s")
                        || p.equals("f") || p.startsWith("g")) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isMeeting(String text, List<Token> tokens, int start, int headStart) {
        String modifier = text.substring(start, headStart);
        if (cues.hasLeaderWord(modifier, true) || ORDINAL_SESSION.matcher(modifier).find()) {
            return true;
        }
        boolean any = false;
        for (Token t : tokens) {
            if (t.span().start() < start || t.span().start() >= headStart) {
                continue;
            }
            if (!any && eventQualifiers.contains(t.word())) {
                return true; // 前期经贸会谈, 此次…会晤: an occasion, whatever its field
            }
            any = true;
            String w = t.word();
            if (cues.hasLeaderWord(w, true)) {
                return true;
            }
            if (!(t.isPlace() || t.isPerson() || cues.titles.containsKey(w) || eventQualifiers.contains(w)
                    || cues.parties.containsKey(w) || t.pos().equals("nx")
                    || t.pos().startsWith("m") || t.pos().startsWith("t"))) {
                return false;
            }
        }
        return any;
    }

    /** A field list before the head yields one mechanism per field; returns whether one was found. */
    private boolean fieldList(String text, Span s, int headStart, int end, Cues.Head head, List<Mention> out) {
        String before = text.substring(Math.max(s.start(), headStart - 12), headStart);
        Matcher m = FIELD_LIST_TAIL.matcher(before);
        if (!m.find()) {
            return false;
        }
        int listEnd = headStart - (before.length() - m.start());
        String qualifier = m.group(1);
        List<Span> fields = new ArrayList<>();
        int e = listEnd;
        for (int i = listEnd - 1; i >= s.start(); i--) {
            char c = text.charAt(i);
            if (c == '、') {
                fields.add(0, new Span(i + 1, e));
                e = i;
            } else if (c == '，' || c == '；' || c == '：' || cues.opensFields(c) && i + 1 < listEnd
                    || cues.triggerAt(text, i) != null && cues.triggerAt(text, i).verb().length() >= 2
                    && i + cues.triggerAt(text, i).verb().length() <= e && !fields.isEmpty()) {
                int from = cues.opensFields(c) || c == '，' || c == '；' || c == '：' ? i + 1 : i + cues.triggerAt(text, i).verb().length();
                fields.add(0, new Span(from, e));
                e = -1;
                break;
            }
        }
        if (e >= 0 || fields.size() < 2) {
            return false;
        }
        Span first = fields.get(0);
        for (int i = first.end() - 1; first.length() > MAX_FIELD && i > first.start(); i--) {
            if (cues.joinsList(text.substring(i, i + 1))) {
                fields.set(0, new Span(i + 1, first.end())); // 举行了政府首脑磋商以及海洋、农业等领域…: after the joiner
                break;
            }
        }
        for (Span f : fields) {
            if (f.length() >= 1 && f.length() <= MAX_FIELD) {
                out.add(Mention.of(EntityType.MECHANISM, f, text.substring(f.start(), f.end()) + qualifier + head.word(),
                        0.75));
            }
        }
        return true;
    }
}
