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

    /**
     * The violations by the source document whose part of the graph holds their focus node (its
     * {@code dipkg:path}: the node's own source, or that of a node pointing to it); those of no source under
     * the empty key. Empty when the graph conforms.
     */
    public java.util.Map<String, List<String>> violationsBySource(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        java.util.Map<String, List<String>> out = new java.util.TreeMap<>();
        for (ReportEntry e : report.getEntries()) {
            String line = e.focusNode() + " " + (e.resultPath() == null ? "" : e.resultPath() + " ") + e.message();
            java.util.Set<String> sources = sourcesOf(data, e.focusNode());
            if (sources.isEmpty()) {
                data.find(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, e.focusNode())
                        .forEach(t -> sources.addAll(sourcesOf(data, t.getSubject())));
            }
            for (String s : sources.isEmpty() ? java.util.Set.of("") : sources) {
                out.computeIfAbsent(s, k -> new ArrayList<>()).add(line);
            }
        }
        out.values().forEach(l -> l.sort(null));
        return out;
    }

    private static java.util.Set<String> sourcesOf(Graph data, org.apache.jena.graph.Node node) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        data.find(node, Vocab.PROV_WAS_DERIVED_FROM.asNode(), org.apache.jena.graph.Node.ANY).forEach(t ->
                data.find(t.getObject(), DIPKG.path.asNode(), org.apache.jena.graph.Node.ANY)
                        .forEach(p -> out.add(p.getObject().getLiteralLexicalForm())));
        return out;
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
