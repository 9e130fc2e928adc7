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
    private static final KeyRules KEYS = new KeyRules(org.dipkg.rules.RuleData.bundled());

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
    void rowsStayOnePerDocumentAndNodeWhenTwoNamesOfADocumentMergeThroughAThird() throws Exception {
        GraphBuilder.Built b = new GraphBuilder().build(List.of(
                doc("a.txt", "两国元首同意建立中美森林防火政府间合作对话，建立中美森林防汛政府间合作对话。"),
                doc("b.txt", "两国元首同意建立中美森林防灾政府间合作对话。")));
        Set<String> nodes = new TreeSet<>();
        nodesByText(b, "Mechanism").values().forEach(nodes::addAll);
        assertEquals(1, nodes.size(), nodes.toString());
        List<String> rows = b.rows().stream().map(r -> r.doc() + " " + r.node()).toList();
        assertEquals(new TreeSet<>(rows).size(), rows.size(), rows.toString());
    }

    @Test
    void setsOfOneLabelInTwoDocumentsStayTwoUnlessTheyShareMembers() throws Exception {
        GraphBuilder.Built b = new GraphBuilder().build(List.of(
                doc("a.txt", "习近平提出三点倡议：一是加强航运合作，二是扩大农业贸易，三是便利人员往来。"),
                doc("b.txt", "习近平提出三点倡议：一是深化能源合作，二是拓展数字经济，三是共建职业学校。"),
                doc("c.txt", "习近平提出三点倡议：一是加强航运合作，二是扩大农业贸易，三是便利人员往来。")));
        Map<String, Set<String>> sets = new java.util.TreeMap<>();
        b.dataset().getDefaultModel().listStatements(null, org.dipkg.rdf.DIPKG.memberOf, (org.apache.jena.rdf.model.RDFNode) null)
                .forEachRemaining(s -> sets.computeIfAbsent(s.getObject().asResource().getURI(), k -> new TreeSet<>())
                        .add(s.getSubject().getURI()));
        assertEquals(2, sets.size(), sets.toString()); // a's and c's, which share their members, and b's
        assertTrue(sets.values().stream().allMatch(m -> m.size() == 3), sets.toString());
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

    private static final java.util.SortedSet<String> NO_SIDES = new TreeSet<>();

    @Test
    void keysIgnoreScriptPunctuationAndATrailingMechanismWord() {
        assertEquals(KEYS.mechanismKey("人工智能政府间对话机制", NO_SIDES), KEYS.mechanismKey("人工智能政府间对话", NO_SIDES));
        assertEquals("对话机制", KEYS.mechanismKey("对话机制", NO_SIDES));
    }

    /** Random keys of 8 to 13 characters over a small alphabet, with one-character variants planted among them. */
    private static Map<String, Set<String>> keysWithGarbles(java.util.Random r, int count) {
        Map<String, Set<String>> docsByKey = new java.util.TreeMap<>();
        List<String> made = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            String k;
            if (!made.isEmpty() && r.nextInt(3) == 0) {
                char[] c = made.get(r.nextInt(made.size())).toCharArray();
                c[r.nextInt(c.length)] = (char) ('\u4e00' + r.nextInt(6));
                k = new String(c);
            } else {
                StringBuilder b = new StringBuilder();
                for (int n = 8 + r.nextInt(6); n > 0; n--) {
                    b.append((char) ('\u4e00' + r.nextInt(6)));
                }
                k = b.toString();
            }
            made.add(k);
            docsByKey.computeIfAbsent(k, x -> new TreeSet<>()).add("d" + r.nextInt(count / 4 + 1));
        }
        return docsByKey;
    }

    /** The garble rule as stated, on every pair of keys. */
    private static Map<String, String> garblesPairwise(Map<String, Set<String>> docsByKey) {
        MergeKeys.UnionFind uf = new MergeKeys.UnionFind(List.copyOf(docsByKey.keySet()));
        List<String> keys = uf.keys();
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                String a = keys.get(i);
                String b = keys.get(j);
                int diff = 0;
                for (int c = 0; a.length() == b.length() && c < a.length(); c++) {
                    diff += a.charAt(c) == b.charAt(c) ? 0 : 1;
                }
                Set<String> common = new TreeSet<>(docsByKey.get(a));
                common.retainAll(docsByKey.get(b));
                if (a.length() == b.length() && diff == 1 && a.codePointCount(0, a.length()) >= MergeKeys.MIN_GARBLE_LENGTH
                        && common.isEmpty()) {
                    uf.union(i, j);
                }
            }
        }
        return uf.representatives();
    }

    @Test
    void garbleGroupsAreTheSameAsComparingEveryPairOfKeys() {
        java.util.Random r = new java.util.Random(7);
        for (int round = 0; round < 20; round++) {
            Map<String, Set<String>> keys = keysWithGarbles(r, 300);
            Map<String, String> expected = garblesPairwise(keys);
            assertTrue(expected.entrySet().stream().filter(e -> !e.getKey().equals(e.getValue())).count() > 5,
                    "the planted variants merge");
            assertEquals(expected, MergeKeys.clusterGarbles(keys));
        }
    }

    /** The set rule as stated: two sets sharing at least half of the smaller one's members, on every pair. */
    private static Map<String, String> setsPairwise(Map<String, Set<String>> members) {
        MergeKeys.UnionFind uf = new MergeKeys.UnionFind(List.copyOf(members.keySet()));
        List<String> keys = uf.keys();
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                Set<String> common = new TreeSet<>(members.get(keys.get(i)));
                common.retainAll(members.get(keys.get(j)));
                if (!common.isEmpty() && common.size() * 2 >= Math.min(members.get(keys.get(i)).size(),
                        members.get(keys.get(j)).size())) {
                    uf.union(i, j);
                }
            }
        }
        return uf.representatives();
    }

    @Test
    void setGroupsAreTheSameAsComparingEveryPairOfSets() {
        java.util.Random r = new java.util.Random(11);
        for (int round = 0; round < 20; round++) {
            Map<String, Set<String>> members = new java.util.TreeMap<>();
            for (int s = 0; s < 120; s++) {
                Set<String> m = new TreeSet<>();
                for (int n = 1 + r.nextInt(6); n > 0; n--) {
                    m.add("c" + r.nextInt(200));
                }
                members.put("set" + s, m);
            }
            Map<String, String> expected = setsPairwise(members);
            assertTrue(expected.entrySet().stream().filter(e -> !e.getKey().equals(e.getValue())).count() > 5,
                    "some sets merge");
            assertTrue(expected.values().stream().distinct().count() > 5, "not all sets merge");
            assertEquals(expected, MergeKeys.clusterSets(members));
        }
    }

    static DocumentAnalysis plain(String id, String text) throws Exception {
        return extractor.analyse(extractor.read(Path.of(id), id, text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void twoMeetingsOfDifferentPairsShareNoCommitmentNoSetAndNoMechanism() throws Exception {
        String points = "王毅提出五点建议：一是坚持相互尊重；二是深化互利合作；三是扩大人文交流；四是加强多边协作；五是妥善管控分歧。";
        GraphBuilder.Built b = new GraphBuilder().build(List.of(
                plain("au.txt", "外交部长王毅同澳大利亚外长举行会谈。\n双方同意恢复中澳外交与战略对话，加强经贸合作。" + points),
                plain("nz.txt", "外交部长王毅同新西兰外长举行会谈。\n双方同意恢复中新外交与战略对话，加强经贸合作。" + points)));
        Map<String, Set<String>> docsOfNode = b.rows().stream().filter(r -> !r.type().equals("Person")
                && !r.type().equals("Place")).collect(Collectors.groupingBy(MentionRow::node,
                Collectors.mapping(MentionRow::doc, Collectors.toCollection(TreeSet::new))));
        docsOfNode.forEach((node, docs) -> assertEquals(1, docs.size(), node + " is shared by " + docs));
        Set<String> sets = b.rows().stream().filter(r -> !r.set().isEmpty()).map(r -> r.doc() + " " + r.set())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(2, sets.size(), sets.toString());
        assertEquals(Set.of("中澳外交与战略对话", "中新外交与战略对话"), nodesByText(b, "Mechanism").keySet(),
                "each mechanism named in full with its pair");
    }

    @Test
    void theSamePairsCommitmentStatedInTwoSourcesIsOneNode() throws Exception {
        GraphBuilder.Built b = new GraphBuilder().build(List.of(
                doc("a.txt", "美方表示，美方不寻求同中国打新冷战。"),
                doc("b.txt", "拜登表示，美方不寻求同中国打新冷战。")));
        Set<String> nodes = nodesByText(b, "Commitment").values().stream().flatMap(Set::stream)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(1, nodes.size(), nodes.toString());
    }

    @Test
    void aSetStatedInOneDocumentAloneShowsItsLabelInTheRows() throws Exception {
        GraphBuilder.Built b = new GraphBuilder().build(List.of(plain("one.txt",
                "外交部长王毅同澳大利亚外长举行会谈。\n王毅提出三点建议：一是坚持相互尊重；二是深化互利合作；三是扩大人文交流。")));
        Set<String> sets = b.rows().stream().map(MentionRow::set).filter(x -> !x.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("三点建议"), sets);
    }
    @Test
    void aMechanismNamedWithoutItsPairIsThePairsOwnAndMergesOnlyWithinIt() throws Exception {
        GraphBuilder.Built b = new GraphBuilder().build(List.of(
                plain("au1.txt", "外交部长王毅同澳大利亚外长举行会谈。\n双方同意恢复中澳外交与战略对话。"),
                plain("au2.txt", "外交部长王毅同澳大利亚外长通电话。\n双方同意继续举行外交与战略对话。"),
                plain("nz.txt", "外交部长王毅同新西兰外长举行会谈。\n双方同意恢复外交与战略对话。")));
        Map<String, Set<String>> m = nodesByText(b, "Mechanism");
        assertEquals(m.get("中澳外交与战略对话"), m.get("外交与战略对话").stream()
                .filter(n -> n.contains("AU")).collect(Collectors.toSet()), m.toString());
        assertEquals(2, m.get("外交与战略对话").size(), "the pair-less names of two pairs are two nodes: " + m);
        var model = b.dataset().getDefaultModel();
        for (String node : m.get("外交与战略对话")) {
            Set<String> pair = new TreeSet<>();
            model.listObjectsOfProperty(model.getResource(node), DIPKG.between)
                    .forEachRemaining(c -> pair.add(c.asResource().getURI().replaceAll(".*/", "")));
            assertEquals(node.contains("AU") ? Set.of("AU", "CN") : Set.of("CN", "NZ"), pair, node);
        }
        String au = m.get("中澳外交与战略对话").iterator().next();
        assertEquals("中澳外交与战略对话", model.getResource(au).getProperty(Vocab.SKOS_PREF_LABEL).getString(),
                "named in full with its pair, whichever source named it so");
    }

    @Test
    void aGatheringOfManyNamedWithoutStatesIsNotTiedToTheMeetingsPair() throws Exception {
        GraphBuilder.Built b = new GraphBuilder().build(List.of(
                plain("au.txt", "外交部长王毅同澳大利亚外长举行会谈。\n双方同意共同办好全球海洋治理高峰论坛。"),
                plain("nz.txt", "外交部长王毅同新西兰外长举行会谈。\n双方同意共同办好全球海洋治理高峰论坛。")));
        Map<String, Set<String>> m = nodesByText(b, "Mechanism");
        assertEquals(1, m.values().stream().flatMap(Set::stream).distinct().count(), m.toString());
    }

    @Test
    void aLightVerbOrTheSideAddressedBetweenTwoVerbsDoesNotSplitACommitment() throws Exception {
        GraphBuilder.Built b = new GraphBuilder().build(List.of(
                doc("a.txt", "拜登表示，美方不寻求打“新冷战”。"),
                doc("b.txt", "拜登表示，美方不寻求新冷战。"),
                doc("e.txt", "拜登表示，美方不寻求同中国打新冷战。"),
                doc("c.txt", "拜登表示，美方支持打击跨国犯罪。"),
                doc("d.txt", "拜登表示，美方支持击跨国犯罪。")));
        Map<String, Set<String>> c = nodesByText(b, "Commitment");
        assertEquals(c.get("不寻求打“新冷战”"), c.get("不寻求新冷战"), c.toString());
        assertEquals(c.get("不寻求同中国打新冷战"), c.get("不寻求新冷战"), c.toString());
        assertNotEquals(c.get("支持打击跨国犯罪"), c.get("支持击跨国犯罪"), "打击 is a verb of its own: " + c);
    }
}
