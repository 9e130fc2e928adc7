package org.dipkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class ShapeCheckTest {
    private final ShapeCheck check = new ShapeCheck();

    @Test
    void aCommitmentWithoutPartyOrEvidenceViolatesTheShapes() {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(Iris.BASE + "commitment/x").addProperty(RDF.type, DIPKG.Commitment)
                .addProperty(RDFS.label, "某项承诺").addProperty(DIPKG.kind, "agreement")
                .addProperty(DIPKG.action, DIPKG.action_establish).addProperty(DIPKG.polarity, DIPKG.polarity_positive)
                .addProperty(DIPKG.objectText, "某项承诺");
        List<String> v = check.violations(m.getGraph());
        assertTrue(v.stream().anyMatch(l -> l.contains("party")), v.toString());
        assertTrue(v.stream().anyMatch(l -> l.contains("evidence")), v.toString());
    }

    @Test
    void aKindOutsideTheContractViolatesTheShapes() {
        Model m = ModelFactory.createDefaultModel();
        Resource cn = m.createResource(Iris.country("CN")).addProperty(RDF.type, DIPKG.Country)
                .addProperty(DIPKG.isoCode, "CN");
        m.createResource(Iris.BASE + "commitment/x").addProperty(RDF.type, DIPKG.Commitment)
                .addProperty(DIPKG.kind, "wish").addProperty(DIPKG.party, cn);
        assertTrue(check.violations(m.getGraph()).stream().anyMatch(l -> l.contains("kind")));
    }

    @Test
    void anEmptyGraphConforms() {
        assertEquals(List.of(), check.violations(ModelFactory.createDefaultModel().getGraph()));
    }
}
