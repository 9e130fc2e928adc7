package org.dipkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dipkg.nlp.Token;
import org.dipkg.rules.Cues;
import org.dipkg.rules.Lexicon;
import org.dipkg.text.Sentence;
import org.dipkg.text.Span;

/**
 * Finds people: known people from the lexicon; names HanLP recognises that stand next to a title or
 * open a speaker's turn; and transliterated names right after a title, which HanLP often splits.
 */
public final class PersonFinder implements MentionFinder {
    /** First letters of HanLP's tags that end a run of unread characters: p, c, u, d, w, v, r, y, e, o, m, q, f, t. */
    private static final String FUNCTION_TAGS = "pcudwvryeomqft";

    /** The longest name an attendee line lists, in characters (欧阳玉靖; a foreign name has its title). */
    private static final int ATTENDEE_NAME = 4;

    private final Lexicon lexicon;
    private final Cues cues;
    /** Verbs that close an attendee line (…等参加). */
    private final org.dipkg.rules.Words attendance;

    /** Characters foreign names are transliterated with; that rarely start or end a name (name-characters.csv). */
    private final String transliteration;
    private final String notFirst;
    private final String notLast;
    /** What follows a country's short name in its state's full name (state-forms.csv). */
    private final Set<String> stateForms;

    public PersonFinder(Lexicon lexicon, Cues cues, org.dipkg.rules.RuleData data) {
        this.lexicon = lexicon;
        this.cues = cues;
        this.attendance = new org.dipkg.rules.Words(data.words("attendance-verbs", "verb"));
        this.transliteration = characters(data, "transliteration");
        this.notFirst = characters(data, "not-first");
        this.notLast = characters(data, "not-last");
        this.stateForms = Set.copyOf(data.words("state-forms", "form"));
    }

    private static String characters(org.dipkg.rules.RuleData data, String use) {
        StringBuilder out = new StringBuilder();
        data.rows("name-characters").stream().filter(r -> r.get("use").equals(use)).forEach(r -> out.append(r.get("characters")));
        return out.toString();
    }

    @Override
    public List<Mention> find(String text, Sentence sentence, List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        Span s = sentence.span();
        for (Lexicon.Hit h : lexicon.find(text, s.start(), s.end())) {
            if ("Person".equals(h.entry().type())) {
                String country = h.entry().country().isEmpty() ? null : h.entry().country();
                out.add(new Mention(EntityType.PERSON, new Span(h.start(), h.end()), h.entry().name(), h.entry(),
                        titleNear(text, h.start(), h.end()), country, 0.95));
            }
        }
        for (Token t : tokens) {
            if (!t.isPerson() || covered(out, t.span())) {
                continue;
            }
            String w = t.word();
            if (w.length() < 2 || w.length() > 8 || notFirst.indexOf(w.charAt(0)) >= 0
                    || notLast.indexOf(w.charAt(w.length() - 1)) >= 0
                    || !w.codePoints().allMatch(c -> Character.isLetter(c) || c == '·')) {
                continue;
            }
            if (cues.hasLeaderWord(w, false) || containsTitle(w) || holdsPartyWord(text, t.span())) {
                continue;
            }
            String title = titleNear(text, t.span().start(), t.span().end());
            boolean speaks = opensTurn(text, t.span().end(), s.end());
            if (title != null || speaks) {
                out.add(new Mention(EntityType.PERSON, t.span(), w, null, title, countryBefore(text, t.span().start(), s),
                        title != null ? 0.85 : 0.7));
            }
        }
        attendees(text, s, out);
        namesBeforeTitles(text, s, out);
        // a transliterated name right after a title: 州长纽森, 总统博鲁阿尔特
        for (int i = s.start(); i < s.end(); i++) {
            String title = cues.titleEndingAt(text, i);
            if (title == null || !cues.stateTitles.contains(title)) {
                continue;
            }
            int e = i;
            while (e < s.end() && e - i < 6 && transliteration.indexOf(text.charAt(e)) >= 0) {
                e++;
            }
            String country = countryBefore(text, i, s);
            if (country != null) {
                // 德国总理朔尔茨: after a country and its title, characters HanLP left one by one are the name
                e = Math.max(e, unreadRunEnd(tokens, i, s.end()));
            }
            e = Math.max(e, nameAfterCharacters(tokens, i));
            while (e > i && cues.titleStartingAt(text, e - 1) != null && e - 1 > i + 1) {
                e--;
            }
            Span span = new Span(i, e);
            if (e - i >= 2 && !covered(out, span) && !overlapsLexicon(text, span) && !holdsPartyWord(text, span)) {
                out.add(new Mention(EntityType.PERSON, span, text.substring(i, e), null, title, country, 0.75));
            }
        }
        return out;
    }

    /**
     * The people of an attendee line: names of two to four characters joined by 、 right before 等 and a
     * verb of attendance (李明、张华等出席), the line's first name at the start of its clause.
     */
    private void attendees(String text, Span s, List<Mention> out) {
        for (int i = s.start(); i < s.end(); i++) {
            if (!Cues.at(text, i, cues.listEnd) || attendance.startingAt(text, i + cues.listEnd.length(), s.end()) == null) {
                continue;
            }
            List<Span> names = new ArrayList<>();
            int e = i;
            int k = i - 1;
            while (k >= s.start()) {
                int b = k;
                while (b >= s.start() && e - b <= ATTENDEE_NAME && Character.UnicodeScript.of(text.charAt(b))
                        == Character.UnicodeScript.HAN) {
                    b--;
                }
                int len = e - (b + 1);
                boolean opens = b < s.start() || text.charAt(b) == '、' || Clauses.BREAKS.indexOf(text.charAt(b)) >= 0;
                if (len < 2 || len > ATTENDEE_NAME || !opens) {
                    names.clear();
                    break;
                }
                names.add(new Span(b + 1, e));
                if (b < s.start() || text.charAt(b) != '、') {
                    break;
                }
                e = b;
                k = b - 1;
            }
            addAttendees(text, names, out);
        }
        if (attendance.indexIn(text.substring(s.start(), s.end())) >= 0) {
            addAttendees(text, leadingNames(text, s), out); // 李明、张华，以及…出席: the line opens with the names
        }
    }

    private void addAttendees(String text, List<Span> names, List<Mention> out) {
        for (Span n : names) {
            String name = text.substring(n.start(), n.end());
            Lexicon.Entry known = lexicon.bySurface(name);
            if (!covered(out, n) && cues.parties.get(name) == null && (known == null || "Person".equals(known.type()))) {
                out.add(new Mention(EntityType.PERSON, n, name, null, null, null, 0.7));
            }
        }
    }

    /**
     * A name right before a state title, right after a word that joins two speakers (我同阮某总书记宣布…,
     * 与某某总统会谈): two to four characters HanLP did not read as a name.
     */
    private void namesBeforeTitles(String text, Span s, List<Mention> out) {
        for (int i = s.start() + 1; i < s.end(); i++) {
            if (!cues.joinsSpeakers(text.charAt(i - 1))) {
                continue;
            }
            for (int e = i + 2; e <= Math.min(s.end(), i + ATTENDEE_NAME); e++) {
                String title = cues.titleStartingAt(text, e);
                if (title == null || !cues.stateTitles.contains(title)) {
                    continue;
                }
                Span span = new Span(i, e);
                String name = text.substring(i, e);
                boolean han = name.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
                if (han && !covered(out, span) && !overlapsLexicon(text, span) && !holdsPartyWord(text, span)
                        && cues.titleEndingAt(text, e) == null && !cues.hasLeaderWord(name, false)) {
                    out.add(new Mention(EntityType.PERSON, span, name, null, title, null, 0.7));
                }
                break;
            }
        }
    }

    /** The names of two to four characters, two or more, joined by 、 that open a sentence and end at a comma. */
    private static List<Span> leadingNames(String text, Span s) {
        List<Span> names = new ArrayList<>();
        int b = s.start();
        for (int k = s.start(); k <= s.end(); k++) {
            char c = k < s.end() ? text.charAt(k) : '\n';
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                continue;
            }
            if (k - b < 2 || k - b > ATTENDEE_NAME) {
                return List.of();
            }
            names.add(new Span(b, k));
            if (c != '、') {
                return c == '，' && names.size() >= 2 ? names : List.of();
            }
            b = k + 1;
        }
        return List.of();
    }

    /**
     * The end of the run of single characters starting at {@code start} that HanLP could not read as words
     * (a name it does not know comes out as 朔/j 尔/Rg 茨/ng), at most six; {@code start} when there are
     * fewer than two. Function words, verbs, numbers and punctuation end the run.
     */
    static int unreadRunEnd(List<Token> tokens, int start, int limit) {
        int e = start;
        for (Token t : tokens) {
            if (t.span().end() <= e) {
                continue;
            }
            if (t.span().start() != e || t.span().end() > limit || t.word().length() != 1 || e - start >= 6
                    || !Character.isLetter(t.word().charAt(0)) || FUNCTION_TAGS.indexOf(t.pos().charAt(0)) >= 0) {
                break;
            }
            e = t.span().end();
        }
        return e - start >= 2 ? e : start;
    }

    /**
     * The end of a name HanLP cut short after a title: one or two single characters, then the rest that
     * HanLP did read as a name (外相上川阳子 → 上/川/阳子); {@code start} when there is none.
     */
    static int nameAfterCharacters(List<Token> tokens, int start) {
        int e = start;
        int singles = 0;
        for (Token t : tokens) {
            if (t.span().end() <= start) {
                continue;
            }
            if (t.span().start() != e) {
                break;
            }
            if (t.isPerson() && singles > 0) {
                return t.span().end();
            }
            if (t.word().length() != 1 || !Character.isLetter(t.word().charAt(0)) || ++singles > 2
                    || "pcuwy".indexOf(t.pos().charAt(0)) >= 0) {
                break;
            }
            e = t.span().end();
        }
        return start;
    }

    /** The country named right before the title in front of a name (法国总统马克龙 → FR), or null; the
     * country may be named by its state's full form (巴西联邦共和国总统卢拉 → BR). */
    private String countryBefore(String text, int nameStart, Span sentence) {
        String title = cues.titleEndingAt(text, nameStart);
        if (title == null) {
            return null;
        }
        int titleStart = nameStart - title.length();
        for (Lexicon.Hit h : lexicon.find(text, Math.max(sentence.start(), titleStart - 12), titleStart)) {
            if (h.entry().isCountry() && (h.end() == titleStart || stateForms.contains(text.substring(h.end(), titleStart)))) {
                return h.entry().country();
            }
        }
        return null;
    }

    /**
     * Whether a party word is, or runs out of, HanLP's person guess (欧方, 有关欧 of 有关欧方): a side, not
     * a name.
     */
    private boolean holdsPartyWord(String text, Span guess) {
        for (int k = guess.start(); k < guess.end(); k++) {
            String w = cues.partyWordAt(text, k);
            if (w != null && (k == guess.start() && k + w.length() == guess.end() || k + w.length() > guess.end())) {
                return true;
            }
        }
        return false;
    }

    private boolean containsTitle(String w) {
        for (int i = 0; i < w.length(); i++) {
            String t = cues.titleStartingAt(w, i);
            if (t != null && t.length() >= 2) {
                return true;
            }
        }
        return false;
    }

    private boolean overlapsLexicon(String text, Span span) {
        return !lexicon.find(text, span.start(), span.end()).isEmpty();
    }

    private static boolean covered(List<Mention> found, Span span) {
        for (Mention m : found) {
            if (m.span().overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    private String titleNear(String text, int start, int end) {
        String before = cues.titleEndingAt(text, start);
        if (before != null) {
            return before;
        }
        return end < text.length() ? cues.titleStartingAt(text, end) : null;
    }

    private boolean opensTurn(String text, int end, int limit) {
        for (String v : cues.speechVerbs) {
            if (end + v.length() <= limit && text.startsWith(v, end)) {
                return true;
            }
        }
        return false;
    }
}
