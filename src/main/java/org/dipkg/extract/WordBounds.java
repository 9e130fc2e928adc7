package org.dipkg.extract;

import java.util.BitSet;
import java.util.List;
import org.dipkg.nlp.Token;

/**
 * Where HanLP's words start and end in a document, and where a noun starts: what a party word made from a
 * short form is checked against (中越 of 中越来越 ends inside a word; 新方 of 新方法 runs into a noun).
 */
record WordBounds(BitSet bounds, BitSet nounStarts) {

    /** The bounds of a document's runs of tokens, over a text of {@code length} characters. */
    static WordBounds of(List<List<Token>> runs, int length) {
        BitSet bounds = new BitSet(length + 1);
        BitSet nouns = new BitSet(length + 1);
        for (List<Token> run : runs) {
            for (Token t : run) {
                bounds.set(t.span().start());
                bounds.set(t.span().end());
                if (t.pos().startsWith("n") && !t.pos().startsWith("nr") || t.pos().equals("vn")) {
                    nouns.set(t.span().start());
                }
            }
        }
        return new WordBounds(bounds, nouns);
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
