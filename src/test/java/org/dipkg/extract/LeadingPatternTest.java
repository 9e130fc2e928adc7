package org.dipkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class LeadingPatternTest {
    private static final ItemPatterns PATTERNS = new ItemPatterns(org.dipkg.rules.RuleData.bundled());


    /** What Matcher.find gives: each match's span and groups. */
    private static List<String> viaFind(LeadingPattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.pattern().matcher(text);
        while (m.find()) {
            out.add(describe(m));
        }
        return out;
    }

    private static List<String> viaLeading(LeadingPattern p, String text) {
        return p.matches(text).stream().map(LeadingPatternTest::describe).toList();
    }

    private static String describe(MatchResult m) {
        StringBuilder b = new StringBuilder(m.start() + "-" + m.end());
        for (int g = 1; g <= m.groupCount(); g++) {
            b.append('|').append(m.group(g));
        }
        return b.toString();
    }

    /** Random texts of the characters the pattern reads, so that matches are frequent and overlap. */
    private static String randomText(Random r, String alphabet, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    @Test
    void countedSetsAreFoundAsMatcherFindFindsThem() {
        String alphabet = "0123456789一二三四五十两多点项条个根大方面“”\"承诺共识成果支柱，。：、即包括的在提出中美关系 ab";
        Random r = new Random(7);
        int matched = 0;
        for (int n = 0; n < 20_000; n++) {
            String text = randomText(r, alphabet, 1 + r.nextInt(40));
            List<String> expected = viaFind(PATTERNS.counted, text);
            assertEquals(expected, viaLeading(PATTERNS.counted, text), text);
            matched += expected.size();
        }
        // the texts must exercise the pattern, or the comparison proves nothing
        assertTrue(matched > 1000, "matches seen: " + matched);
    }

    /** What a matcher over the region alone gives: the match opening it, or null. */
    private static String viaRegion(LeadingPattern p, String text, int from, int to) {
        Matcher m = p.pattern().matcher(text).region(from, to);
        return m.lookingAt() ? describe(m) : null;
    }

    @Test
    void aMatchAtAPositionIsTheOneARegionMatcherFinds() {
        String alphabet = "一二三十第（）是、，.．12明年今内底前于在近期未来";
        Random r = new Random(11);
        int matched = 0;
        for (int n = 0; n < 20_000; n++) {
            String text = randomText(r, alphabet, 1 + r.nextInt(16));
            for (int from = 0; from < text.length(); from++) {
                int to = from + r.nextInt(text.length() - from + 1);
                for (LeadingPattern p : List.of(SpeakerCues.ORDINAL, PATTERNS.time)) {
                    String expected = viaRegion(p, text, from, to);
                    var got = p.at(text, from, to);
                    assertEquals(expected, got == null ? null : describe(got), p.pattern() + " on " + text + " " + from + "-" + to);
                    matched += expected == null ? 0 : 1;
                }
            }
        }
        assertTrue(matched > 3000, "matches seen: " + matched);
    }

    @Test
    void lookaroundsAndAnchorsSeeTheWholeText() {
        LeadingPattern p = new LeadingPattern("(?<=说)(\\d+)点(?=$|。)", "0123456789");
        assertEquals(List.of("1-3|5"), viaLeading(p, "说5点"));
        assertEquals(List.of(), viaLeading(p, "讲5点"));
        assertEquals(List.of(), viaLeading(p, "说5点吗"));
        assertEquals(viaFind(p, "说5点。说6点"), viaLeading(p, "说5点。说6点"));
    }

    @Test
    void aTextWithoutAnyFirstCharacterHasNoMatch() {
        assertEquals(List.of(), PATTERNS.counted.matches("双方同意恢复对话。"));
        assertEquals(List.of("2-6|三|null|点|建议"), viaLeading(PATTERNS.counted, "提出三点建议，"));
    }
}
