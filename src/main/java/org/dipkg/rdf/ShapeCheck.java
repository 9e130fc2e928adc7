package org.dipkg.rdf;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/** Checks a graph against {@code ontology/shapes.ttl} (jena-shacl) and returns the violations. */
public final class ShapeCheck {
    private final Shapes shapes;

    public ShapeCheck() {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = ShapeCheck.class.getClassLoader().getResourceAsStream("ontology/shapes.ttl")) {
            if (in == null) {
                throw new IllegalStateException("ontology/shapes.ttl is missing from the jar");
            }
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        shapes = Shapes.parse(m.getGraph());
    }

    /** One line per violation: focus node, path and message; empty when the graph conforms. */
    public List<String> violations(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<String> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            out.add(e.focusNode() + " " + (e.resultPath() == null ? "" : e.resultPath() + " ") + e.message());
        }
        out.sort(null);
        return out;
    }
}
