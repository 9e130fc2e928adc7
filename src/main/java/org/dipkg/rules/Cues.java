package org.dipkg.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The cue words of the genre, loaded from the rule tables: titles, speech verbs, mechanism heads,
 * commitment trigger verbs and party words.
 */
public final class Cues {

    /** A mechanism head noun. */
    public record Head(String word, String type, boolean event) {
    }

    /** A trigger verb of a commitment. */
    public record Trigger(String verb, String action, String status, boolean negative) {
    }

    public final Map<String, String> titles = new LinkedHashMap<>();
    public final Set<String> stateTitles = new TreeSet<>();
    public final Set<String> speechVerbs;
    public final Map<String, Head> heads = new HashMap<>();
    public final Map<String, Trigger> triggers = new HashMap<>();
    public final Map<String, String> parties = new HashMap<>();
    public final int longestHead;
    public final int longestTrigger;
    public final int longestTitle;
    private final Map<Character, List<String>> titlesByLast = new HashMap<>();
    private final Map<Character, List<String>> titlesByFirst = new HashMap<>();
    private final Map<Character, List<String>> triggersByFirst = new HashMap<>();
    private final Map<Character, List<String>> partiesByFirst = new HashMap<>();

    public Cues(RuleData data) {
        for (Map<String, String> r : data.rows("titles")) {
            titles.put(r.get("title"), r.getOrDefault("en", ""));
            if ("state".equals(r.get("office"))) {
                stateTitles.add(r.get("title"));
            }
        }
        speechVerbs = Set.copyOf(new TreeSet<>(data.words("speech-verbs", "verb")));
        int lh = 0;
        for (Map<String, String> r : data.rows("mechanism-heads")) {
            Head h = new Head(r.get("head"), r.get("type"), "yes".equals(r.get("event")));
            heads.put(h.word(), h);
            lh = Math.max(lh, h.word().length());
        }
        longestHead = lh;
        int lt = 0;
        for (Map<String, String> r : data.rows("actions")) {
            Trigger t = new Trigger(r.get("verb"), r.get("action"), emptyToNull(r.get("status")),
                    "negative".equals(r.get("polarity")));
            triggers.put(t.verb(), t);
            lt = Math.max(lt, t.verb().length());
        }
        longestTrigger = lt;
        for (Map<String, String> r : data.rows("parties")) {
            parties.put(r.get("word"), r.get("party"));
        }
        int ll = 0;
        for (String t : titles.keySet()) {
            ll = Math.max(ll, t.length());
        }
        longestTitle = ll;
        for (String t : titles.keySet()) {
            titlesByLast.computeIfAbsent(t.charAt(t.length() - 1), k -> new ArrayList<>()).add(t);
            titlesByFirst.computeIfAbsent(t.charAt(0), k -> new ArrayList<>()).add(t);
        }
        for (String t : triggers.keySet()) {
            triggersByFirst.computeIfAbsent(t.charAt(0), k -> new ArrayList<>()).add(t);
        }
        for (String w : parties.keySet()) {
            partiesByFirst.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
        }
        for (Map<Character, List<String>> m : List.of(titlesByLast, titlesByFirst, triggersByFirst, partiesByFirst)) {
            m.values().forEach(l -> l.sort((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b)));
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** The longest trigger verb starting at {@code i}, or null. */
    public Trigger triggerAt(String text, int i) {
        List<String> c = i < text.length() ? triggersByFirst.get(text.charAt(i)) : null;
        if (c != null) {
            for (String t : c) {
                if (text.startsWith(t, i)) {
                    return triggers.get(t);
                }
            }
        }
        return null;
    }

    /** The longest title ending at {@code end}, or null. */
    public String titleEndingAt(String text, int end) {
        List<String> c = end > 0 && end <= text.length() ? titlesByLast.get(text.charAt(end - 1)) : null;
        if (c != null) {
            for (String t : c) {
                if (end - t.length() >= 0 && text.startsWith(t, end - t.length())) {
                    return t;
                }
            }
        }
        return null;
    }

    /** The longest title starting at {@code start}, or null. */
    public String titleStartingAt(String text, int start) {
        List<String> c = start >= 0 && start < text.length() ? titlesByFirst.get(text.charAt(start)) : null;
        if (c != null) {
            for (String t : c) {
                if (text.startsWith(t, start)) {
                    return t;
                }
            }
        }
        return null;
    }

    /** The longest party word starting at {@code i}, or null. */
    public String partyWordAt(String text, int i) {
        List<String> c = i >= 0 && i < text.length() ? partiesByFirst.get(text.charAt(i)) : null;
        if (c != null) {
            for (String w : c) {
                if (text.startsWith(w, i)) {
                    return w;
                }
            }
        }
        return null;
    }
}
