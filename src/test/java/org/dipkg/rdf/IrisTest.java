package org.dipkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IrisTest {
    @Test
    void keysIgnorePunctuationAndQuotes() {
        assertEquals(Iris.key("启动中美“强化气候行动工作组”"), Iris.key("启动中美「强化气候行动工作组」"));
    }

    @Test
    void longKeysKeepAReadableHeadAndStayDistinct() {
        String a = "甲".repeat(50) + "乙";
        String b = "甲".repeat(50) + "丙";
        String ia = Iris.commitment("other/" + Iris.key(a));
        assertTrue(ia.contains("甲甲甲"));
        assertNotEquals(ia, Iris.commitment("other/" + Iris.key(b)));
    }

    @Test
    void citationsNameTheDocumentTheSpanAndTheKindOfNode() {
        assertEquals("https://dipkg.org/id/citation/%E6%8A%A5~a.txt/3-9/mechanism",
                Iris.citation(Iris.citations("报/a.txt"), 3, 9, "https://dipkg.org/id/mechanism/中美对话"));
        assertEquals("https://dipkg.org/id/citation/a.txt/0-2/person",
                Iris.citation(Iris.citations("a.txt"), 0, 2, "https://dipkg.org/id/person"));
        assertEquals("https://dipkg.org/id/citation/a.txt/0-2/node",
                Iris.citation(Iris.citations("a.txt"), 0, 2, "http://example.org/mechanism/x"));
    }

    @Test
    void pathsBecomeOneSegment() {
        assertEquals("https://dipkg.org/id/source/a~b%20c.txt", Iris.source("a/b c.txt"));
    }
}
