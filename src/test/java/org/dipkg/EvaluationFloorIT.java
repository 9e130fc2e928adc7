package org.dipkg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dipkg.eval.Scorer;
import org.dipkg.io.MentionsCsv;
import org.dipkg.pipeline.Pipeline;
import org.dipkg.rules.RuleData;
import org.junit.jupiter.api.Test;

/**
 * The regression guard: the seeds' headline figures must not fall below the floors recorded here.
 * Raise a floor when the extraction improves; never lower one to let a change pass.
 */
class EvaluationFloorIT {
    static final Map<String, Double> FLOORS = new LinkedHashMap<>();

    static {
        FLOORS.put("recall.tier1", 0.99);
        FLOORS.put("recall.tier1.Entity", 1.0);
        FLOORS.put("recall.tier1.Commitment", 0.99);
        FLOORS.put("recall.tier2.Entity", 0.82);
        FLOORS.put("recall.tier2.Commitment", 0.5);
        FLOORS.put("precision.Commitment", 0.91);
        FLOORS.put("precision.Mechanism+WorkingGroup", 0.92);
        FLOORS.put("precision.Person", 1.0);
        FLOORS.put("party.accuracy.tier1", 0.97);
        FLOORS.put("kind.accuracy.tier1", 0.97);
        FLOORS.put("offsets.exact", 1.0);
    }

    static final int SETS_COMPLETE_FLOOR = 7;

    @Test
    void seedFiguresStayAtOrAboveTheirFloors() throws IOException {
        Pipeline.Result r = new Pipeline(RuleData.bundled(), 2).run(List.of(Path.of("seeds")), m -> { });
        Path csv = java.nio.file.Files.createTempFile("mentions", ".csv");
        try (var out = java.nio.file.Files.newOutputStream(csv)) {
            MentionsCsv.write(r.graph().rows(), out);
        }
        Scorer.Score s = new Scorer().score(Scorer.load(Path.of("seeds/gold/seeds.csv"), Scorer.GOLD_COLUMNS), Scorer.load(csv, Scorer.MENTION_COLUMNS),
                Path.of("seeds"));
        java.nio.file.Files.delete(csv);
        List<String> below = new ArrayList<>();
        FLOORS.forEach((k, floor) -> {
            Object v = s.figures().get(k);
            if (!(v instanceof BigDecimal b) || b.doubleValue() < floor) {
                below.add(k + " = " + v + " < " + floor);
            }
        });
        int complete = Integer.parseInt(((String) s.figures().get("sets.complete")).split("/")[0]);
        if (complete < SETS_COMPLETE_FLOOR) {
            below.add("sets.complete = " + s.figures().get("sets.complete") + " < " + SETS_COMPLETE_FLOOR);
        }
        assertTrue(below.isEmpty(), "below floor: " + below);
    }
}
