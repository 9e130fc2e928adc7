package org.dipkg.serve;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RegexGuardTest {

    @Test
    void refusesPatternsThatCanBacktrackWithoutEnd() {
        for (String p : new String[] {"^(a+)+$", "(a|aa)*", "(x*y*)+z", "((ab)+)*", "(a+){2,}", "(.*)\\1",
                "(?:a|b)+c" + "x".repeat(RegexGuard.MAX_LENGTH)}) {
            assertNotNull(RegexGuard.patternProblem(p), p);
        }
    }

    @Test
    void runsOrdinaryPatterns() {
        for (String p : new String[] {"习近平", "^中美.*对话$", "(中美|美中)", "[0-9]+年", "a{2}b?", "(ab)+", "\\(a+\\)+",
                "[(a+)+]"}) {
            assertNull(RegexGuard.patternProblem(p), p);
        }
    }
}
