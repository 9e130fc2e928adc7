package org.dipkg.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleDataTest {
    @TempDir
    Path dir;

    private RuleData user(String table, String csv) throws IOException {
        Files.writeString(dir.resolve(table + ".csv"), csv);
        return new RuleData(Optional.of(dir));
    }

    private String refusal(String table, String csv) throws IOException {
        RuleData data = user(table, csv);
        return assertThrows(IllegalArgumentException.class, () -> data.rows(table)).getMessage();
    }

    @Test
    void aUserTableMayLeaveOutColumnsWhichReadAsEmptyAndItsRowsComeAfterTheBundledOnes() throws IOException {
        List<Map<String, String>> rows = user("titles", "# my titles\ntitle\n特使\n").rows("titles");
        Map<String, String> last = rows.get(rows.size() - 1);
        assertEquals("特使", last.get("title"));
        assertEquals("", last.get("en"));
        assertEquals(dir.resolve("titles.csv") + ":3", last.get(RuleData.AT));
        assertTrue(rows.size() > 1);
        assertTrue(rows.get(0).get(RuleData.AT).startsWith("org/dipkg/rules/titles.csv:"));
    }

    @Test
    void aMisspeltColumnIsRefusedNamingTheFileAndTheColumn() throws IOException {
        String m = refusal("titles", "title,english\n特使,envoy\n");
        assertTrue(m.startsWith(dir.resolve("titles.csv") + ": unknown column english"), m);
    }

    @Test
    void aTableWithoutItsFirstColumnOrARowThatLeavesItEmptyIsRefused() throws IOException {
        assertTrue(refusal("titles", "en\nenvoy\n").contains("no column title"));
        String m = refusal("titles", "title,en\n特使,envoy\n,ambassador\n");
        assertEquals(dir.resolve("titles.csv") + ":3: no title", m);
    }

    @Test
    void aMalformedTableIsRefusedNamingTheFile() throws IOException {
        String m = refusal("titles", "title,en\n\"特使,envoy\n");
        assertTrue(m.startsWith(dir.resolve("titles.csv") + ": cannot be read as a rule table"), m);
    }

    @Test
    void anEntityOfAnUnknownTypeIsRefusedWithWhereItIs() throws IOException {
        RuleData data = user("entities", "type,name\nperson,欧阳春风\n");
        String m = assertThrows(IllegalArgumentException.class, () -> new Lexicon(data)).getMessage();
        assertTrue(m.startsWith(dir.resolve("entities.csv") + ":2: an entity needs a name and a type of"), m);
    }
}
