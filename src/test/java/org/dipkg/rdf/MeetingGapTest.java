package org.dipkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.dipkg.extract.DocumentAnalysis;
import org.dipkg.extract.Extractor;
import org.dipkg.rules.RuleData;
import org.junit.jupiter.api.Test;

class MeetingGapTest {
    private static final String US_MEETING = "2023年11月15日，国家主席习近平同美国总统拜登举行会晤。\n";
    private static final String FR_MEETING = "2024年5月6日，国家主席习近平同法国总统马克龙举行会谈。\n";

    private static VarianceFinder.Meetings meetings(String... docAndMeeting) {
        Map<String, String> m = new TreeMap<>();
        for (int i = 0; i < docAndMeeting.length; i += 2) {
            m.put(docAndMeeting[i], docAndMeeting[i + 1]);
        }
        return new VarianceFinder.Meetings(m);
    }

    @Test
    void anItemIsMissingFromTheOtherSourcesOfItsMeetingInDocumentOrder() {
        VarianceFinder.Meetings m = meetings("d3", "A", "d1", "A", "d2", "A");
        assertEquals(List.of("d1", "d3"), m.missing(Set.of("d2")));
        assertEquals(List.of(), m.missing(Set.of("d1", "d2", "d3")));
    }

    @Test
    void sourcesOfAnotherMeetingNeverLeaveAnItemOut() {
        VarianceFinder.Meetings m = meetings("a1", "A", "a2", "A", "b1", "B", "b2", "B");
        assertEquals(List.of("a2"), m.missing(Set.of("a1")));
        assertEquals(List.of("a1", "b2"), m.missing(Set.of("a2", "b1")));
    }

    @Test
    void aSourceOfUnknownMeetingCountsWhenTheSourcesReportOneMeeting() {
        Map<String, String> docs = new HashMap<>();
        docs.put("a1", "A");
        docs.put("a2", "A");
        docs.put("u", null);
        VarianceFinder.Meetings m = new VarianceFinder.Meetings(new TreeMap<>(docs));
        assertEquals(List.of("a2", "u"), m.missing(Set.of("a1")));
        // stated by the unknown source alone, it is missing from the others of unknown meeting only
        docs.put("v", null);
        assertEquals(List.of("v"), new VarianceFinder.Meetings(new TreeMap<>(docs)).missing(Set.of("u")));
    }

    @Test
    void aSourceOfUnknownMeetingIsNotPlacedWhenTheSourcesReportSeveralMeetings() {
        Map<String, String> docs = new HashMap<>();
        docs.put("a1", "A");
        docs.put("a2", "A");
        docs.put("b1", "B");
        docs.put("u", null);
        docs.put("v", null);
        VarianceFinder.Meetings m = new VarianceFinder.Meetings(new TreeMap<>(docs));
        assertEquals(List.of("a2"), m.missing(Set.of("a1")));
        assertEquals(List.of(), m.missing(Set.of("u")));
    }

    @Test
    void inAGraphOfTwoMeetingsAnItemIsMissingFromItsOwnMeetingsSourcesAlone() throws Exception {
        Extractor x = new Extractor(RuleData.bundled());
        List<DocumentAnalysis> docs = new java.util.ArrayList<>();
        for (String[] d : new String[][] {
            {"a1.txt", US_MEETING + "两国元首同意建立中美林业政府间对话。"},
            {"a2.txt", US_MEETING + "两国元首同意扩大农产品贸易。"},
            {"b1.txt", FR_MEETING + "两国元首同意建立中法森林防火对话。"},
            {"u.txt", "国家主席习近平同美国总统拜登举行会晤。\n两国元首同意建立中美林业政府间对话。"}}) {
            docs.add(x.analyse(x.read(Path.of(d[0]), d[0], d[1].getBytes(StandardCharsets.UTF_8))));
        }
        GraphBuilder.Built b = new GraphBuilder().build(docs);
        Map<String, List<String>> missing = new TreeMap<>();
        b.variance().gaps().forEach(g -> missing.put(g.label(), g.missingFrom()));
        assertEquals(List.of("a1.txt"), missing.get("扩大农产品贸易"), missing.toString());
        assertEquals(List.of("a2.txt"), missing.get("中美林业政府间对话"), missing.toString());
        assertEquals(null, missing.get("中法森林防火对话"), missing.toString());
    }
}
