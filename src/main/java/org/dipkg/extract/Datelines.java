package org.dipkg.extract;

import java.time.LocalDate;
import org.dipkg.text.SourceDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a document's date and publisher from its head: a full date (2023年11月15日), a news agency's
 * dateline (新华社旧金山11月15日电, its year from the text), a source line (来源：新华网).
 */
final class Datelines {
    static final String YEAR = org.dipkg.text.PageArticles.YEAR;
    static final String MONTH_DAY = org.dipkg.text.PageArticles.MONTH_DAY;
    /** How much of a document's start is read for its date and publisher. */
    private static final int HEAD = 600;
    /** How much of a document's start a month-day dateline may stand in: its title and first sentence. */
    private static final int LEAD = 120;
    /** A month and day with no year before it, as a dateline gives them. */
    private static final Pattern LEAD_MONTH_DAY = Pattern.compile("(?<!\\d年)(?<!\\d)" + MONTH_DAY);
    private static final Pattern FULL_DATE = Pattern.compile(YEAR + MONTH_DAY);
    private static final Pattern ANY_YEAR = Pattern.compile(YEAR);
    private static final Pattern SOURCE = Pattern.compile("来源[:：]\\s*([\\p{IsHan}A-Za-z]{2,10})");
    /** A dateline: a news agency, a place, a month and day, then 电 (dispatched). */
    private final Pattern dateline;

    /** A day of the month after a dateline word (当地时间14日): dateline-words.csv. */
    private final Pattern leadDay;

    /** Datelines opened by one of {@code dispatchOpeners}: the news agencies, and 本报 (dispatch-openers.csv). */
    Datelines(List<String> dispatchOpeners) {
        this(dispatchOpeners, List.of());
    }

    Datelines(List<String> dispatchOpeners, List<String> datelineWords) {
        String words = String.join("|", datelineWords.stream().map(Pattern::quote).toList());
        leadDay = Pattern.compile("(?:" + (words.isEmpty() ? "(?!)" : words) + ")(\\d{1,2})日");
        dateline = org.dipkg.text.PageArticles.dispatch(dispatchOpeners);
    }

    LocalDate date(String text) {
        String head = head(text);
        Matcher m = FULL_DATE.matcher(head);
        LocalDate full = null;
        if (m.find()) {
            full = safeDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        Matcher d = dateline.matcher(head);
        if (d.find()) {
            int year = full != null ? full.getYear() : -1;
            if (year < 0) {
                Matcher any = ANY_YEAR.matcher(text);
                year = any.find() ? Integer.parseInt(any.group(1)) : -1;
            }
            if (year > 0) {
                LocalDate dl = safeDate(year, Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
                if (dl != null) {
                    return dl;
                }
            }
        }
        return full;
    }

    /**
     * The date of a document whose file gave {@code known} (or null): the file's date, its day made precise
     * by a month-day dateline at the text's start (莫斯科当地时间3月21日, 2月10日，…), which takes the file's
     * year (the year before when that would fall months after the file); with no file date, the date the
     * text gives ({@link #date}).
     */
    SourceDate dated(String text, SourceDate known) {
        if (known == null) {
            LocalDate d = date(text);
            return d == null ? null : new SourceDate(d, SourceDate.DATELINE);
        }
        String lead = text.length() > LEAD ? text.substring(0, LEAD) : text;
        Matcher m = LEAD_MONTH_DAY.matcher(lead);
        if (m.find()) {
            LocalDate d = safeDate(known.date().getYear(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            if (d != null && d.isAfter(known.date().plusMonths(2))) {
                d = d.minusYears(1);
            }
            if (d != null && !d.equals(known.date())) {
                return new SourceDate(d, SourceDate.DATELINE + " (year from the " + known.source() + ")");
            }
        } else {
            Matcher day = leadDay.matcher(lead);
            if (day.find()) {
                LocalDate k = known.date();
                int dom = Integer.parseInt(day.group(1));
                // a day after the file's own is of the month before (当地时间30日 in a file of the 2nd)
                LocalDate d = safeDate(k.getYear(), k.getMonthValue(), dom);
                if (d == null || d.isAfter(k)) {
                    LocalDate before = k.minusMonths(1);
                    d = safeDate(before.getYear(), before.getMonthValue(), dom);
                }
                if (d != null && !d.equals(k)) {
                    return new SourceDate(d, SourceDate.DATELINE + " (month and year from the " + known.source() + ")");
                }
            }
        }
        return known;
    }

    String publisher(String text) {
        String head = head(text);
        Matcher m = SOURCE.matcher(head);
        if (m.find()) {
            return m.group(1);
        }
        Matcher d = dateline.matcher(head);
        return d.find() ? d.group(1) : null;
    }

    private static String head(String text) {
        return text.length() > HEAD ? text.substring(0, HEAD) : text;
    }

    static LocalDate safeDate(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
