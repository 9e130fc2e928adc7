package org.dipkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.dipkg.text.Span;
import org.junit.jupiter.api.Test;

class ClausesTest {

    @Test
    void noBreakOrBracketIsEverTakenForPlainText() {
        for (char c : "，；：。！？,;:“‘「『（(《”’」』）)》".toCharArray()) {
            assertFalse(Clauses.plain(c), () -> String.format("U+%04X", (int) c));
        }
    }

    @Test
    void aSentenceSplitsAtBreaksOutsideQuotesAndBrackets() {
        String text = "双方同意（一、二，三）加强合作，表示“不冲突，不对抗”；Talks, resumed: yes";
        List<String> clauses = Clauses.of(text, new Span(0, text.length())).stream()
                .map(s -> text.substring(s.start(), s.end())).toList();
        assertEquals(List.of("双方同意（一、二，三）加强合作", "表示“不冲突，不对抗”", "Talks", " resumed", " yes"), clauses);
    }
}
