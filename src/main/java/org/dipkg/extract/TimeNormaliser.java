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
            String early = resolved(item, "next-year-early", year + 1 + " (early)");
            String next = early != null ? early : resolved(item, "next-year", String.valueOf(year + 1));
            String now = next != null ? next : resolved(item, "this-year", String.valueOf(year));
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
