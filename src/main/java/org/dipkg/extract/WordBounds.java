package org.dipkg.extract;

import java.util.BitSet;
import java.util.List;
import org.dipkg.nlp.Token;

/**
 * Where HanLP's words start and end in a document, and where a noun starts: what a party word made from a
 * short form is checked against (中越 of 中越来越 ends inside a word; 新方 of 新方法 runs into a noun), and where a verb
 * starts: a clause with none describes (合作潜力很大), it commits to nothing.
 */
record WordBounds(BitSet bounds, BitSet nounStarts, BitSet verbStarts) {

    /** The bounds of a document's runs of tokens, over a text of {@code length} characters. */
    static WordBounds of(List<List<Token>> runs, int length) {
        BitSet bounds = new BitSet(length + 1);
        BitSet nouns = new BitSet(length + 1);
        BitSet verbs = new BitSet(length + 1);
        for (List<Token> run : runs) {
            for (int k = 0; k < run.size(); k++) {
                Token t = run.get(k);
                bounds.set(t.span().start());
                bounds.set(t.span().end());
                if (t.pos().startsWith("n") && !t.pos().startsWith("nr") || t.pos().equals("vn")) {
                    nouns.set(t.span().start());
                }
                if (isVerb(t.pos()) || k + 1 < run.size() && ASPECT.contains(run.get(k + 1).pos())) {
                    verbs.set(t.span().start());
                }
            }
        }
        return new WordBounds(bounds, nouns, verbs);
    }

    /** HanLP's tags of the aspect particles 了, 着, 过: the word before one is a verb, whatever its own tag (规划了). */
    private static final java.util.Set<String> ASPECT = java.util.Set.of("ule", "uzhe", "uguo");

    /** A verb that can carry an act: not a verbal noun (合作, 交流), not 是 or 有 alone. */
    private static boolean isVerb(String pos) {
        return pos.startsWith("v") && !pos.equals("vn") && !pos.equals("vshi") && !pos.equals("vyou");
    }

    /** Whether a verb starts in {@code [from, to)}. */
    boolean verbIn(int from, int to) {
        int v = verbStarts.nextSetBit(from);
        return v >= 0 && v < to;
    }

    /** Whether a verb starts at {@code i}. */
    boolean verbAt(int i) {
        return verbStarts.get(i);
    }

    /** Whether the word that ends at {@code end} is a verb. */
    boolean verbEndsAt(int end) {
        return end > 0 && bounds.get(end) && verbStarts.get(bounds.previousSetBit(end - 1));
    }

    /** Whether a word starts at {@code from} and one ends at {@code to}. */
    boolean whole(int from, int to) {
        return bounds.get(from) && bounds.get(to);
    }

    /** Whether a word starts at {@code from} and the last character of {@code [from, to)} starts no noun. */
    boolean startsWithoutNounAt(int from, int to) {
        return bounds.get(from) && !nounStarts.get(to - 1);
    }
}
