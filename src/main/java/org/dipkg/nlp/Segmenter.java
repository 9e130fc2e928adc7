package org.dipkg.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.utility.Predefine;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.dipkg.text.ScriptConverter;
import org.dipkg.text.Span;

/**
 * The only code of the pipeline that talks to HanLP: reads a sentence of the analysis text and returns its
 * tokens with part-of-speech and name tags (persons, transliterated names, places, organisations), each
 * with its exact span; also converts Traditional to Simplified. HanLP's Japanese-name recogniser stays
 * off: on the seeds it only adds false names (tier-2 entity recall is higher without it) and costs time.
 */
public final class Segmenter implements ScriptConverter {
    // HanLP segments keep per-call state in the instance, so each thread gets its own.
    private final ThreadLocal<Segment> segment = ThreadLocal.withInitial(Segmenter::newSegment);

    public Segmenter() {
        Predefine.logger.setLevel(Level.OFF);
        HanLP.Config.enableDebug(false);
    }

    private static Segment newSegment() {
        return HanLP.newSegment()
                .enableNameRecognize(true)
                .enableTranslatedNameRecognize(true)
                .enableJapaneseNameRecognize(false)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true)
                .enableOffset(true);
    }

    /** Tokens of {@code text.substring(span)}, with spans in the coordinates of {@code text}. */
    public List<Token> tokens(String text, Span span) {
        String s = text.substring(span.start(), span.end());
        List<Term> terms = segment.get().seg(s);
        List<Token> out = new ArrayList<>(terms.size());
        int pos = 0;
        for (Term t : terms) {
            int at = s.indexOf(t.word, pos);
            if (at < 0) {
                at = pos; // HanLP returned a word not verbatim in the input; keep position order
            }
            int end = Math.min(s.length(), at + t.word.length());
            out.add(new Token(s.substring(at, end), t.nature == null ? "x" : t.nature.toString(),
                    new Span(span.start() + at, span.start() + end)));
            pos = end;
        }
        return out;
    }

    @Override
    public String toSimplified(String text) {
        return HanLP.convertToSimplifiedChinese(text);
    }
}
