package org.dipkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.Test;

/** Every canned query against the seed graph, and what an analyst must see in its answer. */
class CannedQueriesIT {
    static List<Map<String, String>> run(String name) {
        CannedQuery q = QueryCatalog.load().byName(name).orElseThrow(() -> new AssertionError("no query " + name));
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExecution exec = QueryExecutionFactory.create(q.text(), SeedGraph.get())) {
            ResultSet rs = exec.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Map<String, String> row = new TreeMap<>();
                s.varNames().forEachRemaining(v -> {
                    RDFNode n = s.get(v);
                    row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                });
                rows.add(row);
            }
        }
        return rows;
    }

    static List<String> column(List<Map<String, String>> rows, String var) {
        return rows.stream().map(r -> r.getOrDefault(var, "")).toList();
    }

    @Test
    void thereAreAtLeastTenCannedQueriesEachWithTitleAndDescription() {
        List<CannedQuery> all = QueryCatalog.load().all();
        assertTrue(all.size() >= 10, all.size() + " queries");
        for (CannedQuery q : all) {
            assertTrue(q.text().startsWith("# title:"), q.name());
            assertTrue(!q.description().isEmpty(), q.name());
        }
    }

    @Test
    void everyCannedQueryReturnsRows() {
        for (CannedQuery q : QueryCatalog.load().all()) {
            assertTrue(!run(q.name()).isEmpty(), q.name() + " returned nothing");
        }
    }

    @Test
    void theFivePillarsAreFiveProposalsOfChina() {
        List<Map<String, String>> pillars = run("five-pillars").stream()
                .filter(r -> r.get("set").endsWith("共同")).toList();
        assertEquals(5, pillars.size(), pillars.toString());
        assertTrue(pillars.stream().allMatch(r -> r.get("party").equals("CN") && r.get("proposal").startsWith("共同")));
    }

    @Test
    void theUsPledgesAreFiveAndAllDeny() {
        // the five-point commitment; the US's other pledges (不寻求同中国脱钩…) stand outside the set
        List<Map<String, String>> rows = run("us-pledges").stream().filter(r -> r.get("set") != null).toList();
        assertEquals(5, rows.size(), rows.toString());
        assertTrue(column(rows, "polarity").stream().allMatch("negative"::equals));
        assertTrue(column(rows, "pledge").contains("不寻求新冷战"));
    }

    @Test
    void agreementsFallIntoTheirDomains() {
        List<Map<String, String>> rows = run("agreements-by-domain");
        Map<String, String> domainOf = new TreeMap<>();
        rows.forEach(r -> domainOf.put(r.get("agreement"), r.get("domain")));
        assertEquals("AI", domainOf.get("建立人工智能政府间对话"));
        assertEquals("military", domainOf.get("恢复两军高层沟通"));
        assertEquals("climate", domainOf.get("2020年代国内减排行动"));
    }

    @Test
    void mechanismsShowWhatWasResumedAndRestarted() {
        List<Map<String, String>> rows = run("mechanisms-by-status");
        assertTrue(rows.stream().anyMatch(r -> r.get("status").equals("resumed") && r.get("mechanism").equals("两军高层沟通")));
        assertTrue(rows.stream().anyMatch(r -> r.get("status").equals("restarted") && r.get("mechanism").contains("农业联委会")));
        assertTrue(rows.stream().anyMatch(r -> r.get("status").equals("new") && r.get("mechanism").contains("人工智能")));
    }

    @Test
    void theSetsAreCompleteWhereTheTextCountsThem() {
        Map<String, String> complete = new TreeMap<>();
        run("counted-sets").forEach(r -> complete.put(r.get("set"), r.getOrDefault("complete", "")));
        assertEquals("true", complete.get("五点承诺"));
        assertEquals("true", complete.get("五个共同"));
    }

    @Test
    void leadersCarryTheirOfficeAndCountry() {
        List<Map<String, String>> rows = run("leaders-and-roles");
        assertTrue(rows.stream().anyMatch(r -> r.get("person").equals("拜登") && r.get("country").equals("US")
                && r.get("role").equals("总统") && r.get("wikidata").endsWith("Q6279")));
    }

    @Test
    void aQuotedItemIsCitedByEverySourceWithItsOffsets() {
        List<Map<String, String>> rows = run("sources-citing-an-item");
        assertTrue(column(rows, "source").containsAll(List.of("001_23ee9809a0489282.txt", "003_a90b4129984a1f03.txt")));
        assertTrue(rows.stream().allMatch(r -> Integer.parseInt(r.get("start")) < Integer.parseInt(r.get("end"))));
    }
}
