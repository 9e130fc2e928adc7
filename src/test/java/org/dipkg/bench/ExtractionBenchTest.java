package org.dipkg.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExtractionBenchTest {

    @Test
    void theMedianIsTheMiddleRoundOrTheMeanOfTheTwoMiddleOnesAndLeavesTheRoundsInTheirOrder() {
        double[] rounds = {0.9, 0.5, 0.7};
        assertEquals(0.7, ExtractionBench.median(rounds));
        assertArrayEquals(new double[] {0.9, 0.5, 0.7}, rounds);
        assertEquals(0.6, ExtractionBench.median(new double[] {0.8, 0.5, 0.4, 0.7}), 1e-12);
        assertEquals(3.0, ExtractionBench.median(new double[] {3.0}));
    }

    @Test
    void aSmallCorpusIsRunAsOftenAsItTakesToLastTheMinimumTimeAndALargeOneOnce() {
        // 25,000 characters at 850,000 per second take 0.03 s: 34 runs make a second
        assertEquals(34, ExtractionBench.repeats(25_000, 850_000, 1.0));
        assertEquals(17, ExtractionBench.repeats(25_000, 850_000, 0.5));
        assertEquals(1, ExtractionBench.repeats(25_000_000, 850_000, 1.0));
        assertEquals(2, ExtractionBench.repeats(600_000, 850_000, 1.0));
    }

    @Test
    void withoutAKnownSpeedOrAMinimumTimeEachCorpusRunsOnceAndNeverMoreThanAThousandTimes() {
        assertEquals(1, ExtractionBench.repeats(25_000, 0, 1.0));
        assertEquals(1, ExtractionBench.repeats(25_000, Double.NaN, 1.0));
        assertEquals(1, ExtractionBench.repeats(25_000, 850_000, 0));
        assertEquals(1000, ExtractionBench.repeats(10, 850_000, 1.0));
    }
}
