package org.dipkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlStageTest {
    private static final String PAGE = "<!doctype html><html><head><title>中美元首会晤</title>"
            + "<style>p{color:red}</style><script>var x = '不要读我';</script></head>"
            + "<body><h1>习近平同拜登会晤</h1><p>两国元首同意建立<b>人工智能</b>政府间对话&amp;磋商。</p>"
            + "<p>第二段<br>换行</p></body></html>";

    private static MappedText text(String html) {
        return new HtmlStage().apply(MappedText.identity(html));
    }

    @Test
    void keepsTheVisibleTextWithABreakAtEveryBlock() {
        String t = text(PAGE).text();
        assertEquals("中美元首会晤\n习近平同拜登会晤\n两国元首同意建立人工智能政府间对话&磋商。\n第二段\n换行\n", t);
        assertFalse(t.contains("color") || t.contains("不要读我"));
    }

    @Test
    void mapsEveryCharacterBackToTheSource() {
        MappedText m = text(PAGE);
        String t = m.text();
        int at = t.indexOf("人工智能政府间对话");
        Span src = m.toOriginal(at, at + "人工智能政府间对话".length());
        assertEquals("人工智能</b>政府间对话", PAGE.substring(src.start(), src.end()));
        int amp = t.indexOf('&');
        assertEquals("&amp;", PAGE.substring(m.originOf(amp), m.originOf(amp) + 5));
        for (int i = 1; i < m.length(); i++) {
            assertTrue(m.originOf(i) >= m.originOf(i - 1), "origins never decrease");
        }
    }
}
