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
    void aRowWithMoreCellsThanTheHeaderIsRefused() throws IOException {
        assertEquals(dir.resolve("parties.csv") + ":3: 3 cells where the header has 2 (a cell holding a comma needs "
                + "double quotes)", refusal("parties", "word,party\n中方,CN\n双方,CN,US\n"));
        assertEquals("CN,US", user("parties", "word,party\n双方,\"CN,US\"\n").rows("parties").stream()
                .filter(r -> r.get("word").equals("双方") && r.get(RuleData.AT).startsWith(dir.toString()))
                .findFirst().orElseThrow().get("party"));
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

    private String cuesRefusal(String table, String csv) throws IOException {
        RuleData data = user(table, csv);
        return assertThrows(IllegalArgumentException.class, () -> new Cues(data)).getMessage();
    }

    @Test
    void aTriggerWithAnActionStatusOrPolarityOutsideTheOntologyIsRefusedWithWhereItIs() throws IOException {
        String at = dir.resolve("actions.csv") + ":3: ";
        assertTrue(cuesRefusal("actions", "verb,action\n签署,issue\n签订,sign\n").startsWith(at + "action 'sign' is not one of"));
        assertTrue(cuesRefusal("actions", "verb,action,status\n签署,issue,\n重启,restart,again\n")
                .startsWith(at + "status 'again' is not one of"));
        assertTrue(cuesRefusal("actions", "verb,action,polarity\n签署,issue,\n拒绝,other,no\n")
                .startsWith(at + "polarity 'no' is not one of negative (or empty)"));
    }

    @Test
    void aPartyThatIsNotCountryCodesIsRefused() throws IOException {
        assertTrue(cuesRefusal("parties", "word,party\n欧方,EUU\n")
                .startsWith(dir.resolve("parties.csv") + ":2: party 'EUU' is not BOTH or ISO 3166"));
    }

    @Test
    void aMechanismHeadOfAnUnknownTypeIsRefused() throws IOException {
        assertTrue(cuesRefusal("mechanism-heads", "head,type\n圆桌会,Roundtable\n").contains("type 'Roundtable'"));
    }

    @Test
    void validUserRowsAreTaken() throws IOException {
        Cues cues = new Cues(user("actions", "verb,action,status,polarity\n再启动,restart,restarted,\n"));
        assertEquals(new Cues.Trigger("再启动", "restart", "restarted", false), cues.triggers.get("再启动"));
    }

    @Test
    void theActionsAndStatusesAllowedAreTheOntologysTerms() {
        org.apache.jena.rdf.model.Model m = org.apache.jena.riot.RDFDataMgr.loadModel("ontology/dipkg.ttl");
        String q = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX d: <https://dipkg.org/ontology#> "
                + "SELECT ?n WHERE { ?c skos:inScheme d:%s ; skos:notation ?n }";
        for (var e : Map.of("ActionScheme", Cues.ACTIONS, "StatusScheme", Cues.STATUSES).entrySet()) {
            java.util.Set<String> terms = new java.util.TreeSet<>();
            try (var x = org.apache.jena.query.QueryExecutionFactory.create(String.format(q, e.getKey()), m)) {
                x.execSelect().forEachRemaining(r -> terms.add(r.getLiteral("n").getString()));
            }
            assertEquals(terms, new java.util.TreeSet<>(e.getValue()), e.getKey());
        }
    }

    @Test
    void aSegmentWordWithATagThatIsNoPartOfSpeechIsRefused() throws IOException {
        RuleData data = user("segment-words", "word,tag\n高级别,Adjective\n");
        String m = assertThrows(IllegalArgumentException.class, () -> new org.dipkg.extract.Extractor(data)).getMessage();
        assertTrue(m.startsWith(dir.resolve("segment-words.csv") + ":2: tag 'Adjective'"), m);
    }

    @Test
    void aStateAddedWithItsShortFormNamesItsSideAndItsCompoundWithChina() throws IOException {
        RuleData data = user("entities", "type,name,en,country,kind,short\nPlace,冰岛,Iceland,IS,country,冰\n");
        Lexicon lexicon = new Lexicon(data);
        Cues cues = new Cues(data, lexicon.countries(), lexicon.shortForms());
        assertEquals("IS", cues.parties.get("冰岛"));
        assertEquals("IS", cues.parties.get("冰方"));
        assertEquals("CN+IS", cues.parties.get("中冰"));
        assertTrue(cues.isCompound("中冰") && !cues.isCompound("冰岛"));
    }

    @Test
    void aShortFormTwoStatesShareNamesEitherOfThem() {
        Lexicon lexicon = new Lexicon(RuleData.bundled());
        Cues cues = new Cues(RuleData.bundled(), lexicon.countries(), lexicon.shortForms());
        assertEquals("BR|PK", cues.parties.get("巴方"));
        assertEquals("CN+BR|CN+PK", cues.parties.get("中巴"));
    }

    @Test
    void aSecondParticleForOneRoleIsRefused() throws IOException {
        assertTrue(cuesRefusal("particles", "word,role\n之,attribution\n").contains("a second particle for role 'attribution'"));
    }
}
