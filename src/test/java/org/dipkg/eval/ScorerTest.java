package org.dipkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-computed cases of the contract's matching rule. */
class ScorerTest {
    private static Scorer.Row gold(String doc, String type, String tier, String set, String text) {
        return new Scorer.Row(doc, type, type.equals("Commitment") ? "agreement" : "", "CN+US", set, tier, text, "", "");
    }

    private static Scorer.Row pred(String doc, String type, String set, String text) {
        return new Scorer.Row(doc, type, type.equals("Commitment") ? "agreement" : "", "CN+US", set, "", text, "0", "0");
    }

    @Test
    void aPredictionThatContainsTheGoldTextMatches() {
        assertTrue(Scorer.matches("恢复两军高层沟通", "在平等和尊重基础上恢复两军高层沟通"));
    }

    @Test
    void aPredictionInsideTheGoldMustCoverSixtyPercent() {
        assertTrue(Scorer.matches("进一步大幅增加航班", "大幅增加航班"));   // 6 of 9 = 67%
        assertFalse(Scorer.matches("进一步大幅增加航班", "增加航班"));      // 4 of 9 = 44%
    }

    @Test
    void anOverLongPredictionDoesNotMatch() {
        // gold 2 chars: at most 2.5 * 2 + 6 = 11 chars
        assertTrue(Scorer.matches("商业", "商业经济金融等领域磋商"));           // 11
        assertFalse(Scorer.matches("商业", "在商业经济金融等领域磋商"));         // 12
    }

    @Test
    void comparesOnlyLettersAndDigits() {
        assertTrue(Scorer.matches("不支持“台湾独立”", "不支持「台湾独立」"));
    }

    @Test
    void mechanismAndWorkingGroupAreCompatible() {
        assertTrue(Scorer.compatible("Mechanism", "WorkingGroup"));
        assertTrue(Scorer.compatible("WorkingGroup", "Mechanism"));
        assertFalse(Scorer.compatible("Mechanism", "Organization"));
    }

    @Test
    void countsRecallPrecisionAndCompleteSets() throws IOException {
        List<Scorer.Row> g = List.of(
                gold("d", "Commitment", "1", "s", "甲项承诺"),
                gold("d", "Commitment", "1", "s", "乙项承诺"),
                gold("d", "Mechanism", "1", "", "某某对话"),
                gold("d", "Person", "2", "", "张三"));
        List<Scorer.Row> p = List.of(
                pred("d", "Commitment", "k", "甲项承诺"),
                pred("d", "Commitment", "k", "乙项承诺"),
                pred("d", "WorkingGroup", "", "某某对话"),
                pred("d", "Commitment", "", "无关事项"));
        Scorer.Score s = new Scorer().score(g, p, null);
        assertEquals(new BigDecimal("1"), s.figures().get("recall.tier1"));
        assertEquals(new BigDecimal("0.667"), s.figures().get("precision.Commitment"));
        assertEquals("1/1", s.figures().get("sets.complete"));
        assertEquals(new BigDecimal("0"), s.figures().get("recall.tier2.Entity"));
        assertEquals("0.667", Scorer.format(s.figures().get("precision.Commitment")));
        assertEquals("1.0", Scorer.format(s.figures().get("recall.tier1")));
    }

    @Test
    void aSetWithAnExtraMemberIsNotComplete() throws IOException {
        List<Scorer.Row> g = List.of(gold("d", "Commitment", "1", "s", "甲项承诺"), gold("d", "Commitment", "1", "s", "乙项承诺"));
        List<Scorer.Row> p = List.of(pred("d", "Commitment", "k", "甲项承诺"), pred("d", "Commitment", "k", "乙项承诺"),
                pred("d", "Commitment", "k", "丙项承诺"));
        assertEquals("0/1", new Scorer().score(g, p, null).figures().get("sets.complete"));
    }

    @Test
    void slicesByCodePointsAsPythonDoes() {
        assertEquals("双方", Scorer.slice("𠀀双方同意", 1, 3));
        assertEquals("", Scorer.slice("abc", 5, 9));
    }

    @TempDir
    Path dir;

    @Test
    void aTableIsReadByItsColumnNamesPastAByteOrderMark() throws IOException {
        Path csv = Files.writeString(dir.resolve("m.csv"), "\ufefftext,doc,type,start,end\n双方,a.txt,Person,0,2\n");
        List<Scorer.Row> rows = Scorer.load(csv, Scorer.MENTION_COLUMNS);
        assertEquals(1, rows.size());
        assertEquals("a.txt", rows.get(0).doc());
        assertEquals("双方", rows.get(0).text());
    }

    @Test
    void aTableWithoutTheColumnsTheRuleReadsOrNotWellFormedIsRefused() throws IOException {
        Path missing = Files.writeString(dir.resolve("g.csv"), "doc,type\na.txt,Person\n");
        IOException e = assertThrows(IOException.class, () -> Scorer.load(missing, Scorer.GOLD_COLUMNS));
        assertEquals("no column tier, text in the header row", e.getMessage());
        Path broken = Files.writeString(dir.resolve("b.csv"), "doc,type,tier,text\n\"a.txt,Person\n");
        assertThrows(IOException.class, () -> Scorer.load(broken, Scorer.GOLD_COLUMNS));
    }
}
