package org.dipkg.io;

/**
 * Cells of the CSV reports meant for people (variance.csv): one that a spreadsheet would take for a formula
 * (it begins with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, so opening the report
 * runs nothing. The data tables (mentions.csv, query results) stay verbatim: their offsets and text are data.
 */
public final class ReportCells {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private ReportCells() {
    }

    public static String neutral(String cell) {
        return cell != null && !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** Each of {@code cells}, neutral. */
    public static Object[] neutral(Object... cells) {
        Object[] out = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            out[i] = cells[i] instanceof String s ? neutral(s) : cells[i];
        }
        return out;
    }
}
