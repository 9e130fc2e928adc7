package org.dipkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The wording a source's evidence is compared by drops the line breaks and spaces of the original. */
class CitationTextTest {
    @Test
    void evidenceTextDropsWhatTheWhitespaceClassDropsAndNothingElse() {
        List<String> texts = List.of("", "两国元首", "两国\n元首", " 两国 元首 ", "a\tb\u000Bc\fd\re",
                "全角\u3000空格", "不换行\u00A0空格", "\n\n", "尾\r\n");
        for (String t : texts) {
            assertEquals(t.replaceAll("\\s+", ""), GraphBuilder.withoutSpaces(t), t);
        }
    }
}
