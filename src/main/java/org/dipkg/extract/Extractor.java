package org.dipkg.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dipkg.nlp.Segmenter;
import org.dipkg.nlp.Token;
import org.dipkg.rules.Cues;
import org.dipkg.rules.Lexicon;
import org.dipkg.rules.RuleData;
import org.dipkg.text.Document;
import org.dipkg.text.SourceDate;
import org.dipkg.text.DocumentReader;
import org.dipkg.text.InputException;
import org.dipkg.text.Sentence;
import org.dipkg.text.Span;

/**
 * The extraction pipeline for one document: reads the file, segments each sentence, runs the mention
 * finders, resolves overlapping mentions, then finds the commitments. Thread-safe.
 */
public final class Extractor {

    /** The most text segmented in one call to HanLP. */
    private static final int SEGMENT_RUN = 2000;

    private final Segmenter segmenter;
    private final DocumentReader reader;
    private final List<MentionFinder> finders;
    private final CommitmentFinder commitments;
    private final MeetingFinder meetings;
    private final Datelines datelines;

    public Extractor(RuleData data) {
        this(data, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** An extractor that reads files in {@code encoding} (UTF-16 files with a byte-order mark always work). */
    public Extractor(RuleData data, java.nio.charset.Charset encoding) {
        this(data, encoding, DocumentReader.DEFAULT_MAX_CHARS);
    }

    public Extractor(RuleData data, java.nio.charset.Charset encoding, long maxChars) {
        this(data, encoding, maxChars, false);
    }

    /**
     * An extractor as above; with {@code pages} a plain-text file is read as a newspaper page, split into its
     * articles at their dispatch lines ({@link org.dipkg.text.PageArticles}).
     */
    public Extractor(RuleData data, java.nio.charset.Charset encoding, long maxChars, boolean pages) {
        this.segmenter = new Segmenter(segmentWords(data));
        Lexicon lexicon = data.lexicon();
        List<String> dispatchOpeners = new java.util.ArrayList<>(lexicon.newsNames());
        dispatchOpeners.addAll(data.words("dispatch-openers", "word"));
        this.reader = new DocumentReader(segmenter, encoding, maxChars, pages ? dispatchOpeners : List.of());
        Cues cues = data.cues();
        Set<String> stops = new HashSet<>(data.words("modifier-stops", "word"));
        Map<String, String> docHeads = new java.util.HashMap<>();
        for (Map<String, String> r : data.rows("document-heads")) {
            docHeads.put(r.get("head"), r.getOrDefault("en", ""));
        }
        this.finders = List.of(new PersonFinder(lexicon, cues, data), new PlaceOrganizationFinder(lexicon, cues, data),
                new MechanismFinder(cues, stops, data), new NamedDocumentFinder(cues, stops, docHeads, data.words("counting-words", "word")));
        this.commitments = new CommitmentFinder(cues, data);
        this.meetings = new MeetingFinder(data);
        this.datelines = new Datelines(dispatchOpeners, data.words("dateline-words", "word"));
    }

    /** Time spent in HanLP's segmentation so far, summed over all threads, in nanoseconds. */
    public long segmentationNanos() {
        return segmenter.segmentationNanos();
    }

    /** The documents of a file: one, or one per article of a file that holds several. */
    public java.util.List<Document> readAll(Path file, String id) throws InputException {
        return reader.readAll(file, id);
    }


    /** Reads a document from bytes already in memory (for tests and callers that hold the text). */
    public Document read(Path file, String id, byte[] bytes) throws InputException {
        return reader.read(file, id, bytes);
    }

    /** The words HanLP is to keep whole, word → part of speech (rule table segment-words). */
    private static Map<String, String> segmentWords(RuleData data) {
        Map<String, String> words = new LinkedHashMap<>();
        for (Map<String, String> r : data.rows("segment-words")) {
            if (!r.get("tag").matches("[a-z]+")) {
                throw new IllegalArgumentException(r.get(RuleData.AT) + ": tag '" + r.get("tag")
                        + "' is not a HanLP part of speech (lower-case letters: n, b, nz…)");
            }
            words.put(r.get("word"), r.get("tag"));
        }
        return words;
    }

    /** HanLP's tokens of sentences {@code first} to {@code last} of a document, segmented in one call. */
    public record Run(int first, int last, List<Token> tokens) {
    }

    /** A document with HanLP's tokens, ready for the rules. */
    public record Segmented(Document document, List<Run> runs) {
    }

    /** Segments a document: HanLP's part of the analysis, which a caller may do for several documents in a row. */
    public Segmented segment(Document doc) {
        String text = doc.analysis().text();
        List<Sentence> sentences = doc.sentences();
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < sentences.size(); ) {
            // a run of sentences of one paragraph in one call (HanLP pays per call)
            int j = i;
            int end = sentences.get(i).span().end();
            while (j + 1 < sentences.size() && sentences.get(j + 1).paragraph() == sentences.get(i).paragraph()
                    && sentences.get(j + 1).span().end() - sentences.get(i).span().start() <= SEGMENT_RUN) {
                j++;
                end = sentences.get(j).span().end();
            }
            runs.add(new Run(i, j, segmenter.tokens(text, new Span(sentences.get(i).span().start(), end))));
            i = j + 1;
        }
        return new Segmented(doc, runs);
    }

    public DocumentAnalysis analyse(Document doc) {
        return analyse(segment(doc));
    }

    /** The rules' part of the analysis, on a document segmented already. */
    public DocumentAnalysis analyse(Segmented segmented) {
        Document doc = segmented.document();
        String text = doc.analysis().text();
        List<Mention> found = new ArrayList<>();
        List<Sentence> sentences = doc.sentences();
        for (Run r : segmented.runs()) {
            // each sentence of the run gets the tokens that start in it, clipped to it
            List<Token> run = r.tokens();
            int k = 0;
            for (int n = r.first(); n <= r.last(); n++) {
                Sentence s = sentences.get(n);
                while (k < run.size() && run.get(k).span().start() < s.span().start()) {
                    k++;
                }
                int first = k;
                while (k < run.size() && run.get(k).span().start() < s.span().end()) {
                    k++;
                }
                // the tokens are in order and do not overlap, so only the last can run past the sentence
                List<Token> tokens = run.subList(first, k);
                Token last = k > first ? run.get(k - 1) : null;
                if (last != null && last.span().end() > s.span().end()) {
                    tokens = new ArrayList<>(tokens);
                    tokens.set(tokens.size() - 1, new Token(text.substring(last.span().start(), s.span().end()),
                            last.pos(), new Span(last.span().start(), s.span().end())));
                }
                for (MentionFinder f : finders) {
                    found.addAll(f.find(text, s, tokens));
                }
            }
        }
        List<Mention> mentions = carryCountries(repeatNames(text, resolveOverlaps(found)));
        SourceDate dated = datelines.dated(text, doc.dated());
        LocalDate date = dated == null ? null : dated.date();
        return new DocumentAnalysis(doc, title(text), date, dated == null ? null : dated.source(),
                datelines.publisher(text), mentions,
                commitments.find(doc, mentions, date,
                        WordBounds.of(segmented.runs().stream().map(Run::tokens).toList(), text.length())), meetings.find(doc, mentions, date));
    }

    /** Longer mentions first, then by start, then by type: the order in which overlaps are settled. */
    private static final Comparator<Mention> LONGEST_FIRST = (a, b) -> {
        int c = Integer.compare(b.span().length(), a.span().length());
        if (c == 0) {
            c = Integer.compare(a.span().start(), b.span().start());
        }
        return c != 0 ? c : Integer.compare(a.type().ordinal(), b.type().ordinal());
    };

    /**
     * Keeps the longer of two overlapping mentions; a mention may nest inside a longer one of another
     * type (an organisation inside a mechanism's name), but never overlap it partly.
     */
    static List<Mention> resolveOverlaps(List<Mention> found) {
        List<Mention> sorted = new ArrayList<>(found);
        sorted.sort(LONGEST_FIRST);
        int longest = sorted.isEmpty() ? 0 : sorted.get(0).span().length();
        // kept mentions by start: only those starting within `longest` before a mention can overlap it
        java.util.TreeMap<Integer, List<Mention>> keptByStart = new java.util.TreeMap<>();
        List<Mention> kept = new ArrayList<>();
        for (Mention m : sorted) {
            boolean ok = true;
            search:
            for (List<Mention> near : keptByStart.subMap(m.span().start() - longest, true, m.span().end(), false).values()) {
                for (Mention k : near) {
                    if (!k.span().overlaps(m.span())) {
                        continue;
                    }
                    boolean nested = k.span().contains(m.span()) && k.span().length() > m.span().length()
                            && k.type() != m.type()
                            && (k.type() == EntityType.MECHANISM || k.type() == EntityType.WORKING_GROUP
                            || k.type() == EntityType.DOCUMENT || k.type() == EntityType.ORGANIZATION);
                    if (!nested) {
                        ok = false;
                        break search;
                    }
                }
            }
            if (ok) {
                kept.add(m);
                keptByStart.computeIfAbsent(m.span().start(), x -> new ArrayList<>()).add(m);
            }
        }
        kept.sort(Comparator.comparing(Mention::span));
        return kept;
    }

    /**
     * A readout names a person once in full (德国总理朔尔茨), then by name alone where nothing else marks it
     * as a name (朔尔茨表示…): a name found anywhere in the document is also found where it recurs, unless
     * another mention holds that place (a part of the name taken for a person gives way). Lexicon names
     * are found everywhere already.
     */
    static List<Mention> repeatNames(String text, List<Mention> mentions) {
        Set<String> names = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.known() == null && m.label().length() >= 2
                    && text.startsWith(m.label(), m.span().start())) {
                names.add(m.label());
            }
        }
        if (names.isEmpty()) {
            return mentions;
        }
        // one pass over the text, the names by first character, longest first
        Map<Character, List<String>> byFirst = new HashMap<>();
        for (String name : names) {
            byFirst.computeIfAbsent(name.charAt(0), k -> new ArrayList<>()).add(name);
        }
        byFirst.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
        TreeMap<Integer, List<Mention>> byStart = new TreeMap<>();
        int longest = 0;
        for (Mention m : mentions) {
            byStart.computeIfAbsent(m.span().start(), k -> new ArrayList<>()).add(m);
            longest = Math.max(longest, m.span().length());
        }
        Set<Mention> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Mention> added = new ArrayList<>();
        StringBuilder firstChars = new StringBuilder();
        byFirst.keySet().forEach(firstChars::append);
        String firsts = firstChars.toString(); // few names: a scan of it is cheaper than boxing every character
        for (int at = 0; at < text.length(); at++) {
            if (firsts.indexOf(text.charAt(at)) < 0) {
                continue;
            }
            List<String> candidates = byFirst.get(text.charAt(at));
            String name = null;
            for (int c = 0; candidates != null && c < candidates.size() && name == null; c++) {
                name = text.startsWith(candidates.get(c), at) ? candidates.get(c) : null;
            }
            if (name == null) {
                continue;
            }
            Span span = new Span(at, at + name.length());
            List<Mention> inside = new ArrayList<>();
            for (List<Mention> near : byStart.subMap(at - longest, true, span.end(), false).values()) {
                near.stream().filter(m -> m.span().overlaps(span)).forEach(inside::add);
            }
            // a part of the name HanLP took for the whole (阳子 of 上川阳子) gives way to it
            if (inside.stream().allMatch(m -> m.type() == EntityType.PERSON && span.contains(m.span())
                    && !m.span().equals(span))) {
                dropped.addAll(inside);
                added.add(Mention.of(EntityType.PERSON, span, name, 0.7)); // its country: carryCountries
            }
            at = span.end() - 1;
        }
        if (added.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size() + added.size());
        mentions.stream().filter(m -> !dropped.contains(m)).forEach(out::add);
        out.addAll(added);
        out.sort(Comparator.comparing(Mention::span));
        return out;
    }

    /**
     * A readout names a person once with their country and title (法国总统马克龙), then by name alone: the
     * bare mentions take the country the document gives that name, when it gives it one country only.
     */
    static List<Mention> carryCountries(List<Mention> mentions) {
        Map<String, Set<String>> countries = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.country() != null) {
                countries.computeIfAbsent(m.label(), k -> new TreeSet<>()).add(m.country());
            }
        }
        if (countries.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Set<String> c = m.type() == EntityType.PERSON && m.country() == null ? countries.get(m.label()) : null;
            out.add(c == null || c.size() != 1 ? m
                    : new Mention(m.type(), m.span(), m.label(), m.known(), m.role(), c.iterator().next(), m.confidence()));
        }
        return out;
    }

    static String title(String text) {
        int nl = text.indexOf('\n');
        String first = (nl < 0 ? text : text.substring(0, nl)).strip();
        return first.length() > 80 ? first.substring(0, 80) : first;
    }
}
