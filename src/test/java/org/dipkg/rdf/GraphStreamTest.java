package org.dipkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.dipkg.extract.DocumentAnalysis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The graph is built a document at a time; the merges that need every document come at the end. */
class GraphStreamTest {
    static List<DocumentAnalysis> docs;

    @BeforeAll
    static void load() throws Exception {
        MergeRuleTest.load();
        docs = List.of(
                MergeRuleTest.doc("a.txt", "两国元首同意恢复中美海上军事安全磋商机制会议。双方宣布五点共识：一是建立对话，二是重启磋商。"),
                MergeRuleTest.doc("b.txt", "两国元首同意恢复中美海空军事安全磋商机制会议。"),
                MergeRuleTest.doc("c.txt", "两国元首同意建立人工智能政府间对话。"));
    }

    @Test
    void partsMadeOnOtherThreadsGiveTheGraphOfOneBuild() {
        GraphBuilder.Built whole = new GraphBuilder(true).build(docs);
        GraphBuilder streamed = new GraphBuilder(true);
        List<GraphBuilder.Part> parts = new ArrayList<>(docs.parallelStream().map(streamed::part).toList());
        parts.forEach(streamed::add);
        GraphBuilder.Built built = streamed.finish();
        assertTrue(whole.dataset().getDefaultModel().isIsomorphicWith(built.dataset().getDefaultModel()));
        assertEquals(whole.rows(), built.rows());
        for (DocumentAnalysis d : docs) {
            String g = Iris.source(d.document().id());
            assertTrue(whole.dataset().getNamedModel(g).isIsomorphicWith(built.dataset().getNamedModel(g)), g);
        }
    }

    @Test
    void aNodeMergedAtTheEndIsRenamedInEverySourceGraphAndRow() {
        GraphBuilder.Built b = new GraphBuilder(true).build(docs);
        Map<String, Set<String>> m = MergeRuleTest.nodesByText(b, "Mechanism");
        Set<String> merged = m.get("中美海上军事安全磋商机制会议");
        assertEquals(merged, m.get("中美海空军事安全磋商机制会议"));
        String kept = merged.iterator().next();
        String gone = Iris.entity("mechanism", new KeyRules(org.dipkg.rules.RuleData.bundled()).mechanismKey(
                kept.endsWith(Iris.key("海上军事安全磋商机制会议")) ? "中美海空军事安全磋商机制会议" : "中美海上军事安全磋商机制会议", new java.util.TreeSet<>()));
        Node goneNode = NodeFactory.createURI(gone);
        List<Graph> graphs = new ArrayList<>();
        graphs.add(b.dataset().asDatasetGraph().getDefaultGraph());
        b.dataset().asDatasetGraph().listGraphNodes().forEachRemaining(g -> graphs.add(b.dataset().asDatasetGraph().getGraph(g)));
        for (Graph g : graphs) {
            assertFalse(g.contains(goneNode, Node.ANY, Node.ANY) || g.contains(Node.ANY, Node.ANY, goneNode), gone);
        }
        assertTrue(b.dataset().getNamedModel(Iris.source("b.txt")).containsResource(
                b.dataset().getDefaultModel().getResource(kept)), "b's own graph names the merged node");
        assertTrue(b.rows().stream().noneMatch(r -> r.node().equals(gone)));
        assertEquals(2L, b.dataset().getDefaultModel().getResource(kept).getProperty(DIPKG.sourceCount).getLong());
    }

    @Test
    void aFinishedGraphTakesNoMoreParts() {
        GraphBuilder builder = new GraphBuilder(false);
        GraphBuilder.Part p = builder.part(docs.get(0));
        builder.finish();
        assertThrows(IllegalStateException.class, () -> builder.add(p));
    }

    @Test
    void withoutNamedGraphsOnlyTheMergedGraphIsKept() {
        GraphBuilder.Built b = new GraphBuilder(false).build(docs);
        assertFalse(b.dataset().listNames().hasNext());
        assertTrue(b.dataset().getDefaultModel().size() > 0);
    }
}
