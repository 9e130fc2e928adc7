package org.dipkg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The articles of a plain-text newspaper page: each opens with its dispatch line (新华社北京11月15日电,
 * 本报北京11月15日电) at the start of a line, under the title lines just above it (short lines that end no
 * sentence: a headline, a ——subtitle). A page with fewer than two dispatch lines is one article, so a single
 * report, however its columns are broken, stays whole.
 */
public final class PageArticles {
    /** A year, group 1: 2023年. */
    public static final String YEAR = "(\\d{4})年";
    /** A month and a day, groups 1 and 2: 11月15日. */
    public static final String MONTH_DAY = "(\\d{1,2})月(\\d{1,2})日";
    /** The longest title line, in characters. */
    private static final int TITLE = 32;
    /** The most title lines above a dispatch line: a kicker, a headline, a subtitle. */
    private static final int TITLE_LINES = 3;
    /** What ends a sentence, so a line ending in it is the body of the article before, not a title. */
    private static final String SENTENCE_ENDS = "。！？；：，、…!?;:,";
    private static final String CLOSING = "”」』’\"）)";
    /** A full date (2024年5月8日): a page header or a byline has one, a title seldom. */
    private static final Pattern FULL_DATE = Pattern.compile(YEAR + MONTH_DAY);

    private final Pattern dispatch;
    private final ScriptConverter simplified;

    /**
     * Pages whose dispatch lines open with one of {@code openers} (news agencies, 本报); {@code simplified}
     * lets a Traditional page's 新華社 be read as 新华社 (it converts unit for unit, so offsets hold).
     */
    public PageArticles(List<String> openers, ScriptConverter simplified) {
        this.dispatch = dispatch(openers);
        this.simplified = simplified;
    }

    /** A dispatch line: an opener, a place, a month and a day (groups 2 and 3), then 电 (dispatched). */
    public static Pattern dispatch(List<String> openers) {
        String names = String.join("|", openers.stream().map(Pattern::quote).toList());
        return Pattern.compile("(" + (names.isEmpty() ? "(?!)" : names) + ")[^，。\\n]{0,12}?" + MONTH_DAY + "电");
    }

    /** The page's articles: what precedes the first (0, when it shows any text), then one per dispatch line. */
    public List<Article> articles(MappedText in) {
        String text = simplified.toSimplified(in.text());
        List<Integer> starts = new ArrayList<>();
        Matcher m = dispatch.matcher(text);
        int line = 0;
        int floor = 0; // the end of the last dispatch line: no title above the next reaches back over it
        while (line < text.length()) {
            int next = text.indexOf('\n', line);
            int end = next < 0 ? text.length() : next;
            int first = line;
            while (first < end && Character.isWhitespace(text.charAt(first))) {
                first++; // not over a bracket: (新华社北京11月15日电) closes the article above, it opens none
            }
            if (first < end && m.region(first, end).lookingAt()) {
                starts.add(titleStart(text, line, floor));
                floor = end;
            }
            line = end + 1;
        }
        if (starts.size() < 2) {
            return List.of(new Article(in, 0));
        }
        List<Article> out = new ArrayList<>();
        if (!text.substring(0, starts.get(0)).isBlank()) {
            out.add(new Article(in.slice(0, starts.get(0)), 0));
        }
        for (int i = 0; i < starts.size(); i++) {
            int to = i + 1 < starts.size() ? starts.get(i + 1) : in.length();
            out.add(new Article(in.slice(starts.get(i), to), i + 1));
        }
        return out;
    }

    /**
     * The date the page's header gives (2024年5月8日 星期三 第3版), from the text above its first article, or
     * null: the year and month its dispatch lines (5月7日电) leave out.
     */
    public SourceDate headerDate(List<Article> articles) {
        if (articles.size() < 2 || articles.get(0).number() != 0) {
            return null;
        }
        Matcher m = FULL_DATE.matcher(articles.get(0).text().text());
        if (!m.find()) {
            return null;
        }
        try {
            return new SourceDate(java.time.LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))), SourceDate.PAGE_HEADER);
        } catch (java.time.DateTimeException e) {
            return null; // 2024年2月30日: no date
        }
    }

    /** Where the article of the dispatch line at {@code line} starts: its first title line, after {@code floor}. */
    private int titleStart(String text, int line, int floor) {
        int start = line;
        int titles = 0;
        int cursor = line;
        while (titles < TITLE_LINES && cursor > floor) {
            int end = cursor - 1; // the newline that ends the line above
            int begin = text.lastIndexOf('\n', end - 1) + 1;
            begin = Math.max(begin, floor);
            String above = text.substring(begin, end).strip();
            cursor = begin;
            if (above.isEmpty()) {
                continue;
            }
            if (!isTitle(above)) {
                break;
            }
            start = begin;
            titles++;
        }
        return start;
    }

    /** A short line that ends no sentence and is no dispatch (（新华社北京11月15日电） closes the article above). */
    private boolean isTitle(String line) {
        if (line.length() > TITLE || FULL_DATE.matcher(line).find() || dispatch.matcher(line).find()) {
            return false;
        }
        int last = line.length() - 1;
        while (last > 0 && CLOSING.indexOf(line.charAt(last)) >= 0) {
            last--;
        }
        return SENTENCE_ENDS.indexOf(line.charAt(last)) < 0;
    }
}
