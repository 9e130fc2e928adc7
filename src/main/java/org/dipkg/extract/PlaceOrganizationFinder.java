package org.dipkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dipkg.nlp.Token;
import org.dipkg.rules.Cues;
import org.dipkg.rules.Lexicon;
import org.dipkg.text.Sentence;
import org.dipkg.text.Span;

/**
 * Finds places and organisations: lexicon entries (not inside a title: 外交部长); HanLP place names that look like places; a name
 * followed by a venue noun (…庄园, …大桥); a place and the nouns after it ending in an organisation noun
 * (巴西开发银行, 德国联邦议院); HanLP organisation names that end in an organisation noun.
 */
public final class PlaceOrganizationFinder implements MentionFinder {
    /** Words between the place and the head noun, at most. */
    private static final int MAX_NAME_MODIFIERS = 3;
    /** Parts of speech of the words between the place and the head (nouns, verbal nouns, distinguishing words). */
    private static final Set<String> NAME_MODIFIER_TAGS = Set.of("n", "vn", "b", "nis", "gi");

    private final Lexicon lexicon;
    private final Cues cues;

    /** The rule tables' place suffixes (…州, …岛), venue nouns (…庄园) and organisation nouns (…协会). */
    private final List<String> placeSuffixes;
    private final Set<String> venues;
    private final List<String> organizationSuffixes;
    private final Set<String> nameHeads;
    /** The last characters of the head nouns, which most words are ruled out by before a set look-up. */
    private final java.util.BitSet headEnds;

    public PlaceOrganizationFinder(Lexicon lexicon, Cues cues, org.dipkg.rules.RuleData data) {
        this.lexicon = lexicon;
        this.cues = cues;
        this.placeSuffixes = data.words("place-suffixes", "suffix");
        this.venues = Set.copyOf(data.words("venue-nouns", "noun"));
        List<java.util.Map<String, String>> nouns = data.rows("organization-nouns");
        this.organizationSuffixes = nouns.stream().filter(r -> "yes".equals(r.get("suffix"))).map(r -> r.get("noun")).toList();
        this.nameHeads = nouns.stream().filter(r -> "yes".equals(r.get("head"))).map(r -> r.get("noun"))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.headEnds = lastCharacters(nameHeads);
    }

    @Override
    public List<Mention> find(String text, Sentence sentence, List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        Span s = sentence.span();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            // a name followed by a venue noun is a place, whatever HanLP thought the name was
            if ((t.isPerson() || t.isPlace() || t.pos().startsWith("nz")) && i + 1 < tokens.size()) {
                String next = tokens.get(i + 1).word();
                if (venues.contains(next)) {
                    Span span = new Span(t.span().start(), tokens.get(i + 1).span().end());
                    out.add(Mention.of(EntityType.PLACE, span, text.substring(span.start(), span.end()), 0.8));
                }
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            Span name = headedName(tokens, i);
            if (name != null) {
                out.add(Mention.of(EntityType.ORGANIZATION, name, text.substring(name.start(), name.end()), 0.7));
            }
        }
        for (Lexicon.Hit h : lexicon.find(text, s.start(), s.end())) {
            EntityType type = switch (h.entry().type()) {
                case "Place" -> EntityType.PLACE;
                case "Organization" -> EntityType.ORGANIZATION;
                default -> null;
            };
            Span span = new Span(h.start(), h.end());
            String title = cues.titleStartingAt(text, h.start());
            if (title != null && title.length() > span.length()) {
                continue; // 外交部 in 外交部长 is a minister's title, not the ministry
            }
            if (type != null && !covered(out, span)) {
                out.add(new Mention(type, span, h.entry().name(), h.entry(), null, emptyToNull(h.entry().country()), 0.95));
            }
        }
        for (Token t : tokens) {
            // most tokens name neither: the look-up in what was found comes after
            if (!t.isPlace() && !t.isOrganization() || t.word().length() < 2 || covered(out, t.span())) {
                continue;
            }
            String w = t.word();
            if (t.isPlace() && (t.pos().equals("nsf") || endsWithAny(w, placeSuffixes))) {
                out.add(Mention.of(EntityType.PLACE, t.span(), w, 0.7));
            } else if (t.isOrganization() && endsWithAny(w, organizationSuffixes)
                    && !cues.endsWithHead(w, EntityType.WORKING_GROUP.label())) {
                out.add(Mention.of(EntityType.ORGANIZATION, t.span(), w, 0.7));
            }
        }
        return out;
    }

    /**
     * The name that token {@code head} ends when it is an organisation noun and a place opens the nouns
     * before it (法国/国民/议会, 巴西/开发/银行), with no gap between the words; or null.
     */
    Span headedName(List<Token> tokens, int head) {
        Token h = tokens.get(head);
        String w = h.word();
        if (w.isEmpty() || !headEnds.get(w.charAt(w.length() - 1)) || !nameHeads.contains(w)) {
            return null;
        }
        int end = h.span().end();
        for (int k = head - 1; k >= 0 && head - k <= MAX_NAME_MODIFIERS + 1; k--) {
            Token t = tokens.get(k);
            if (t.span().end() != tokens.get(k + 1).span().start()) {
                return null;
            }
            if (t.isPlace() || t.pos().equals("nz")) {
                return new Span(t.span().start(), end);
            }
            if (!NAME_MODIFIER_TAGS.contains(t.pos())) {
                return null;
            }
        }
        return null;
    }

    private static java.util.BitSet lastCharacters(Set<String> words) {
        java.util.BitSet ends = new java.util.BitSet();
        words.forEach(w -> ends.set(w.charAt(w.length() - 1)));
        return ends;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static boolean endsWithAny(String w, List<String> suffixes) {
        for (String s : suffixes) {
            if (w.endsWith(s) && w.length() > s.length()) {
                return true;
            }
        }
        return false;
    }

    private static boolean covered(List<Mention> found, Span span) {
        for (Mention m : found) {
            if (m.span().overlaps(span)) {
                return true;
            }
        }
        return false;
    }
}
