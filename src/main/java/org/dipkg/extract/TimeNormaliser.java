package org.dipkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dipkg.rules.RuleData;
import org.dipkg.text.Numerals;

/**
 * Reads a time expression in an item and returns it normalised against the document's date: the words
 * of the time-words table by what they mean, and the spans of years the grammar writes with numbers.
 */
final class TimeNormaliser {
    /** Before a year: 2030年前. */
    static final String BEFORE_YEAR = "(\\d{4})年(?:前|以前|之前)";
    /** The next years: 未来五年, 今后3年. */
    static final String NEXT_YEARS = "(?:未来|今后)(\\d+|" + Numerals.ONE_TO_TEN + ")年";
    /** The characters {@link #BEFORE_YEAR} and {@link #NEXT_YEARS} can start with. */
    static final String NUMBERED_STARTS = "0123456789未今";
    private static final Pattern BEFORE = Pattern.compile(BEFORE_YEAR);
    private static final Pattern NEXT = Pattern.compile(NEXT_YEARS);
    private static final Pattern DECADE = Pattern.compile("(\\d{4})年代");

    /** The words that mean a time relative to the document's date, in the table's order, by what they mean. */
    private final List<Map.Entry<String, String>> relative = new ArrayList<>();

    TimeNormaliser(RuleData data) {
        for (Map<String, String> r : data.rows("time-words")) {
            if (!r.get("means").isEmpty()) {
                relative.add(Map.entry(r.get("word"), r.get("means")));
            }
        }
    }

    String normalise(String item, LocalDate date) {
        Integer year = date == null ? null : date.getYear();
        Matcher m = BEFORE.matcher(item);
        if (m.find()) {
            return "before " + m.group(1);
        }
        if (year != null) {
            String now = relative(item, date);
            if (now != null) {
                return now;
            }
            m = NEXT.matcher(item);
            if (m.find()) {
                int n = Numerals.parse(m.group(1));
                return year + "/" + (year + n);
            }
        }
        m = DECADE.matcher(item);
        if (m.find()) {
            return m.group(1) + "s";
        }
        return null;
    }

    /**
     * What the first meaning the item holds a word of resolves to, against {@code date}: the more precise
     * meanings first (明年早些时候 before 明年, 今年早些时候 before 今年), or null.
     */
    private String relative(String item, LocalDate date) {
        int y = date.getYear();
        java.time.YearMonth month = java.time.YearMonth.from(date);
        String[][] meanings = {
            {"next-year-early", y + 1 + " (early)"}, {"next-year", String.valueOf(y + 1)},
            {"this-year-early", y + " (early)"}, {"last-year", String.valueOf(y - 1)},
            {"next-month", month.plusMonths(1).toString()}, {"last-month", month.minusMonths(1).toString()},
            {"this-month", month.toString()}, {"this-year", String.valueOf(y)},
        };
        for (String[] m : meanings) {
            String v = resolved(item, m[0], m[1]);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** {@code value} when the item holds a word that means {@code meaning}, else null. */
    private String resolved(String item, String meaning, String value) {
        for (Map.Entry<String, String> w : relative) {
            if (w.getValue().equals(meaning) && item.contains(w.getKey())) {
                return value;
            }
        }
        return null;
    }
}
