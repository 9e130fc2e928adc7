package org.dipkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageArticlesTest {
    private static final List<String> OPENERS = List.of("新华社", "本报");
    private final PageArticles pages = new PageArticles(OPENERS, s -> s.replace('華', '华'));

    static final String PAGE = "2024年5月8日 星期三 第3版\n\n"
            + "两国元首举行会谈\n\n——同意深化全面战略伙伴关系\n\n"
            + "新华社巴黎5月7日电 当地时间6日，国家主席习近平在巴黎同法国总统举行会谈。\n\n两国元首同意建立数字经济对话。\n\n"
            + "春耕生产有序推进\n\n"
            + "本报北京5月7日电 各地抓紧春耕生产。\n";

    private static List<String> texts(List<Article> articles) {
        return articles.stream().map(a -> a.text().text()).toList();
    }

    @Test
    void eachDispatchLineOpensAnArticleUnderItsTitlesAfterThePageHeader() {
        List<Article> a = pages.articles(MappedText.identity(PAGE));
        assertEquals(List.of(0, 1, 2), a.stream().map(Article::number).toList());
        assertEquals("2024年5月8日 星期三 第3版\n\n", texts(a).get(0));
        assertTrue(texts(a).get(1).startsWith("两国元首举行会谈\n\n——同意深化全面战略伙伴关系\n\n新华社巴黎"), texts(a).get(1));
        assertTrue(texts(a).get(1).endsWith("两国元首同意建立数字经济对话。\n\n"), texts(a).get(1));
        assertTrue(texts(a).get(2).startsWith("春耕生产有序推进\n\n本报北京"), texts(a).get(2));
        int from = a.get(2).text().originOf(0);
        assertEquals(PAGE.indexOf("春耕生产有序推进"), from, "an article's text maps into the page");
        assertEquals(new SourceDate(java.time.LocalDate.of(2024, 5, 8), SourceDate.PAGE_HEADER), pages.headerDate(a));
    }

    @Test
    void aPageWithOneDispatchLineIsOneArticleHoweverItsLinesAreBroken() {
        String one = "两国元首举行会谈\n\n新华社巴黎5月7日电 当地时间6日，国家主席\n\n习近平同法国总统举行会谈。\n\n双方同意\n\n加强合作。\n";
        List<Article> a = pages.articles(MappedText.identity(one));
        assertEquals(1, a.size());
        assertEquals(one, a.get(0).text().text());
        assertNull(pages.headerDate(a));
    }

    @Test
    void aDispatchInBracketsClosesAnArticleAndOpensNone() {
        String page = "标题甲\n\n新华社北京5月7日电 第一篇。\n\n（新华社北京5月7日电）\n\n标题乙\n\n新华社上海5月7日电 第二篇。\n";
        List<Article> a = pages.articles(MappedText.identity(page));
        assertEquals(2, a.size(), texts(a).toString());
        assertTrue(texts(a).get(0).contains("（新华社北京5月7日电）"));
    }

    @Test
    void aTraditionalPagesDispatchLinesAreReadInSimplified() {
        String page = "標題甲\n\n新華社北京5月7日電 第一篇。\n\n標題乙\n\n新華社上海5月7日電 第二篇。\n";
        PageArticles traditional = new PageArticles(OPENERS, s -> s.replace('華', '华').replace('電', '电'));
        assertEquals(2, traditional.articles(MappedText.identity(page)).size());
    }

    @Test
    void theReaderSplitsAPlainTextPageOnlyWhenAskedAndDatesItsArticlesFromTheHeader() throws InputException {
        byte[] bytes = PAGE.getBytes(StandardCharsets.UTF_8);
        DocumentReader whole = new DocumentReader(s -> s);
        assertEquals(List.of("page.txt"), whole.readAll(Path.of("page.txt"), "page.txt", bytes).stream().map(Document::id).toList());
        DocumentReader split = new DocumentReader(s -> s, StandardCharsets.UTF_8, DocumentReader.DEFAULT_MAX_CHARS, OPENERS);
        List<Document> docs = split.readAll(Path.of("page.txt"), "page.txt", bytes);
        assertEquals(List.of("page.txt#0", "page.txt#1", "page.txt#2"), docs.stream().map(Document::id).toList());
        assertEquals(SourceDate.PAGE_HEADER, docs.get(2).dated().source());
        Document d = docs.get(1);
        for (int i = 0; i < d.analysis().length(); i++) {
            char c = d.analysis().charAt(i);
            if (c != '\n') {
                assertEquals(c, PAGE.charAt(d.analysis().originOf(i)), "character " + i);
            }
        }
    }
}
