package org.dipkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dipkg.nlp.Token;
import org.dipkg.rules.Cues;
import org.dipkg.rules.Words;
import org.dipkg.text.Sentence;
import org.dipkg.text.Span;

/**
 * Finds named documents: every title in 《》, and noun phrases headed by a document noun (宪章, 宣言,
 * 声明, 协定, 倡议…) extended left over their modifiers.
 */
public final class NamedDocumentFinder implements MentionFinder {
    private final Words heads;
    private final PhraseExtender extender;

    public NamedDocumentFinder(Cues cues, Set<String> stops, Map<String, String> heads) {
        this.heads = new Words(heads.keySet().stream().filter(h -> h.length() >= 2).toList());
        this.extender = new PhraseExtender(cues, stops, false);
    }

    @Override
    public List<Mention> find(String text, Sentence sentence, List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        Span s = sentence.span();
        for (int i = s.start(); i < s.end(); i++) {
            if (text.charAt(i) == '《') {
                int close = text.indexOf('》', i);
                if (close > i + 1 && close <= s.end() && close - i <= 60) {
                    Span span = new Span(i + 1, close);
                    out.add(Mention.of(EntityType.DOCUMENT, span, text.substring(i + 1, close), 0.9));
                    i = close;
                }
            }
        }
        for (int k = 0; k < tokens.size(); k++) {
            int end = tokens.get(k).span().end();
            String head = heads.endingAt(text, end, s.start());
            if (head == null) {
                continue;
            }
            int headStart = end - head.length();
            int start = extender.extend(tokens, headStart, end);
            Span span = new Span(start, end);
            if (headStart - start >= 2 && out.stream().noneMatch(m -> m.span().overlaps(span))) {
                out.add(Mention.of(EntityType.DOCUMENT, span, text.substring(start, end), 0.7));
            }
        }
        return out;
    }
}
