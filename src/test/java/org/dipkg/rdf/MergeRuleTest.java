package org.dipkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dipkg.extract.DocumentAnalysis;
import org.dipkg.extract.Extractor;
import org.dipkg.rules.RuleData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MergeRuleTest {
    static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = new Extractor(RuleData.bundled());
    }

    /** A document of a meeting between two leaders, so that 两国 has parties. */
    static DocumentAnalysis doc(String id, String text) throws Exception {
        String full = "国家主席习近平同美国总统拜登举行会晤。\n" + text;
        return extractor.analyse(extractor.read(Path.of(id), id, full.getBytes(StandardCharsets.UTF_8)));
    }

    static Map<String, Set<String>> nodesByText(GraphBuilder.Built b, String type) {
        return b.rows().stream().filter(r -> r.type().equals(type))
                .collect(Collectors.groupingBy(MentionRow::text, Collectors.mapping(MentionRow::node,
                        Collectors.toCollection(TreeSet::new))));
    }

    @Test
    void aOneCharacterGarbleInALongNameAcrossSourcesIsOneNode() throws Exception {
        GraphBuilder.Built b = new GraphBuilder().build(List.of(
                doc("a.txt", "两国元首同意恢复中美海上军事安全磋商机制会议。"),
                doc("b.txt", "两国元首同意恢复中美海空军事安全磋商机制会议。")));
        Map<String, Set<String>> m = nodesByText(b, "Mechanism");
        assertEquals(m.get("中美海上军事安全磋商机制会议"), m.get("中美海空军事安全磋商机制会议"));
        Map<String, Set<String>> c = nodesByText(b, "Commitment");
        assertEquals(c.get("恢复中美海上军事安全磋商机制会议"), c.get("恢复中美海空军事安全磋商机制会议"));
    }

    @Test
    void shortNamesOneCharacterApartStayApart() throws Exception {
        GraphBuilder.Built b = new GraphBuilder().build(List.of(
                doc("a.txt", "两国元首同意重启中美农业联委会。"),
                doc("b.txt", "两国元首同意重启中美商业联委会。")));
        Map<String, Set<String>> m = nodesByText(b, "Mechanism");
        assertNotEquals(m.get("中美农业联委会"), m.get("中美商业联委会"));
    }

    @Test
    void twoNamesInOneDocumentNeverMergeAsAGarble() throws Exception {
        GraphBuilder.Built b = new GraphBuilder().build(List.of(
                doc("a.txt", "两国元首同意恢复中美海上军事安全磋商机制会议，恢复中美海空军事安全磋商机制会议。")));
        Map<String, Set<String>> m = nodesByText(b, "Mechanism");
        assertNotEquals(m.get("中美海上军事安全磋商机制会议"), m.get("中美海空军事安全磋商机制会议"));
    }

    @Test
    void aDialogueAndItsDialogueMechanismAreOneNode() throws Exception {
        GraphBuilder.Built b = new GraphBuilder().build(List.of(
                doc("a.txt", "两国元首同意建立数字经济政府间对话。"),
                doc("b.txt", "两国元首同意建立数字经济政府间对话机制。")));
        Set<String> nodes = new TreeSet<>();
        nodesByText(b, "Commitment").values().forEach(nodes::addAll);
        assertEquals(1, nodes.size(), nodes.toString());
    }

    @Test
    void distinctMechanismsInOneListStayDistinct() throws Exception {
        GraphBuilder.Built b = new GraphBuilder().build(List.of(
                doc("a.txt", "两国元首同意恢复两军高层沟通、中美国防部工作会晤。")));
        Map<String, Set<String>> m = nodesByText(b, "Mechanism");
        assertNotEquals(m.get("两军高层沟通"), m.get("中美国防部工作会晤"));
    }

    @Test
    void traditionalAndSimplifiedWordingsAreOneNodeWithBothLabels() throws Exception {
        GraphBuilder.Built b = new GraphBuilder().build(List.of(
                doc("a.txt", "两国元首同意建立人工智能政府间对话。"),
                doc("b.txt", "兩國元首同意建立人工智能政府間對話。")));
        Set<String> nodes = new TreeSet<>();
        nodesByText(b, "Mechanism").values().forEach(nodes::addAll);
        assertEquals(1, nodes.size());
        var node = b.dataset().getDefaultModel().getResource(nodes.iterator().next());
        Set<String> langs = new TreeSet<>();
        node.listProperties(org.apache.jena.vocabulary.RDFS.label).forEach(s -> langs.add(s.getLanguage()));
        assertTrue(langs.containsAll(Set.of("zh-Hans", "zh-Hant")), langs.toString());
    }

    @Test
    void keysIgnoreScriptPunctuationAndATrailingMechanismWord() {
        assertEquals(MergeKeys.mechanismKey("人工智能政府间对话机制"), MergeKeys.mechanismKey("人工智能政府间对话"));
        assertEquals("对话机制", MergeKeys.mechanismKey("对话机制"));
    }
}
