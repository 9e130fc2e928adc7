package org.dipkg.rdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VarianceFinderTest {
    @Test
    void showsAOneCharacterChangeWithTheCharacterBeforeIt() {
        assertArrayEquals(new String[] {"海上", "海空"},
                VarianceFinder.difference("中美海上军事安全磋商机制会议", "中美海空军事安全磋商机制会议"));
    }

    @Test
    void neverCutsANumber() {
        assertArrayEquals(new String[] {"2020", "2024"}, VarianceFinder.difference("2020年代国内减排行动", "2024年代国内减排行动"));
    }

    @Test
    void runsACutWordOnToTheNextFunctionWord() {
        assertArrayEquals(new String[] {"责成双方团队", "肯定中方团队"},
                VarianceFinder.difference("两国元首责成双方团队在落实好巴厘岛会晤共识基础上", "两国元首肯定中方团队在落实好巴厘岛会晤共识基础上"));
    }

    @Test
    void aClauseOneSourceAddsIsNoSubstitution() {
        assertFalse(VarianceFinder.isSubstitution(VarianceFinder.difference("成立工作组，开展合作", "双方宣布成立工作组，开展合作")));
        assertTrue(VarianceFinder.isSubstitution(new String[] {"责成双方团队", "肯定中方团队"}));
    }

    @Test
    void similarityIsTheCommonSubsequenceOverTheLongerText() {
        assertEquals(1.0, VarianceFinder.similarity("甲乙丙", "甲乙丙"));
        assertEquals(0.75, VarianceFinder.similarity("甲乙丙丁", "甲乙丙戊"));
        assertEquals(0.0, VarianceFinder.similarity("", "甲"));
    }
}
