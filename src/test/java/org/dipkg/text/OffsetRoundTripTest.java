package org.dipkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Property-style: random texts in the genre's alphabet (Han, Traditional forms, punctuation, markup,
 * line breaks, surrogate pairs) and random spans of the analysis text always map back to an original
 * slice that holds the same characters.
 */
class OffsetRoundTripTest {
    private static final String[] PIECES = {"中", "美", "两", "国", "元", "首", "同", "意", "建", "立", "對", "話", "關", "係",
        "兩", "軍", "。", "，", "、", "；", "：", "“", "”", "「", "」", "《", "》", "\n", "\n\n", "\r\n", "  ", "# ", "**",
        "- ", "A", "b", "1", "2023", "\uD840\uDC00", "\uD83D\uDE00", "é", "e\u0301", "\u3000", "\uFEFF"};

    /** A converter that maps a few Traditional characters, as HanLP does, keeping length. */
    private static final ScriptConverter FAKE = s -> s.replace('對', '对').replace('話', '话').replace('關', '关')
            .replace('係', '系').replace('兩', '两').replace('軍', '军').replace('「', '“').replace('」', '”');

    @RepeatedTest(300)
    void spansOfTheAnalysisTextMapBackToTheOriginal(RepetitionInfo info) {
        Random rnd = new Random(info.getCurrentRepetition() * 7919L);
        StringBuilder sb = new StringBuilder();
        int n = 1 + rnd.nextInt(80);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[rnd.nextInt(PIECES.length)]);
        }
        String original = sb.toString();
        MappedText layout = new LayoutNormaliser().apply(MappedText.identity(original));
        MappedText simple = new SimplifyStage(FAKE).apply(layout);
        int[] cps = original.codePoints().toArray();
        for (MappedText m : new MappedText[] {layout, simple}) {
            for (int i = 1; i < m.length(); i++) {
                assertTrue(m.originOf(i) >= m.originOf(i - 1), "origins never decrease");
            }
            for (int k = 0; k < 20 && m.length() > 0; k++) {
                int a = rnd.nextInt(m.length());
                int b = a + 1 + rnd.nextInt(m.length() - a);
                Span o = m.toOriginal(a, b);
                assertTrue(o.end() <= cps.length);
                String slice = new String(cps, o.start(), o.length());
                // every non-blank unit of the analysis span comes from inside the original slice
                for (int i = a; i < b; i++) {
                    int at = m.originOf(i);
                    assertTrue(at >= o.start() && at < o.end());
                    char c = m.charAt(i);
                    if (c != '\n' && c != ' ' && !Character.isSurrogate(c)) {
                        String src = new String(Character.toChars(cps[at]));
                        assertEquals(FAKE.toSimplified(src).charAt(0) == c || src.charAt(0) == c, true,
                                "unit " + i + " '" + c + "' from '" + src + "' in " + slice);
                    }
                }
            }
        }
    }

    private static final String PUNCT = "。，、；：！？“”「」《》\n\r #*-";

    @RepeatedTest(200)
    void anyUnicodeTextIsReadOrRefusedAndItsSentencesMapInsideIt(RepetitionInfo info) {
        Random rnd = new Random(info.getCurrentRepetition() * 104729L);
        StringBuilder sb = new StringBuilder();
        int n = 1 + rnd.nextInt(200);
        for (int i = 0; i < n; i++) {
            int kind = rnd.nextInt(6);
            int cp = switch (kind) {
                case 0 -> 0x4E00 + rnd.nextInt(0x5200);       // Han
                case 1 -> 0x20000 + rnd.nextInt(0xA6E0);      // Han beyond the BMP
                case 2 -> 0x0300 + rnd.nextInt(0x70);         // combining marks
                case 3 -> PUNCT.codePointAt(rnd.nextInt(PUNCT.length()));
                case 4 -> 1 + rnd.nextInt(0x2FF);             // ASCII, Latin, controls (no NUL)
                default -> 0x10000 + rnd.nextInt(0xFFFF);     // anything else, emoji and all
            };
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                cp = 0x3000;
            }
            sb.appendCodePoint(cp);
        }
        String original = sb.toString();
        Document d;
        try {
            d = new DocumentReader(FAKE).read(java.nio.file.Path.of("r.txt"), "r.txt",
                    original.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (InputException e) {
            return; // refused with a reason (say, only whitespace): fine
        }
        int cps = original.codePointCount(0, original.length());
        for (Sentence sentence : d.sentences()) {
            Span o = d.toOriginal(sentence.span());
            assertTrue(o.start() >= 0 && o.end() <= cps && o.start() < o.end(), o.toString());
            assertEquals(d.originalSlice(o).codePointCount(0, d.originalSlice(o).length()), o.length());
        }
    }
}
