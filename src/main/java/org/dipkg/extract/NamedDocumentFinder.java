package org.dipkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dipkg.nlp.Token;
import org.dipkg.rules.Cues;
import org.dipkg.rules.Words;
import org.dipkg.text.Numerals;
import org.dipkg.text.Sentence;
import org.dipkg.text.Span;

/**
 * Finds named documents: every title in 《》, and noun phrases headed by a document noun (宪章, 宣言,
 * 声明, 协定, 倡议…) extended left over their modifiers. A head of two words (联合声明) names the meeting's
 * document alone; a counted head after a list of topics (关于A、B两份联合声明) names one document per topic.
 */
public final class NamedDocumentFinder implements MentionFinder {
    /** The shortest head that names a document with no modifier: two words (联合声明, 政治文件). */
    private static final int WHOLE_HEAD = 4;

    private final Cues cues;
    private final Words heads;
    private final PhraseExtender extender;
    /** A count right before a head, after the list it counts: 的?, a number, a counting word. */
    private final Pattern countBefore;

    public NamedDocumentFinder(Cues cues, Set<String> stops, Map<String, String> heads, List<String> countingWords) {
        this.cues = cues;
        this.heads = new Words(heads.keySet().stream().filter(h -> h.length() >= 2).toList());
        this.extender = new PhraseExtender(cues, stops, false);
        this.countBefore = Pattern.compile("(?:" + Pattern.quote(cues.attribution) + ")?(\\d+|[" + Numerals.COUNTING
                + "]{1,3})(?:" + countingWords.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")$");
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
            if (topics(text, s, headStart, head, out)) {
                continue;
            }
            int start = extender.extend(tokens, headStart, end);
            Span span = new Span(start, end);
            if ((headStart - start >= 2 || head.length() >= WHOLE_HEAD) && out.stream().noneMatch(m -> m.span().overlaps(span))) {
                out.add(Mention.of(EntityType.DOCUMENT, span, text.substring(start, end), 0.7));
            }
        }
        return out;
    }

    /** 关于A、B两份联合声明: as many documents as counted, each at its topic; whether they were found. */
    private boolean topics(String text, Span s, int headStart, String head, List<Mention> out) {
        int clauseStart = headStart;
        while (clauseStart > s.start() && Clauses.BREAKS.indexOf(text.charAt(clauseStart - 1)) < 0) {
            clauseStart--;
        }
        int from = -1;
        String opener = null;
        for (String w : cues.topicPrepositions) {
            int at = text.lastIndexOf(w, headStart - 1);
            if (at >= clauseStart && at + w.length() > from) {
                from = at + w.length();
                opener = w;
            }
        }
        Matcher m = from < 0 ? null : countBefore.matcher(text.substring(from, headStart));
        if (m == null || !m.find()) {
            return false;
        }
        List<Span> parts = ClauseReader.listParts(text, from, from + m.start());
        if (parts.size() < 2 || parts.size() != Numerals.parse(m.group(1))
                || parts.stream().anyMatch(p -> p.length() < 2)) {
            return false;
        }
        for (Span p : parts) {
            out.add(Mention.of(EntityType.DOCUMENT, p, opener + text.substring(p.start(), p.end()) + cues.attribution + head, 0.7));
        }
        return true;
    }
}
