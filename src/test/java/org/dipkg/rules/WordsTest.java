package org.dipkg.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {
    private final Words words = new Words(List.of("会谈", "举行会谈", "通话"));

    @Test
    void theFirstWordInATextIsFoundWhereItStarts() {
        assertEquals(2, words.indexIn("双方举行会谈并通话"));
        assertEquals(2, words.indexIn("两国会谈"));
        assertEquals(-1, words.indexIn("两国会见。通电"));
        assertEquals(-1, words.indexIn(""));
    }

    @Test
    void theLongestWordAtAPositionWins() {
        assertEquals("举行会谈", words.startingAt("举行会谈", 0));
        assertEquals("会谈", words.endingAt("举行会谈", 4, 1));
        assertNull(words.startingAt("举行会谈", 0, 3));
    }
}
