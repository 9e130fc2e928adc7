package org.dipkg.extract;

import java.util.List;
import java.util.Set;
import org.dipkg.nlp.Token;
import org.dipkg.rules.Cues;

/**
 * Extends a name to the left from its head noun over the tokens that can modify it, stopping at
 * punctuation, function words, adverbs, pronouns, verbs that trigger or report, and stop words. A head
 * at the end of a word that is itself no modifier (a verb such as 举行会谈) is not extended at all, and a
 * name stops after a trigger verb that HanLP joined to the word in front of it.
 */
final class PhraseExtender {
    static final int MAX_LENGTH = 18;
    private static final Set<String> OPEN_QUOTES = Set.of("“", "「", "‘", "『");
    private static final Set<String> CLOSE_QUOTES = Set.of("”", "」", "’", "』");
    private static final Set<String> DASHES = Set.of("－", "—", "-", "–");

    private final Cues cues;
    private final Set<String> stops;
    private final boolean purposeNouns;

    /**
     * With {@code purposeNouns}, 合作 as a verbal noun may modify the head: a body is named for what it is
     * for (对话合作机制, 中非合作论坛); a document's 合作愿景 is no name.
     */
    PhraseExtender(Cues cues, Set<String> stops, boolean purposeNouns) {
        this.cues = cues;
        this.stops = stops;
        this.purposeNouns = purposeNouns;
    }

    /** Index of the token holding position {@code pos} (a token start or inside it), or -1. */
    static int tokenAt(List<Token> tokens, int pos) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().start() <= pos && pos < tokens.get(i).span().end()) {
                return i;
            }
        }
        return -1;
    }

    /** The start of the phrase whose head starts at {@code headStart}. */
    int extend(List<Token> tokens, int headStart, int end) {
        int k = tokenAt(tokens, headStart);
        if (k < 0) {
            return headStart;
        }
        Token holder = tokens.get(k);
        if (holder.span().start() < headStart && !isModifier(holder)) {
            // the head ends a word that is no modifier (举行会谈 is a verb): nothing on its left names it
            return headStart;
        }
        int afterVerb = afterLeadingVerb(holder);
        if (afterVerb > 0 && afterVerb < headStart) {
            return afterVerb;
        }
        int start = holder.span().start();
        for (int m = k - 1; m >= 0; m--) {
            Token t = tokens.get(m);
            if (CLOSE_QUOTES.contains(t.word())) {
                // a quoted term modifying the name: 「数字丝绸之路」国际合作论坛
                int open = m - 1;
                while (open >= 0 && !OPEN_QUOTES.contains(tokens.get(open).word()) && m - open <= 6) {
                    open--;
                }
                if (open < 0 || !OPEN_QUOTES.contains(tokens.get(open).word()) || end - tokens.get(open).span().start() > MAX_LENGTH) {
                    break;
                }
                start = tokens.get(open).span().start();
                m = open;
                continue;
            }
            if (m > 0 && m + 1 < k && start == tokens.get(m + 1).span().start() && joinsNames(tokens, m)
                    && end - tokens.get(m - 1).span().start() <= MAX_LENGTH) {
                continue; // 中国－法国领导人会晤, 海洋与渔业高层对话: two names joined inside one, not two heads (看法和倡议)
            }
            int party = isModifier(t) ? -1 : partyBefore(tokens, m, start);
            if (party >= 0 && end - tokens.get(party).span().start() <= MAX_LENGTH) {
                start = tokens.get(party).span().start();
                m = party;
                continue;
            }
            if (!isModifier(t) && startsScope(tokens, m, start) && end - t.span().start() <= MAX_LENGTH) {
                start = t.span().start(); // 海洋问题特别代表会晤机制: a scope word HanLP split (特别/d 代表)
                continue;
            }
            if (!isModifier(t) && !(cues.heads.containsKey(t.word()) && t.span().end() == start)
                    || end - t.span().start() > MAX_LENGTH) {
                break;
            }
            afterVerb = afterLeadingVerb(t);
            if (afterVerb > 0) {
                start = afterVerb;
                break;
            }
            start = t.span().start();
        }
        return start;
    }

    /** Whether a mechanism's scope word starts at token {@code m} and runs into the phrase from {@code start}. */
    private boolean startsScope(List<Token> tokens, int m, int start) {
        StringBuilder words = new StringBuilder();
        for (int j = m; j < tokens.size() && tokens.get(j).span().start() <= start; j++) {
            words.append(tokens.get(j).word());
        }
        String scope = cues.mechanismScopeStarting(words.toString() + tokens.get(tokenAt(tokens, start)).word());
        return scope != null && tokens.get(m).span().start() + scope.length() > start;
    }

    /**
     * The first of up to three tokens ending at {@code m} that make one party word (not 双方) right before
     * the phrase from {@code start} — 中新 of 中新外交与战略对话, which HanLP cut into 中/f 新/a: the pair the
     * name is between — or -1.
     */
    private int partyBefore(List<Token> tokens, int m, int start) {
        if (tokens.get(m).span().end() != start) {
            return -1;
        }
        StringBuilder words = new StringBuilder();
        for (int j = m; j >= 0 && j > m - 3; j--) {
            words.insert(0, tokens.get(j).word());
            String party = cues.partyWordAt(words.toString(), 0);
            if (party != null && party.length() == words.length() && !cues.namesBothSides(party)) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Whether token {@code m} joins the names on either side of it into one: a dash between two places
     * (中国－法国), or 与/和 between two nouns (海洋与渔业).
     */
    private boolean joinsNames(List<Token> tokens, int m) {
        Token before = tokens.get(m - 1);
        Token after = tokens.get(m + 1);
        String w = tokens.get(m).word();
        if (DASHES.contains(w)) {
            return before.isPlace() && after.isPlace();
        }
        return (cues.joinsList(w) || w.length() == 1 && cues.joinsSpeakers(w.charAt(0))) && before.pos().startsWith("n") && after.pos().startsWith("n")
                && !before.pos().startsWith("nr") && isModifier(before);
    }

    /**
     * Where a token that opens with a trigger verb goes on after it, or -1: HanLP's organisation names may
     * take in the verb before them (推进中法海关 or 推进中法海关合作工作组), which is no part of the name.
     */
    private int afterLeadingVerb(Token t) {
        Cues.Trigger verb = cues.triggerAt(t.word(), 0);
        return verb != null && verb.verb().length() < t.word().length() ? t.span().start() + verb.verb().length() : -1;
    }

    boolean isModifier(Token t) {
        String pos = t.pos();
        String w = t.word();
        Cues.Trigger trigger = cues.triggers.get(w);
        // 合作 as a verbal noun names what a body is for (对话合作机制, 合作论坛); other trigger verbs end the name
        boolean purpose = purposeNouns && trigger != null && pos.equals("vn") && trigger.action().equals("cooperate");
        if (stops.contains(w) || trigger != null && !purpose || cues.speechVerbs.contains(w)) {
            return false;
        }
        if (pos.startsWith("w") || pos.startsWith("p") || pos.startsWith("c") || pos.startsWith("u")
                || pos.startsWith("d") || pos.startsWith("r") || pos.startsWith("y") || pos.startsWith("e")
                || pos.startsWith("o") || pos.equals("ad") || pos.equals("v") || pos.equals("vshi")
                || pos.equals("vyou") || pos.equals("vf") || pos.equals("vx")) {
            return false;
        }
        return w.codePoints().allMatch(Character::isLetterOrDigit);
    }
}
