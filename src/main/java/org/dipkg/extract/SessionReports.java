package org.dipkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.regex.Matcher;
import org.dipkg.rules.Cues;
import org.dipkg.rules.RuleData;
import org.dipkg.rules.Words;
import org.dipkg.text.Span;

/**
 * A session of a mechanism reported as held, its name first and the verb last (X首次会议在某地举行, X第二轮磋商已经召开):
 * the step of its history that says it has met. The verb is a trigger whose action is to hold; nothing
 * between the session and it may mark an intent (将, 愿: adverbs.csv) or a denial, so a session still to
 * come is not reported as held.
 */
final class SessionReports {
    private static final String HOLD = "hold";
    private static final String HELD = "held";
    /** The farthest the verb stands after the session (a date and a place between). */
    private static final int MAX_GAP = 16;

    private final Cues cues;
    private final Words notYet;
    private final String aspect;

    SessionReports(Cues cues, RuleData data) {
        this.cues = cues;
        List<String> marks = new ArrayList<>();
        for (Map<String, String> r : data.rows("adverbs")) {
            String role = r.get("role");
            if ("will".equals(role) || "willing".equals(role) || "demand".equals(role) || "negation".equals(role)) {
                marks.add(r.get("word"));
            }
        }
        this.notYet = new Words(marks);
        this.aspect = cues.aspect;
    }

    /**
     * The sessions held of the mechanisms in {@code mentions}: between the parties the mechanism's name gives,
     * else the document's {@code pair}.
     */
    List<Commitment> find(String text, List<Mention> mentions, SortedSet<String> pair, List<Commitment> found) {
        List<Commitment> out = new ArrayList<>();
        if (pair.size() < 2) {
            return out;
        }
        for (Mention m : mentions) {
            if (m.type() != EntityType.MECHANISM && m.type() != EntityType.WORKING_GROUP) {
                continue;
            }
            int end = m.span().end();
            Matcher session = MechanismFinder.ORDINAL_SESSION.matcher(text).region(end, Math.min(text.length(), end + 6));
            if (!session.lookingAt()) {
                continue;
            }
            Span verb = heldVerb(text, session.end());
            if (verb == null || covered(found, m.span())) {
                continue;
            }
            Span span = new Span(m.span().start(), verb.end());
            // the pair its name gives (中美…在日内瓦举行: not Switzerland's), else the document's
            SortedSet<String> named = cues.leadingParties(m.label()).parties();
            SortedSet<String> parties = named.size() >= 2 ? named : pair;
            out.add(new Commitment(CommitmentKind.AGREEMENT, parties, new java.util.TreeSet<>(), null, HOLD, false, HELD,
                    span, text.substring(span.start(), span.end()), List.of(m), null, null, null, 0.6));
        }
        return out;
    }

    /** The verb of holding that ends the clause after {@code from}, with nothing between marking an intent; or null. */
    private Span heldVerb(String text, int from) {
        for (int i = from; i < Math.min(text.length(), from + MAX_GAP); i++) {
            if (ends(text, i) || notYet.startingAt(text, i) != null) {
                return null;
            }
            Cues.Trigger t = cues.triggerAt(text, i);
            if (t != null && HOLD.equals(t.action())) {
                int end = i + t.verb().length();
                int after = text.startsWith(aspect, end) ? end + aspect.length() : end;
                return ends(text, after) ? new Span(i, end) : null;
            }
        }
        return null;
    }

    /** Whether a clause ends at {@code i}. */
    private static boolean ends(String text, int i) {
        return i >= text.length() || text.charAt(i) == '\n' || Clauses.BREAKS.indexOf(text.charAt(i)) >= 0;
    }

    /** Whether a commitment found already concerns the mention (双方举行了X首次会议). */
    private static boolean covered(List<Commitment> found, Span mention) {
        for (Commitment c : found) {
            if (c.span().contains(mention)) {
                return true;
            }
        }
        return false;
    }
}
