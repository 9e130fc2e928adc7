package org.dipkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LayoutNormaliserTest {
    private static String norm(String s) {
        return new LayoutNormaliser().apply(MappedText.identity(s)).text();
    }

    @Test
    void joinsColumnWrappedLinesOfAnOcrPage() {
        String page = "新华社旧金山11月15日电 当地时间11\n\n月15日，国家主席习近平在美国旧金山斐洛\n\n"
                + "里庄园同美国总统拜登举行会晤。会晤结束\n\n后，中共中央政治局委员、外交部长王毅向媒\n\n体介绍情况并答问。\n\n"
                + "两国元首在斐洛里庄园的会晤谈得很好，很全\n\n面，也很深入。会晤有三个特点：\n";
        String t = norm(page);
        assertTrue(t.contains("当地时间11月15日"), t);
        assertTrue(t.contains("斐洛里庄园"), t);
        assertTrue(t.contains("向媒体介绍情况"), t);
        assertTrue(t.contains("很全面"), t);
    }

    @Test
    void keepsAParagraphBreakAfterAFinishedSentence() {
        assertEquals("第一段。\n第二段。", norm("第一段。\n\n第二段。"));
    }

    @Test
    void keepsAHeadlineApartFromTheTextBelowIt() {
        assertEquals("习近平同美国总统拜登举行中美元首会晤\n新华社电 两国元首同意继续保持经常性联系。",
                norm("习近平同美国总统拜登举行中美元首会晤\n\n新华社电 两国元首同意继续保持经常性联系。"));
    }

    @Test
    void stripsMarkdownHeadingsAndEmphasis() {
        assertEquals("标题\n问题是什么？\n答：是这样。", norm("# 标题\n\n**问题是什么？**\n\n答：是这样。"));
    }

    @Test
    void dropsByteOrderMarkAndCarriageReturns() {
        String t = norm("\uFEFF第一段。\r\n第二段。\r\n");
        assertEquals("第一段。\n第二段。", t);
        assertFalse(t.contains("\r"));
    }

    @Test
    void joinsEnglishWordsAcrossALineBreakWithASpace() {
        assertEquals("the Sunnylands Statement", norm("the Sunnylands\nStatement"));
    }

    @Test
    void everyKeptUnitPointsAtTheSameCharacterInTheOriginal() {
        String original = "\uFEFF## 一、标题\r\n\r\n王毅说，两国元首同意**建立**对\n\n话。\n- 列表项\n";
        MappedText m = new LayoutNormaliser().apply(MappedText.identity(original));
        int[] cps = original.codePoints().toArray();
        for (int i = 0; i < m.length(); i++) {
            char c = m.charAt(i);
            int o = m.originOf(i);
            if (c != '\n' && c != ' ') {
                assertEquals(c, (char) cps[o], "unit " + i);
            }
        }
    }
}
