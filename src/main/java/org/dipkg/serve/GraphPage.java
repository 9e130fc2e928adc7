package org.dipkg.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.dipkg.rdf.Vocab;

/**
 * A picture of a node's neighbourhood: the node, what it points to and what points to it (a commitment's
 * parties, mechanism, meeting, sources and set; a set's members), drawn by ECharts' graph series, each
 * node labelled by its Simplified label and linking to its own picture; the node's values beside it.
 */
final class GraphPage {
    private static final String PAGE = "org/dipkg/serve/graph.html";
    /** The most neighbours drawn each way: a node cited by many sources stays readable. */
    private static final int MAX_EDGES = 80;

    private GraphPage() {
    }

    /** The page for {@code iri}, or null when the graph has no such node. */
    static String html(Dataset ds, String iri) {
        JsonObject g = org.apache.jena.system.Txn.calculateRead(ds, () -> graph(ds.getDefaultModel(), iri));
        if (g == null) {
            return null;
        }
        return Resources.withCharts(PAGE)
                .replace("/*GRAPH*/", g.toString().replace("</", "<\\/"))
                .replace("/*TITLE*/", escape(g.get("label").getAsString().value()));
    }

    private static JsonObject graph(Model m, String iri) {
        Resource center = m.createResource(iri);
        if (!m.contains(center, null, (RDFNode) null) && !m.contains(null, null, center)) {
            return null;
        }
        Map<String, JsonObject> nodes = new LinkedHashMap<>();
        JsonArray links = new JsonArray();
        JsonArray values = new JsonArray();
        node(nodes, center);
        int out = 0;
        for (Statement s : m.listStatements(center, null, (RDFNode) null).toList()) {
            if (s.getObject().isURIResource() && !s.getPredicate().equals(RDF.type)) {
                if (out++ < MAX_EDGES) {
                    node(nodes, s.getResource());
                    links.add(link(center.getURI(), s.getResource().getURI(), s.getPredicate().getLocalName()));
                }
            } else if (s.getObject().isLiteral()) {
                JsonObject v = new JsonObject();
                v.put("p", s.getPredicate().getLocalName());
                v.put("o", s.getLiteral().getLexicalForm());
                values.add(v);
            }
        }
        int in = 0;
        for (Statement s : m.listStatements(null, null, center).toList()) {
            if (s.getSubject().isURIResource() && in++ < MAX_EDGES) {
                node(nodes, s.getSubject());
                links.add(link(s.getSubject().getURI(), center.getURI(), s.getPredicate().getLocalName()));
            }
        }
        JsonObject g = new JsonObject();
        g.put("iri", iri);
        g.put("label", nodes.get(iri).get("name").getAsString().value());
        JsonArray ns = new JsonArray();
        nodes.values().forEach(ns::add);
        g.put("nodes", ns);
        g.put("links", links);
        g.put("values", values);
        return g;
    }

    private static void node(Map<String, JsonObject> nodes, Resource r) {
        nodes.computeIfAbsent(r.getURI(), k -> {
            JsonObject o = new JsonObject();
            o.put("id", k);
            o.put("iri", k);
            o.put("name", label(r));
            Statement type = r.getProperty(RDF.type);
            o.put("type", type == null || !type.getObject().isURIResource() ? "other" : type.getResource().getLocalName());
            return o;
        });
    }

    /** The node's Simplified label, else any label, else the end of its IRI. */
    private static String label(Resource r) {
        String any = null;
        for (Statement s : r.listProperties(Vocab.SKOS_PREF_LABEL).toList()) {
            if (s.getObject().isLiteral()) {
                if ("zh-Hans".equals(s.getLanguage())) {
                    return s.getString();
                }
                any = s.getString();
            }
        }
        if (any != null) {
            return any;
        }
        String uri = r.getURI();
        int cut = Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('#'));
        try {
            return java.net.URLDecoder.decode(uri.substring(cut + 1), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return uri.substring(cut + 1); // a % that starts no escape
        }
    }

    private static JsonObject link(String from, String to, String label) {
        JsonObject l = new JsonObject();
        l.put("source", from);
        l.put("target", to);
        l.put("label", label);
        return l;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
