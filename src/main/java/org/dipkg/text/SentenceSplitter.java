package org.dipkg.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an analysis text and returns its sentences: split after 。！？!? and at paragraph breaks,
 * never inside quotes or brackets (their depth resets at each paragraph, so an unclosed quote in a
 * garbled text cannot swallow the rest of the document).
 */
public final class SentenceSplitter {
    private static final String ENDERS = "。！？!?";
    private static final String OPEN = "“‘「『（(《〈【[";
    private static final String CLOSE = "”’」』）)》〉】]";

    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int depth = 0;
        int paragraph = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(out, text, start, i, paragraph);
                start = i + 1;
                depth = 0;
                paragraph++;
                continue;
            }
            if (OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSE.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
                // a quoted sentence ends the sentence around it: 他说：“好。”然后…
                if (depth == 0 && i > 0 && ENDERS.indexOf(text.charAt(i - 1)) >= 0) {
                    add(out, text, start, i + 1, paragraph);
                    start = i + 1;
                    continue;
                }
            } else if (c == '"') {
                depth = depth > 0 ? depth - 1 : depth + 1;
            }
            if (ENDERS.indexOf(c) >= 0 && depth == 0) {
                int end = i + 1;
                while (end < text.length() && (ENDERS.indexOf(text.charAt(end)) >= 0 || text.charAt(end) == '”'
                        || text.charAt(end) == '」')) {
                    end++;
                }
                add(out, text, start, end, paragraph);
                start = end;
                i = end - 1;
            }
        }
        add(out, text, start, text.length(), paragraph);
        return out;
    }

    /** Longer "sentences" (a page without punctuation, a dump on one line) are cut so rules stay linear. */
    static final int MAX_SENTENCE = 2000;

    private static void add(List<Sentence> out, String text, int s, int e, int paragraph) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        while (e - s > MAX_SENTENCE) {
            int cut = s + MAX_SENTENCE;
            for (int i = cut; i > s + MAX_SENTENCE / 2; i--) {
                char c = text.charAt(i - 1);
                if (c == '，' || c == '；' || c == '、' || c == ',' || c == ';' || c == ' ') {
                    cut = i;
                    break;
                }
            }
            if (Character.isLowSurrogate(text.charAt(cut))) {
                cut--; // never split a surrogate pair
            }
            out.add(new Sentence(out.size(), new Span(s, cut), paragraph));
            s = cut;
        }
        if (e > s) {
            out.add(new Sentence(out.size(), new Span(s, e), paragraph));
        }
    }
}
