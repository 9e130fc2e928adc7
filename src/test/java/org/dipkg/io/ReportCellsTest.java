package org.dipkg.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReportCellsTest {

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaGetsAnApostrophe() {
        for (String cell : new String[] {"=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"}) {
            assertEquals("'" + cell, ReportCells.neutral(cell));
        }
    }

    @Test
    void anyOtherCellStaysAsItIs() {
        assertEquals("中美双方同意", ReportCells.neutral("中美双方同意"));
        assertEquals("a=b", ReportCells.neutral("a=b"));
        assertEquals("", ReportCells.neutral(""));
        assertArrayEquals(new Object[] {"x", "'=1", 3}, ReportCells.neutral("x", "=1", 3));
    }
}
