package org.dipkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dipkg.text.Span;
import org.junit.jupiter.api.Test;

class SegmenterTest {
    static final Segmenter SEGMENTER = new Segmenter();

    static List<String> words(String text) {
        return SEGMENTER.tokens(text, new Span(0, text.length())).stream().map(Token::word).toList();
    }

    @Test
    void aTransliteratedNameSplitAtItsStartIsOneToken() {
        String text = "此后不久，曼斯菲尔德先生率领代表团访华。";
        List<Token> tokens = SEGMENTER.tokens(text, new Span(0, text.length()));
        Token name = tokens.stream().filter(t -> t.word().equals("曼斯菲尔德")).findFirst().orElseThrow();
        assertEquals("nrf", name.pos());
        assertEquals(text.indexOf("曼斯菲尔德"), name.span().start());
        assertEquals(text.indexOf("先生"), name.span().end());
    }

    @Test
    void aConjunctionOrPrepositionBeforeANameStaysApart() {
        assertTrue(words("布林肯和沙利文也在场。").contains("和"));
        assertTrue(words("王毅同布林肯会谈。").contains("同"));
    }

    @Test
    void tokensKeepExactSpansOfTheirText() {
        String text = "国家主席习近平同美国总统拜登举行会晤。";
        for (Token t : SEGMENTER.tokens(text, new Span(3, text.length()))) {
            assertEquals(t.word(), text.substring(t.span().start(), t.span().end()));
        }
    }

    @Test
    void wordsThatOnlyLookLikePlaceNamesAreNotTaggedAsPlaces() {
        String text = "西雅图是美国西北部最大的城市。包括中法两国代表在内的30国代表出席。";
        List<Token> places = SEGMENTER.tokens(text, new Span(0, text.length())).stream().filter(Token::isPlace).toList();
        assertEquals(List.of("西雅图", "美国"), places.stream().map(Token::word).toList());
    }

    @Test
    void wordsOfTheCallersAreKeptWholeWithoutChangingHanLpForOthers() {
        String text = "建立中日海洋事务高级别磋商机制";
        assertTrue(words(text).contains("别"), "HanLP alone splits 高级/别 here: " + words(text));
        Segmenter own = new Segmenter(java.util.Map.of("高级别", "b"));
        Token t = own.tokens(text, new Span(0, text.length())).stream().filter(k -> k.word().equals("高级别"))
                .findFirst().orElseThrow();
        assertEquals("b", t.pos());
        assertTrue(words(text).contains("别"), "a segmenter without the word still splits it");
    }

    @Test
    void makingASegmenterLeavesHanLpsSharedDictionaryUntouched() {
        int[] base = com.hankcs.hanlp.dictionary.CustomDictionary.DEFAULT.dat.getBase();
        new Segmenter(java.util.Map.of("高级别", "b"));
        assertSame(base, com.hankcs.hanlp.dictionary.CustomDictionary.DEFAULT.dat.getBase(),
                "HanLP's custom dictionary was loaded again into the trie other segmenters are reading");
    }

    @Test
    void atMostThreeCharactersAreTakenIn() {
        List<Token> in = List.of(tok("曼", "ag", 0), tok("斯", "b", 1), tok("曼", "ag", 2), tok("斯", "b", 3),
                new Token("菲尔德", "nrf", new Span(4, 7)));
        List<Token> out = Segmenter.joinTransliterationHeads(in);
        assertEquals(List.of("曼", "斯曼斯菲尔德"), out.stream().map(Token::word).toList());
        assertEquals(new Span(1, 7), out.get(1).span());
    }

    @Test
    void charactersNotRightBeforeTheNameAreNotTakenIn() {
        List<Token> in = List.of(tok("曼", "ag", 0), new Token("菲尔德", "nrf", new Span(2, 5)));
        assertEquals(in, Segmenter.joinTransliterationHeads(in));
    }

    @Test
    void timeInHanLpIsCountedPerCall() {
        Segmenter own = new Segmenter();
        assertEquals(0, own.segmentationNanos());
        own.tokens("两国元首同意恢复对话。", new Span(0, 10));
        long once = own.segmentationNanos();
        assertTrue(once > 0);
        own.tokens("两国元首同意恢复对话。", new Span(0, 10));
        assertTrue(own.segmentationNanos() > once);
    }

    private static Token tok(String w, String pos, int at) {
        return new Token(w, pos, new Span(at, at + w.length()));
    }
}
