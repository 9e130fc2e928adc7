package org.dipkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void aChineseCharacterTakesTwoColumns() {
        assertEquals(4, TextTable.width("中美"));
        assertEquals(2, TextTable.width("ab"));
        assertEquals(6, TextTable.width("中a，b"));
    }

    @Test
    void linesOfChineseAndLatinCellsLineUpInDisplayColumnsWithPlainValues() {
        Model m = ModelFactory.createDefaultModel();
        var q = QueryFactory.create("PREFIX ex: <http://example.org/> SELECT ?item ?n ?who WHERE { VALUES (?item ?n ?who) "
                + "{ (\"不寻求新冷战\"@zh-Hans 3 ex:us) (\"x\" 12 ex:cn) } }");
        StringWriter s = new StringWriter();
        try (var exec = QueryExecutionFactory.create(q, m)) {
            TextTable.print(exec.execSelect(), q.getPrefixMapping(), new PrintWriter(s));
        }
        var lines = s.toString().lines().toList();
        assertTrue(lines.stream().allMatch(l -> TextTable.width(l) == TextTable.width(lines.get(0))), s.toString());
        assertTrue(s.toString().contains("| 不寻求新冷战 | 3  | ex:us |"), s.toString());
    }
}
