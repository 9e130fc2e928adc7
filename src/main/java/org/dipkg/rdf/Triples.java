package org.dipkg.rdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/**
 * The triples of one document's part of the graph, in the order made. Nodes come from a cache shared by
 * all parts of one build, so a graph of millions of triples holds each IRI and literal once.
 */
final class Triples {

    /** One node per distinct IRI or literal; safe to share between threads. */
    static final class Nodes {
        private record LiteralKey(String lexical, String lang, RDFDatatype type) {
        }

        private final Map<String, Node> uris = new ConcurrentHashMap<>();
        private final Map<LiteralKey, Node> literals = new ConcurrentHashMap<>();
        private final AtomicReferenceArray<Node> confidences = new AtomicReferenceArray<>(101);
        private static final int OFFSETS = 1 << 16;
        /** The offsets of the first {@link #OFFSETS} characters, by value: every citation states two. */
        private final AtomicReferenceArray<Node> offsets = new AtomicReferenceArray<>(OFFSETS);

        Node uri(String iri) {
            Node n = uris.get(iri);
            return n != null ? n : uris.computeIfAbsent(iri, NodeFactory::createURI);
        }

        Node text(String lexical, String lang) {
            return literals.computeIfAbsent(new LiteralKey(lexical, lang, null),
                    k -> NodeFactory.createLiteralLang(k.lexical(), k.lang()));
        }

        Node typed(String lexical, RDFDatatype type) {
            return literals.computeIfAbsent(new LiteralKey(lexical, "", type),
                    k -> NodeFactory.createLiteralDT(k.lexical(), k.type()));
        }

        Node string(String lexical) {
            return typed(lexical, XSDDatatype.XSDstring);
        }

        Node integer(long n) {
            return typed(Long.toString(n), XSDDatatype.XSDinteger);
        }

        /** A text offset, xsd:nonNegativeInteger. */
        Node offset(int n) {
            if (n < 0 || n >= OFFSETS) {
                return typed(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger);
            }
            return byIndex(offsets, n, () -> typed(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger));
        }

        /** A confidence in [0, 1], to two decimals, xsd:decimal. */
        Node confidence(double c) {
            int hundredths = (int) Math.round(Math.max(0, Math.min(1, c)) * 100);
            return byIndex(confidences, hundredths,
                    () -> NodeFactory.createLiteralByValue(BigDecimal.valueOf(hundredths, 2), XSDDatatype.XSDdecimal));
        }

        /** The node kept at {@code i} of a table, made and kept there the first time. */
        private static Node byIndex(AtomicReferenceArray<Node> table, int i, java.util.function.Supplier<Node> make) {
            Node n = table.get(i);
            if (n == null) {
                table.compareAndSet(i, null, make.get());
                n = table.get(i);
            }
            return n;
        }
    }

    /** A string literal made afresh, for text that is rarely repeated (a quote and its context). */
    static Node string(String lexical) {
        return NodeFactory.createLiteralString(lexical);
    }

    private final Nodes nodes;
    private final List<Triple> list = new ArrayList<>();

    Triples(Nodes nodes) {
        this.nodes = nodes;
    }

    Nodes nodes() {
        return nodes;
    }

    List<Triple> list() {
        return list;
    }

    Node uri(String iri) {
        return nodes.uri(iri);
    }

    Triples add(Node s, Property p, Node o) {
        list.add(Triple.create(s, p.asNode(), o));
        return this;
    }

    Triples add(Node s, Property p, Resource o) {
        return add(s, p, o.asNode());
    }
}
