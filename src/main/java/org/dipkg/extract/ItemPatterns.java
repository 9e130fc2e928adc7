package org.dipkg.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dipkg.rules.RuleData;
import org.dipkg.text.Numerals;

/**
 * The patterns an item is read with, made from the rule tables: a counted set (五点承诺, 20多项成果), a
 * condition before a verb (在…基础上), and a time (明年, 于年内, 未来五年).
 */
final class ItemPatterns {
    /** After a count, an approximate count's mark (20多项); a set's noun phrase ends before 的 (五点共识的…). */
    private final String about;

    /** The times written with numbers, without groups of their own. */
    private static final String NUMBERED_TIMES = TimeNormaliser.NEXT_YEARS.replace("(\\d+|", "(?:\\d+|") + "|"
            + TimeNormaliser.BEFORE_YEAR.replace("(\\d{4})", "(?:\\d{4})");

    private final String countingStarts;
    /** A counted set: group 1 the count, 2 the approximate mark, 3 the counting word, 4 the noun phrase. */
    final LeadingPattern counted;
    /** Words that count a set without a number (几, 若干): the set's size is its members'. */
    final List<String> indefinite;
    /** A condition's frame before an item's verb; the words that close one. */
    final LeadingPattern condition;
    final List<String> conditionEnds;
    private final List<String> conditionOpens;
    /** A time before an item's verb, possibly after 于 or 在; group 1 is the time itself. */
    final LeadingPattern time;
    /** A time anywhere in an item. */
    final Pattern timeAnywhere;
    /** The counting word dipkg names an unannounced numbered set with (三点), and a run of clauses with (四个). */
    final String pointsWord;
    final String runWord;

    ItemPatterns(RuleData data) {
        this(data, new org.dipkg.rules.Cues(data));
    }

    ItemPatterns(RuleData data, org.dipkg.rules.Cues cues) {
        about = cues.about;
        List<Map<String, String>> counting = data.rows("counting-words");
        List<String> countingWords = counting.stream().map(r -> r.get("word")).toList();
        countingStarts = countingWords.stream().map(w -> w.substring(0, 1)).distinct().collect(Collectors.joining());
        pointsWord = named(counting, "points");
        runWord = named(counting, "run");
        String enumerations = String.join("|", data.words("enumeration-words", "word"));
        indefinite = data.words("indefinite-counts", "word");
        String anyCount = indefinite.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        counted = new LeadingPattern("(\\d+|[" + Numerals.COUNTING + "]{1,3}|" + anyCount + ")(" + Pattern.quote(about) + ")?("
                + String.join("|", countingWords) + ")[“\"「]?([\\p{IsHan}]{1,6}?)[”\"」]?"
                + "(?=[，。：；、,]|" + enumerations + "|$|" + Pattern.quote(cues.attribution) + ")", "0123456789" + Numerals.COUNTING + firstCharacters(anyCount), this::mayCountAt);

        String opens = words(data, "conditions", r -> r.get("part").equals("open"));
        conditionOpens = data.rows("conditions").stream().filter(r -> r.get("part").equals("open"))
                .map(r -> r.get("word")).toList();
        conditionEnds = data.rows("conditions").stream().filter(r -> r.get("part").equals("close"))
                .map(r -> r.get("word")).toList();
        condition = new LeadingPattern("(?:" + opens + ")[^，。；]{1,24}?(?:" + String.join("|", conditionEnds) + ")",
                firstCharacters(opens));

        String timeWords = words(data, "time-words", r -> true);
        String before = words(data, "prepositions", r -> r.get("time").equals("yes"));
        String from = words(data, "time-spans", r -> r.get("part").equals("open"));
        String until = words(data, "time-spans", r -> r.get("part").equals("close"));
        String dated = "(?:" + from + ")(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日(?:" + until + ")";
        time = new LeadingPattern("(?:" + before + ")?(" + timeWords + "|" + NUMBERED_TIMES + "|" + dated + ")",
                firstCharacters(before + "|" + timeWords + "|" + from) + TimeNormaliser.NUMBERED_STARTS);
        timeAnywhere = Pattern.compile("(" + words(data, "time-words", r -> r.get("anywhere").equals("yes"))
                + "|" + NUMBERED_TIMES + ")");
    }

    /** The words of a table's rows that pass {@code keep}, longest first, as a regex alternation. */
    private static String words(RuleData data, String table, java.util.function.Predicate<Map<String, String>> keep) {
        return data.rows(table).stream().filter(keep).map(r -> r.get("word"))
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    private static String named(List<Map<String, String>> counting, String names) {
        return counting.stream().filter(r -> r.get("names").equals(names)).map(r -> r.get("word")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("counting-words: no word names " + names));
    }

    /** The first characters of the words of an alternation made by {@link #words}. */
    private static String firstCharacters(String alternation) {
        StringBuilder out = new StringBuilder();
        for (String w : alternation.split("\\|")) {
            String plain = w.replace("\\Q", "").replace("\\E", "");
            if (!plain.isEmpty()) {
                out.append(plain.charAt(0));
            }
        }
        return out.toString();
    }

    /** Where a condition's frame opens in {@code clause} (在…基础上), or -1. */
    int conditionStart(String clause) {
        int best = -1;
        for (String w : conditionOpens) {
            int at = clause.indexOf(w);
            best = at >= 0 && (best < 0 || at < best) ? at : best;
        }
        return best;
    }

    /**
     * Whether a count can start at {@code i}: digits, or one to three numerals, then 多 or not, then the first
     * character of a counting word. Every match of {@link #counted} passes; most numerals of a text (一些,
     * 进一步) do not.
     */
    boolean mayCountAt(String text, int i) {
        int k = i;
        int n = text.length();
        if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            while (k < n && text.charAt(k) >= '0' && text.charAt(k) <= '9') {
                k++;
            }
        } else if (indefinite.stream().anyMatch(w -> text.startsWith(w, i))) {
            k += indefinite.stream().filter(w -> text.startsWith(w, i)).findFirst().orElseThrow().length();
        } else {
            while (k < n && k - i <= 3 && Numerals.COUNTING.indexOf(text.charAt(k)) >= 0) {
                k++;
            }
            if (k - i > 3) {
                return false;
            }
        }
        if (k < n && text.startsWith(about, k)) {
            k += about.length();
        }
        return k < n && countingStarts.indexOf(text.charAt(k)) >= 0;
    }
}
