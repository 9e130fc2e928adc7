package org.dipkg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dipkg.eval.Scorer;
import org.dipkg.io.MentionsCsv;
import java.nio.file.Files;
import org.dipkg.pipeline.Pipeline;
import org.dipkg.rdf.MentionRow;
import org.dipkg.rules.RuleData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The regression guard: the headline figures on the seeds and on the development set (24 readouts with
 * their gold, and 40 domestic news items where nothing is to be found) must not fall below the floors
 * recorded here. Raise a floor when the extraction improves; never lower one to let a change pass.
 */
class EvaluationFloorIT {
    /** The development set, beside the project (as CI lays it out). */
    static final Path DEV = Path.of("..", "shared", "dev");

    static final Map<String, Double> FLOORS = new TreeMap<>(Map.ofEntries(
            Map.entry("recall.tier1", 0.99),
            Map.entry("recall.tier1.Entity", 1.0),
            Map.entry("recall.tier1.Commitment", 0.99),
            Map.entry("recall.tier2.Entity", 0.84),
            Map.entry("recall.tier2.Commitment", 0.5),
            Map.entry("precision.Commitment", 0.92),
            Map.entry("precision.Mechanism+WorkingGroup", 0.92),
            Map.entry("precision.Person", 1.0),
            Map.entry("party.accuracy.tier1", 0.97),
            Map.entry("kind.accuracy.tier1", 0.97),
            Map.entry("offsets.exact", 1.0)));
    static final int SETS_COMPLETE_FLOOR = 7;

    static final Map<String, Double> DEV_FLOORS = new TreeMap<>(Map.ofEntries(
            Map.entry("recall.tier1", 0.92),
            Map.entry("recall.tier1.Entity", 0.95),
            Map.entry("recall.tier1.Commitment", 0.91),
            Map.entry("precision.Commitment", 0.85),
            Map.entry("precision.Mechanism+WorkingGroup", 0.95),
            Map.entry("precision.Person", 0.98),
            Map.entry("party.accuracy.tier1", 1.0),
            Map.entry("kind.accuracy.tier1", 0.96),
            Map.entry("offsets.exact", 1.0)));
    static final int DEV_SETS_COMPLETE_FLOOR = 9;
    /** The most commitments and mechanisms all the domestic news items together may yield. */
    static final int NEGATIVES_CEILING = 0;

    @Test
    void seedFiguresStayAtOrAboveTheirFloors() throws IOException {
        List<String> below = belowFloors(Path.of("seeds"), Path.of("seeds/gold/seeds.csv"), FLOORS, SETS_COMPLETE_FLOOR);
        assertTrue(below.isEmpty(), "below floor: " + below);
    }

    @Test
    void developmentSetFiguresStayAtOrAboveTheirFloors() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(DEV.resolve("readouts")), "no development set at " + DEV);
        List<String> below = belowFloors(DEV.resolve("readouts"), DEV.resolve("gold.csv"), DEV_FLOORS,
                DEV_SETS_COMPLETE_FLOOR);
        assertTrue(below.isEmpty(), "below floor: " + below);
    }

    @Test
    void domesticNewsYieldsNoCommitmentAndNoMechanism() {
        Assumptions.assumeTrue(Files.isDirectory(DEV.resolve("negatives")), "no development set at " + DEV);
        Pipeline.Result r = new Pipeline(RuleData.bundled(), 2).run(List.of(DEV.resolve("negatives")), m -> { });
        List<MentionRow> found = r.graph().rows().stream().filter(row -> row.type().equals("Commitment")
                || row.type().equals("Mechanism") || row.type().equals("WorkingGroup")).toList();
        assertTrue(found.size() <= NEGATIVES_CEILING, "found in domestic news: " + found);
    }

    /** The figures the archive's copies must come within {@link #ARCHIVE_MARGIN} of. */
    static final List<String> ARCHIVE_FIGURES = List.of("recall.tier1.Commitment", "recall.tier1.Entity",
            "precision.Commitment");
    static final double ARCHIVE_MARGIN = 0.03;

    @Test
    void theReadoutsAsTheArchiveStoresThemScoreAsThePlainTextsDo() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(DEV.resolve("raw")), "no development set at " + DEV);
        Path gold = DEV.resolve("gold.csv");
        Path rawGold = Files.createTempFile("gold-raw", ".csv");
        Files.writeString(rawGold, Files.readString(gold).replace("_zh.txt,", "_zh.md,"));
        Map<String, Object> plain = score(DEV.resolve("readouts"), gold, List.of(DEV.resolve("readouts"))).figures();
        Map<String, Object> raw = score(DEV.resolve("raw"), rawGold, List.of(DEV.resolve("raw"))).figures();
        Files.delete(rawGold);
        for (String k : ARCHIVE_FIGURES) {
            double a = ((BigDecimal) plain.get(k)).doubleValue();
            double b = ((BigDecimal) raw.get(k)).doubleValue();
            assertTrue(Math.abs(a - b) <= ARCHIVE_MARGIN, k + ": readouts " + a + ", raw " + b);
        }
    }

    @Test
    void eachReadoutInItsWholeDayOfNewsScoresAsTheReadoutAlone() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(DEV.resolve("days")), "no development set at " + DEV);
        List<Scorer.Row> gold = Scorer.load(DEV.resolve("gold.csv"), Scorer.GOLD_COLUMNS);
        Pipeline.Result days = new Pipeline(RuleData.bundled(), 2).run(List.of(DEV.resolve("days")), m -> { });
        for (String line : Files.readAllLines(DEV.resolve("days/DAYS.tsv"))) {
            String[] f = line.split("\\s+");
            String title = Files.readAllLines(DEV.resolve("raw").resolve(f[1].replace(".txt", ".md"))).get(0)
                    .replaceFirst("^#+\\s*", "").strip();
            List<String> heads = Files.readAllLines(DEV.resolve("days").resolve(f[0])).stream()
                    .filter(l -> l.startsWith("### ")).map(l -> l.substring(4).strip()).toList();
            String article = f[0] + "#" + (heads.indexOf(title) + 1);
            List<Scorer.Row> articleGold = gold.stream().filter(g -> g.doc().equals(f[1])).map(g -> new Scorer.Row(
                    article, g.type(), g.kind(), g.party(), g.set(), g.tier(), g.text(), g.start(), g.end())).toList();
            List<Scorer.Row> found = rows(days).stream().filter(p -> p.doc().equals(article)).toList();
            Map<String, Object> inDay = new Scorer().score(articleGold, found, null).figures();
            Map<String, Object> alone = new Scorer().score(gold.stream().filter(g -> g.doc().equals(f[1])).toList(),
                    rows(new Pipeline(RuleData.bundled(), 1).run(List.of(DEV.resolve("readouts").resolve(f[1])), m -> { })),
                    null).figures();
            for (String k : ARCHIVE_FIGURES) {
                double a = ((BigDecimal) alone.get(k)).doubleValue();
                double b = ((BigDecimal) inDay.get(k)).doubleValue();
                assertTrue(Math.abs(a - b) <= ARCHIVE_MARGIN, article + " " + k + ": alone " + a + ", in its day " + b);
            }
        }
    }

    private static List<Scorer.Row> rows(Pipeline.Result r) {
        return r.graph().rows().stream().map(m -> new Scorer.Row(m.doc(), m.type(), m.kind(), m.party(), m.set(), "",
                m.text(), Integer.toString(m.start()), Integer.toString(m.end()))).toList();
    }

    private static Scorer.Score score(Path docs, Path gold, List<Path> roots) throws IOException {
        Pipeline.Result r = new Pipeline(RuleData.bundled(), 2).run(roots, m -> { });
        return new Scorer().score(Scorer.load(gold, Scorer.GOLD_COLUMNS), rows(r), docs);
    }

    private static List<String> belowFloors(Path docs, Path gold, Map<String, Double> floors, int setsFloor)
            throws IOException {
        Pipeline.Result r = new Pipeline(RuleData.bundled(), 2).run(List.of(docs), m -> { });
        Path csv = Files.createTempFile("mentions", ".csv");
        try (var out = Files.newOutputStream(csv)) {
            MentionsCsv.write(r.graph().rows(), out);
        }
        Scorer.Score s = new Scorer().score(Scorer.load(gold, Scorer.GOLD_COLUMNS), Scorer.load(csv, Scorer.MENTION_COLUMNS),
                docs);
        Files.delete(csv);
        List<String> below = new ArrayList<>();
        floors.forEach((k, floor) -> {
            Object v = s.figures().get(k);
            if (!(v instanceof BigDecimal b) || b.doubleValue() < floor) {
                below.add(k + " = " + v + " < " + floor);
            }
        });
        int complete = Integer.parseInt(((String) s.figures().get("sets.complete")).split("/")[0]);
        if (complete < setsFloor) {
            below.add("sets.complete = " + s.figures().get("sets.complete") + " < " + setsFloor);
        }
        return below;
    }
}
