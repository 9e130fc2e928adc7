package org.dipkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.dipkg.pipeline.Pipeline;
import org.dipkg.rdf.DIPKG;
import org.dipkg.rdf.MentionRow;
import org.dipkg.rdf.ShapeCheck;
import org.dipkg.rules.RuleData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole pipeline on the five seed documents. */
class SeedExtractionIT {
    static final Path SEEDS = Path.of("seeds");
    static Pipeline.Result serial;
    static Pipeline.Result parallel;

    @BeforeAll
    static void extract() {
        serial = new Pipeline(RuleData.bundled(), 1).run(List.of(SEEDS), m -> { });
        parallel = new Pipeline(RuleData.bundled(), 2).run(List.of(SEEDS), m -> { });
    }

    @Test
    void readsTheFiveSeedsAndNotTheGold() {
        assertEquals(List.of(), serial.failures());
        assertEquals(5, serial.sources().size());
        assertTrue(serial.graph().rows().stream().noneMatch(r -> r.doc().contains("gold")));
    }

    @Test
    void everyRowsOffsetsSelectItsTextInTheOriginalFile() throws IOException {
        int checked = 0;
        for (MentionRow r : serial.graph().rows()) {
            String original = Files.readString(SEEDS.resolve(r.doc()), StandardCharsets.UTF_8);
            int[] cps = original.codePoints().toArray();
            assertEquals(r.text(), new String(cps, r.start(), r.end() - r.start()), r.toString());
            checked++;
        }
        assertTrue(checked > 100, "rows checked: " + checked);
    }

    @Test
    void keepsTraditionalCharactersAndOcrLineBreaksInTheRowText() {
        assertTrue(serial.graph().rows().stream().anyMatch(r -> r.doc().startsWith("003") && r.text().contains("對話")));
        assertTrue(serial.graph().rows().stream().anyMatch(r -> r.doc().startsWith("000") && r.text().contains("\n")));
    }

    @Test
    void usesOnlyTermsTheOntologyDeclares() {
        Model onto = RDFDataMgr.loadModel("ontology/dipkg.ttl");
        Set<String> undeclared = new TreeSet<>();
        Model g = serial.graph().dataset().getDefaultModel();
        for (Statement st : g.listStatements().toList()) {
            check(onto, st.getPredicate(), undeclared);
            if (st.getPredicate().equals(RDF.type) || st.getObject().isURIResource()) {
                check(onto, st.getObject(), undeclared);
            }
        }
        assertEquals(Set.of(), undeclared);
    }

    private static void check(Model onto, RDFNode n, Set<String> undeclared) {
        if (n.isURIResource() && n.asResource().getURI().startsWith(DIPKG.NS)
                && !onto.contains(n.asResource(), RDF.type)) {
            undeclared.add(n.asResource().getURI());
        }
    }

    @Test
    void conformsToTheShapes() {
        assertEquals(List.of(), new ShapeCheck().violations(serial.graph().dataset().getDefaultModel().getGraph()));
    }

    @Test
    void holdsTheFivePillarsAndTheFivePledgesAsCompleteSets() {
        Model g = serial.graph().dataset().getDefaultModel();
        int complete = 0;
        for (var set : g.listSubjectsWithProperty(RDF.type, DIPKG.CountedSet).toList()) {
            if (set.hasLiteral(DIPKG.complete, true) && set.getProperty(DIPKG.statedSize).getInt() == 5) {
                complete++;
            }
        }
        assertEquals(2, complete);
    }

    @Test
    void holdsOneNodeForTheAiDialogueCitedByEverySourceThatStatesIt() {
        Set<String> nodes = new TreeSet<>();
        Set<String> docs = new TreeSet<>();
        for (MentionRow r : serial.graph().rows()) {
            if (r.type().equals("Mechanism") && r.text().replaceAll("\\s", "").matches("人工智能政府[间間][对對]话?話?(机制)?")) {
                nodes.add(r.node());
                docs.add(r.doc().substring(0, 3));
            }
        }
        assertEquals(1, nodes.size(), nodes.toString());
        assertEquals(Set.of("001", "002", "003", "004"), docs);
    }

    @Test
    void holdsOneNodeForTheMaritimeTalksWithBothWordings() {
        Model g = serial.graph().dataset().getDefaultModel();
        Set<String> nodes = new TreeSet<>();
        Set<String> labels = new TreeSet<>();
        for (MentionRow r : serial.graph().rows()) {
            if (r.type().equals("Mechanism") && r.text().replaceAll("\\s", "").matches("中美海[上空]军事安全磋商机制会议")) {
                nodes.add(r.node());
            }
        }
        assertEquals(1, nodes.size(), nodes.toString());
        g.getResource(nodes.iterator().next()).listProperties(RDFS.label).forEach(st -> labels.add(st.getString()));
        assertTrue(labels.containsAll(Set.of("中美海上军事安全磋商机制会议", "中美海空军事安全磋商机制会议")), labels.toString());
    }

    @Test
    void reportsTheGarbledWordingsSideBySide() {
        Set<String> pairs = new TreeSet<>();
        serial.graph().variance().wordings().forEach(w -> pairs.add(w.leftDiff() + "/" + w.rightDiff()));
        assertTrue(pairs.containsAll(Set.of("海上/海空", "2020/2024", "责成双方团队/肯定中方团队")), pairs.toString());
    }

    @Test
    void everyCannedQueryParsesAndTheVarianceQueriesFindRows() throws IOException {
        Model g = serial.graph().dataset().getDefaultModel();
        try (var files = Files.list(Path.of("queries"))) {
            for (Path q : files.filter(p -> p.toString().endsWith(".rq")).toList()) {
                try (var exec = org.apache.jena.query.QueryExecutionFactory.create(Files.readString(q), g)) {
                    int rows = 0;
                    var rs = exec.execSelect();
                    while (rs.hasNext()) {
                        rs.next();
                        rows++;
                    }
                    assertTrue(rows > 0, q + " returned no rows");
                }
            }
        }
    }

    @Test
    void givesTheSameGraphAndRowsOnEveryRunAndThreadCount() {
        Pipeline.Result again = new Pipeline(RuleData.bundled(), 1).run(List.of(SEEDS), m -> { });
        assertTrue(serial.graph().dataset().getDefaultModel().isIsomorphicWith(again.graph().dataset().getDefaultModel()));
        assertTrue(serial.graph().dataset().getDefaultModel()
                .isIsomorphicWith(parallel.graph().dataset().getDefaultModel()));
        assertEquals(serial.graph().rows(), parallel.graph().rows());
    }
}
