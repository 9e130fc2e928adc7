package org.dipkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HanTest {

    @Test
    void everyCodePointIsTakenForHanExactlyWhenUnicodeSaysItIsOfTheHanScript() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            boolean han = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            if (Han.is(c) != han) {
                assertEquals(han, Han.is(c), String.format("U+%04X", c));
            }
        }
    }
}
