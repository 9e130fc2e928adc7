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
}
