package org.dipkg.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import com.hankcs.hanlp.dictionary.nr.TranslatedPersonDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.utility.Predefine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import org.dipkg.text.ScriptConverter;
import org.dipkg.text.Span;

/**
 * The only code of the pipeline that talks to HanLP: reads a sentence of the analysis text and returns its
 * tokens with part-of-speech and name tags (persons, transliterated names, places, organisations), each
 * with its exact span; also converts Traditional to Simplified.
 *
 * <p>Three of HanLP's recognisers stay off. The Japanese-name recogniser only adds false names on the seeds
 * (tier-2 entity recall is higher without it). The place recogniser, which guesses unknown Chinese place
 * names, finds nothing on the seeds that HanLP's dictionary and dipkg's lexicon do not already tag, but
 * makes places of 两国, 50国, 第一站 and 的城市 and cuts 艾奥瓦州 to 奥瓦州; it costs about a fifth of HanLP's
 * time. Known places keep their place tag from HanLP's core dictionary. The organisation recogniser costs
 * about a third of what remains; what it found that counts (a place and the nouns before an organisation
 * noun: 巴西开发银行, 法国国民议会) {@code PlaceOrganizationFinder} reads from the words themselves, without
 * its fragments (中美关系, 就会, 德政府 in 中德政府磋商). Organisations in HanLP's dictionaries keep their tag.
 */
public final class Segmenter implements ScriptConverter {
    // HanLP segments keep per-call state in the instance, so each thread gets its own.
    private final ThreadLocal<Segment> segment;
    private final LongAdder nanos = new LongAdder();

    /** A segmenter with HanLP's dictionaries alone. */
    public Segmenter() {
        this(Map.of());
    }

    /**
     * A segmenter that also keeps {@code words} whole, each with its part of speech (word → tag). They
     * go into a dictionary of this segmenter's own, on top of HanLP's custom dictionary, which stays as
     * it is for any other user of HanLP in the JVM.
     */
    public Segmenter(Map<String, String> words) {
        quietHanLp();
        // no path: HanLP would load its custom dictionary again from it, into the array shared with every other
        // segmenter in the JVM (while they read it), which also took most of the time a segmenter takes to make
        DynamicCustomDictionary own = new DynamicCustomDictionary(CustomDictionary.DEFAULT.dat, new BinTrie<>(), null);
        words.forEach((w, tag) -> own.insert(w, tag + " " + OWN_WORD_FREQUENCY));
        segment = ThreadLocal.withInitial(() -> newSegment().enableCustomDictionary(own));
        loadDictionaries(words.keySet());
    }

    /**
     * Loads HanLP's lazily loaded dictionaries on the constructing thread. Loaded first by a worker, a heap too
     * small for them fails there once as an out-of-memory error, and as a bare NoClassDefFoundError on every
     * other worker after it, which names no cause.
     */
    private void loadDictionaries(Set<String> words) {
        java.util.Objects.requireNonNull(PersonDictionary.dictionary);
        TranslatedPersonDictionary.containsKey("");
        segment.get().seg(String.join("", words.stream().sorted().limit(8).toList()));
    }

    /** Turns HanLP's own log messages off (it logs dictionary loading to stderr); dipkg says what matters itself. */
    public static void quietHanLp() {
        Predefine.logger.setLevel(Level.OFF);
        HanLP.Config.enableDebug(false);
    }

    private static Segment newSegment() {
        return HanLP.newSegment()
                .enableNameRecognize(true)
                .enableTranslatedNameRecognize(true)
                .enableJapaneseNameRecognize(false)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false);
    }

    /** Tokens of {@code text.substring(span)}, with spans in the coordinates of {@code text}. */
    public List<Token> tokens(String text, Span span) {
        String s = text.substring(span.start(), span.end());
        long t0 = System.nanoTime();
        List<Term> terms = segment.get().seg(s);
        nanos.add(System.nanoTime() - t0);
        List<Token> out = new ArrayList<>(terms.size());
        int pos = 0;
        for (Term t : terms) {
            int found = s.startsWith(t.word, pos) ? pos : s.indexOf(t.word, pos);
            // a word not verbatim in the input (HanLP normalised it) takes the input's characters, in order
            int at = found < 0 ? pos : found;
            int end = Math.min(s.length(), at + t.word.length());
            out.add(new Token(found < 0 ? s.substring(at, end) : t.word, t.nature == null ? "x" : t.nature.toString(),
                    new Span(span.start() + at, span.start() + end)));
            pos = end;
        }
        return joinTransliterationHeads(out);
    }

    /** The frequency given to a word of the caller's, high enough to win over HanLP's own split. */
    private static final int OWN_WORD_FREQUENCY = 1000;

    /** Parts of speech a transliteration's first characters may be given when HanLP splits them off. */
    private static final Set<String> HEAD_TAGS = Set.of("ag", "b", "n", "ng", "nr", "nrf", "a", "j");

    /**
     * HanLP sometimes splits the first characters off a transliterated name (曼/斯/菲尔德 for 曼斯菲尔德):
     * a transliterated-name token takes in up to three single characters before it that are themselves
     * transliteration characters and not function words.
     */
    static List<Token> joinTransliterationHeads(List<Token> tokens) {
        if (tokens.stream().noneMatch(t -> t.pos().equals("nrf"))) {
            return tokens;
        }
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            if (t.pos().equals("nrf")) {
                int k = out.size();
                while (k > 0 && out.size() - k < 3 && isTransliterationHead(out.get(k - 1))
                        && out.get(k - 1).span().end() == (k == out.size() ? t.span().start() : out.get(k).span().start())) {
                    k--;
                }
                if (k < out.size()) {
                    StringBuilder w = new StringBuilder();
                    out.subList(k, out.size()).forEach(h -> w.append(h.word()));
                    int start = out.get(k).span().start();
                    out.subList(k, out.size()).clear();
                    out.add(new Token(w + t.word(), "nrf", new Span(start, t.span().end())));
                    continue;
                }
            }
            out.add(t);
        }
        return out;
    }

    private static boolean isTransliterationHead(Token t) {
        return t.word().length() == 1 && HEAD_TAGS.contains(t.pos())
                && TranslatedPersonDictionary.containsKey(t.word());
    }

    /** Time spent in HanLP's segmentation so far, summed over all threads, in nanoseconds. */
    public long segmentationNanos() {
        return nanos.sum();
    }

    @Override
    public String toSimplified(String text) {
        return HanLP.convertToSimplifiedChinese(text);
    }
}
