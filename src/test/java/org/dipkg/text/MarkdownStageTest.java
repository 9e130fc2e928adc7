package org.dipkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownStageTest {
    private final DocumentReader reader = new DocumentReader(s -> s);

    /** Every analysed character stands where it came from in the file. */
    private static void assertMapsBack(Document d, String file) {
        MappedText a = d.analysis();
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (c != '\n') {
                assertEquals(c, file.charAt(a.originOf(i)), "character " + i + " of " + a.text());
            }
        }
    }

    @Test
    void inlineHtmlParagraphsAreParagraphsAndNoMarkupReachesTheText() throws InputException {
        String md = "### 中法两国元首通电话\n\n<p><strong>本台消息</strong>：3月8日，中法两国元首通电话。</p><br>"
                + "<p>双方同意建立中法数字经济对话。</p>\n\n[查看原文](http://example.org/a)\n";
        Document d = reader.read(Path.of("a.md"), "a.md", md.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("中法两国元首通电话", "本台消息：3月8日，中法两国元首通电话。", "双方同意建立中法数字经济对话。", "查看原文"),
                d.analysis().text().lines().toList());
        assertFalse(d.analysis().text().contains("<") || d.analysis().text().contains("http"));
        assertMapsBack(d, md);
    }

    @Test
    void markdownMarkupEscapesAndEntitiesGiveTheirTextAtTheirPlace() throws InputException {
        String md = "# 标题\n\n双方**同意**加强\\*合作&amp;交流，\n见[《联合声明》](x.html)。\n\n- 一是扩大往来\n- 二是深化合作\n";
        Document d = reader.read(Path.of("b.md"), "b.md", md.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("标题", "双方同意加强*合作&交流，见《联合声明》。", "一是扩大往来", "二是深化合作"),
                d.analysis().text().lines().toList());
        assertMapsBack(d, md);
    }

    @Test
    void aFileOfManyTitledArticlesIsOneDocumentPerArticleAndOneTitleKeepsItWhole() throws InputException {
        String day = "# 今日新闻\n\n本期节目主要内容。\n\n### 中法两国元首通电话\n\n双方同意加强合作。\n\n"
                + "### 全国春耕进展顺利\n\n各地抓紧春耕。\n";
        List<Document> docs = reader.readAll(Path.of("20240308.md"), "20240308.md", day.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("20240308.md#0", "20240308.md#1", "20240308.md#2"), docs.stream().map(Document::id).toList());
        assertEquals("中法两国元首通电话\n双方同意加强合作。", docs.get(1).analysis().text());
        docs.forEach(d -> assertMapsBack(d, day));
        String one = "### 中法两国元首通电话\n\n双方同意加强合作。\n";
        List<Document> whole = reader.readAll(Path.of("a.md"), "a.md", one.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("a.md"), whole.stream().map(Document::id).toList());
    }

    @Test
    void aPageOfSeveralArticlesOrTitlesIsOneDocumentEach() throws InputException {
        String page = "<html><head><title>今日新闻</title></head><body><h1>今日新闻</h1>"
                + "<article><h2>中法两国元首通电话</h2><p>双方同意加强合作。</p></article>"
                + "<article><h2>全国春耕进展顺利</h2><p>各地抓紧春耕。</p></article></body></html>";
        List<Document> docs = reader.readAll(Path.of("p.html"), "p.html", page.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("p.html#0", "p.html#1", "p.html#2"), docs.stream().map(Document::id).toList());
        assertEquals("中法两国元首通电话\n双方同意加强合作。", docs.get(1).analysis().text());
        docs.forEach(d -> assertMapsBack(d, page));
        String titled = "<body><h3>甲</h3><p>双方同意加强合作。</p><h3>乙</h3><p>各地抓紧春耕。</p></body>";
        assertEquals(2, reader.readAll(Path.of("t.html"), "t.html", titled.getBytes(StandardCharsets.UTF_8)).size());
    }
}
