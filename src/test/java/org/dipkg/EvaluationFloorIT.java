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
            Map.entry("recall.tier1.Commitment", 0.90),
            Map.entry("precision.Commitment", 0.85),
            Map.entry("precision.Mechanism+WorkingGroup", 0.91),
            Map.entry("precision.Person", 0.98),
            Map.entry("party.accuracy.tier1", 0.99),
            Map.entry("kind.accuracy.tier1", 0.95),
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
