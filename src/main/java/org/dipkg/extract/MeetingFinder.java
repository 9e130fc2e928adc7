package org.dipkg.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dipkg.rules.Words;
import org.dipkg.text.Document;
import org.dipkg.text.Sentence;
import org.dipkg.text.Span;

/**
 * Reads a document and returns the meeting it reports: the first sentence in which two leaders of
 * different countries meet, talk or call (会晤, 会谈, 通电话…) gives the date (its own, with the year
 * of the document when it only says month and day), the places and the participants.
 */
final class MeetingFinder {
    private static final Pattern DATE = Pattern.compile("(?:" + Datelines.YEAR + ")?" + Datelines.MONTH_DAY);
    /** The mark of a date range (14日至17日). */
    private static final String UNTIL = "至";
    /** Verbs and nouns of a meeting between leaders (meeting-verbs.csv), and the kind of meeting each says. */
    private final Words meets;
    private final Map<String, String> kinds = new java.util.HashMap<>();
    private static final List<String> KINDS = List.of("call", "video", "talks", "meeting", "summit");

    MeetingFinder(org.dipkg.rules.RuleData data) {
        for (Map<String, String> r : data.rows("meeting-verbs")) {
            if (!KINDS.contains(r.get("kind"))) {
                throw new IllegalArgumentException(r.get(org.dipkg.rules.RuleData.AT) + ": a meeting's kind is one of "
                        + String.join(", ", KINDS) + " (this row has '" + r.get("kind") + "')");
            }
            kinds.put(r.get("word"), r.get("kind"));
        }
        meets = new Words(kinds.keySet());
    }

    Meeting find(Document doc, List<Mention> mentions, LocalDate documentDate) {
        String text = doc.analysis().text();
        MentionIndex index = new MentionIndex(mentions);
        Meeting fallback = null;
        for (Sentence s : doc.sentences()) {
            Span sp = s.span();
            String st = text.substring(sp.start(), sp.end());
            int at = meets.indexIn(st);
            if (at < 0) {
                continue;
            }
            String kind = kinds.get(meets.startingAt(st, at));
            Map<String, Mention> leaders = new LinkedHashMap<>();
            List<Mention> places = new ArrayList<>();
            for (Mention m : index.inside(sp)) {
                if (m.type() == EntityType.PERSON && m.country() != null && m.role() != null) {
                    leaders.putIfAbsent(m.country(), m);
                } else if (m.type() == EntityType.PLACE && !isCountry(m)) {
                    places.add(m);
                }
            }
            if (leaders.size() < 2) {
                continue;
            }
            LocalDate date = documentDate;
            Matcher d = DATE.matcher(st);
            if (d.find()) {
                int year = d.group(1) != null ? Integer.parseInt(d.group(1))
                        : documentDate != null ? documentDate.getYear() : -1;
                if (year > 0) {
                    try {
                        date = LocalDate.of(year, Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
                    } catch (DateTimeException e) {
                        // keep the document's date
                    }
                }
            }
            if (date == null) {
                continue;
            }
            Meeting m = new Meeting(date, List.copyOf(leaders.values()), places, sp, kind);
            // a trip's date range (14日至17日) is a fallback; a sentence naming the meeting's own day wins
            if (d.find(0) && st.startsWith(UNTIL, d.end())) {
                fallback = fallback == null ? m : fallback;
                continue;
            }
            return m;
        }
        return fallback;
    }

    private static boolean isCountry(Mention m) {
        return m.known() != null && m.known().isCountry();
    }
}
