package org.dipkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.dipkg.text.Span;

/** Splits a sentence into clauses at clause punctuation outside quotes and brackets. */
final class Clauses {
    static final String BREAKS = "，；：。！？,;:";
    private static final String OPEN = "“‘「『（(《";
    private static final String CLOSE = "”’」』）)》";

    private Clauses() {
    }

    static List<Span> of(String text, Span sp) {
        List<Span> out = new ArrayList<>();
        int depth = 0;
        int start = sp.start();
        for (int i = sp.start(); i < sp.end(); i++) {
            char c = text.charAt(i);
            if (plain(c)) {
                continue;
            }
            if (OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSE.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && BREAKS.indexOf(c) >= 0) {
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

    /**
     * Characters that are neither a break nor a bracket, known by range: below '(', between ';' and the
     * quotation marks at U+2018 (Latin letters and the rest of Latin), and from the CJK ideographs
     * (U+3400) to the full-width forms (U+FF01). Most of a text, which then needs no look-up.
     */
    static boolean plain(char c) {
        return c < '(' || c > ';' && c < '\u2018' || c >= '\u3400' && c < '\uFF01';
    }

    /** The punctuation right after a clause, or 0 at the end of the text. */
    static char after(String text, Span clause) {
        return clause.end() < text.length() ? text.charAt(clause.end()) : 0;
    }
}
