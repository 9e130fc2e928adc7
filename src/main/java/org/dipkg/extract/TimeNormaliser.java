package org.dipkg.extract;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a time expression in an item and returns it normalised against the document's date. */
final class TimeNormaliser {
    private static final Pattern BEFORE_YEAR = Pattern.compile("(\\d{4})年(?:前|以前|之前)");
    private static final Pattern NEXT_YEARS = Pattern.compile("(?:未来|今后)(\\d+|[一二三四五六七八九十])年");
    private static final Pattern DECADE = Pattern.compile("(\\d{4})年代");

    private TimeNormaliser() {
    }

    static String normalise(String item, LocalDate date) {
        Integer year = date == null ? null : date.getYear();
        Matcher m = BEFORE_YEAR.matcher(item);
        if (m.find()) {
            return "before " + m.group(1);
        }
        if (year != null) {
            if (item.contains("明年早些时候") || item.contains("明年初")) {
                return (year + 1) + " (early)";
            }
            if (item.contains("明年")) {
                return String.valueOf(year + 1);
            }
            if (item.contains("年内") || item.contains("今年")) {
                return String.valueOf(year);
            }
            m = NEXT_YEARS.matcher(item);
            if (m.find()) {
                int n = parseCount(m.group(1));
                return year + "/" + (year + n);
            }
        }
        m = DECADE.matcher(item);
        if (m.find()) {
            return m.group(1) + "s";
        }
        return null;
    }

    static int parseCount(String s) {
        String digits = "零一二三四五六七八九";
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        if (s.equals("十")) {
            return 10;
        }
        if (s.equals("两")) {
            return 2;
        }
        if (s.length() == 2 && s.charAt(0) == '十') {
            return 10 + digits.indexOf(s.charAt(1));
        }
        if (s.length() == 2 && s.charAt(1) == '十') {
            return 10 * digits.indexOf(s.charAt(0));
        }
        int v = digits.indexOf(s.charAt(0));
        return v < 0 ? -1 : v;
    }
}
