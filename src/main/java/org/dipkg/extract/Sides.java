package org.dipkg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.dipkg.rules.Cues;

/**
 * The parties of one document: which two sides "双方" means there (the parties the document names most,
 * by its people, its states and its party words), and which party words stand where. A party word made
 * from a short form (美方, 中越) counts only where HanLP's words begin and end with it, so 中越来越 and
 * 新方法 name no party.
 */
final class Sides {
    /** The party code of the words for both sides of the meeting (parties.csv). */
    private final Cues cues;
    private final String text;
    private final WordBounds bounds;
    private final SortedSet<String> pair;
    private boolean bothSides;

    /**
     * @param bounds where HanLP's words start and end, and its nouns start; null to take every party word as it stands
     */
    Sides(Cues cues, String text, WordBounds bounds, List<Mention> mentions) {
        this.cues = cues;
        this.text = text;
        this.bounds = bounds;
        this.pair = meetingParties(mentions);
    }

    /** Both sides of the meeting the document reports: its two most named parties. */
    SortedSet<String> pair() {
        return pair;
    }

    /**
     * Whether the document speaks of two sides: two parties named, or words for both sides (两国, 双方).
     * A text that does neither is domestic: it commits no one to anyone.
     */
    boolean diplomatic() {
        return pair.size() >= 2 || bothSides;
    }

    /** Whether HanLP tags a verb in {@code [from, to)}; true when the words are not known. */
    boolean verbIn(int from, int to) {
        return bounds == null || bounds.verbIn(from, to);
    }

    /** The longest party word at {@code i}, or null. */
    String wordAt(int i) {
        String w = cues.partyWordAt(text, i);
        if (w != null && bounds != null && cues.isCompound(w) && !bounds.whole(i, i + w.length())
                && !(cues.isSide(w) && bounds.startsWithoutNounAt(i, i + w.length()))) {
            return null; // 中越来越, 新方法; but 澳方将 (HanLP: 澳/方将) is Australia's side
        }
        return w;
    }

    /** The parties a party word names here, or null when it names none of this document's. */
    SortedSet<String> of(String word) {
        return resolve(cues.parties.get(word), pair);
    }

    /** Whether {@code word} names the two sides of the meeting, whoever they are (双方, 两国). */
    boolean isBothSides(String word) {
        return Cues.BOTH.equals(cues.parties.get(word));
    }

    /** Whether {@code word} is a party word at all. */
    boolean isPartyWord(String word) {
        return cues.parties.containsKey(word);
    }

    /**
     * A party code as the tables give it: ISO codes joined by +, BOTH for the document's two sides, or
     * alternatives joined by | (a short form two states share), of which the one among the document's
     * parties is meant.
     */
    static SortedSet<String> resolve(String code, SortedSet<String> pair) {
        if (code == null) {
            return null;
        }
        if (code.indexOf('|') >= 0) {
            for (String alt : code.split("\\|")) {
                SortedSet<String> p = resolve(alt, pair);
                if (pair.containsAll(p)) {
                    return p;
                }
            }
            return null;
        }
        if (code.equals(Cues.BOTH)) {
            return new TreeSet<>(pair);
        }
        if (code.indexOf('+') < 0) {
            return SpeakerCues.one(code);
        }
        return new TreeSet<>(List.of(code.split("\\+")));
    }

    /** The two parties the document names most: people by their state, states and party words by theirs. */
    private SortedSet<String> meetingParties(List<Mention> mentions) {
        Map<String, Integer> counts = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.country() != null) {
                counts.merge(m.country(), 1, Integer::sum);
            }
        }
        Map<String, Integer> words = new HashMap<>();
        List<String> shared = new java.util.ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            String w = wordAt(i);
            if (w == null) {
                continue;
            }
            String code = cues.parties.get(w);
            if (i > 0 && cues.marksVenue(text.charAt(i - 1)) && !code.equals(Cues.BOTH)) {
                i += w.length() - 1;
                continue; // 在瑞士日内瓦举行: where the sides meet, not a side
            }
            bothSides |= code.equals(Cues.BOTH);
            if (code.indexOf('|') >= 0) {
                shared.add(code);
            } else if (!code.equals(Cues.BOTH)) {
                for (String c : code.split("\\+")) {
                    words.merge(c, 1, Integer::sum);
                }
            }
            i += w.length() - 1;
        }
        // a short form two parties share (中巴) counts for the one the document names otherwise
        for (String code : shared) {
            for (String alt : code.split("\\|")) {
                if (java.util.Arrays.stream(alt.split("\\+")).allMatch(c -> c.equals("CN") || words.containsKey(c))) {
                    for (String c : alt.split("\\+")) {
                        counts.merge(c, 1, Integer::sum);
                    }
                    break;
                }
            }
        }
        words.forEach((c, n) -> counts.merge(c, n, Integer::sum));
        SortedSet<String> out = new TreeSet<>();
        counts.entrySet().stream()
                .sorted((a, b) -> b.getValue() != a.getValue().intValue() ? b.getValue() - a.getValue()
                        : a.getKey().compareTo(b.getKey()))
                .limit(2).forEach(e -> out.add(e.getKey()));
        return out;
    }
}
