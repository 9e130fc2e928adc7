package org.dipkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static List<String> split(String t) {
        return new SentenceSplitter().split(t).stream().map(s -> t.substring(s.span().start(), s.span().end())).toList();
    }

    @Test
    void splitsAfterSentencePunctuation() {
        assertEquals(List.of("甲。", "乙！", "丙？"), split("甲。乙！丙？"));
    }

    @Test
    void doesNotSplitInsideQuotes() {
        assertEquals(List.of("他说：“好。我们走。”", "然后离开。"), split("他说：“好。我们走。”然后离开。"));
    }

    @Test
    void keepsSemicolonEnumerationsInOneSentence() {
        assertEquals(1, split("包括：建立甲对话；成立乙工作组；恢复丙磋商。").size());
    }

    @Test
    void anUnclosedQuoteEndsAtTheParagraph() {
        assertEquals(List.of("他说“好。", "下一段。", "再一句。"), split("他说“好。\n下一段。再一句。"));
    }
}
