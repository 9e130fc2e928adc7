package org.dipkg.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Known entities (people, places, organisations) from the {@code entities} table, found in a text by
 * longest match on any of their written forms.
 */
public final class Lexicon {

    /**
     * One known entity. Type is {@code Person}, {@code Place} or {@code Organization}; kind, for a
     * place, is {@code country}, {@code city}, {@code region} or {@code venue}.
     */
    public record Entry(String type, String name, List<String> variants, String en, String wikidata,
                        String country, String role, String kind, String shortForm) {
        public boolean isCountry() {
            return "country".equals(kind);
        }

        /** Whether the entry names a party: a country, or a union with a short form of its own (欧盟). */
        public boolean isParty() {
            return !country.isEmpty() && (isCountry() || !shortForm.isEmpty());
        }
    }

    /** A written form of an entry found at {@code [start, end)}. */
    public record Hit(Entry entry, int start, int end) {
    }

    /** The types an entry may have. */
    private static final List<String> TYPES = List.of("Person", "Organization", "Place");

    private final Map<String, Entry> bySurface = new HashMap<>();
    private final Words surfaces;

    public Lexicon(RuleData data) {
        for (Map<String, String> r : data.rows("entities")) {
            if (!TYPES.contains(r.get("type")) || r.get("name").isEmpty()) {
                throw new IllegalArgumentException(r.get(RuleData.AT) + ": an entity needs a name and a type of "
                        + String.join(", ", TYPES) + " (this row has type '" + r.get("type") + "', name '"
                        + r.get("name") + "')");
            }
            List<String> variants = new ArrayList<>();
            for (String v : r.getOrDefault("variants", "").split("\\|")) {
                if (!v.isBlank()) {
                    variants.add(v.trim());
                }
            }
            Entry e = new Entry(r.get("type"), r.get("name"), List.copyOf(variants), r.getOrDefault("en", ""),
                    r.getOrDefault("wikidata", ""), r.getOrDefault("country", ""), r.getOrDefault("role", ""),
                    r.getOrDefault("kind", ""), r.getOrDefault("short", ""));
            add(e.name(), e);
            for (String v : variants) {
                add(v, e);
            }
        }
        surfaces = new Words(bySurface.keySet());
    }

    private void add(String surface, Entry e) {
        bySurface.put(surface, e);
    }

    /** Every written form of a party (a country or the EU), with its code. */
    public Map<String, String> countries() {
        Map<String, String> out = new HashMap<>();
        bySurface.forEach((surface, e) -> {
            if (e.isParty()) {
                out.put(surface, e.country());
            }
        });
        return out;
    }

    /** Each party's short form (美, 欧) with the codes of the parties that use it, in code order. */
    public Map<String, java.util.SortedSet<String>> shortForms() {
        Map<String, java.util.SortedSet<String>> out = new HashMap<>();
        bySurface.values().stream().distinct().filter(e -> e.isParty() && !e.shortForm().isEmpty())
                .forEach(e -> out.computeIfAbsent(e.shortForm(), k -> new java.util.TreeSet<>()).add(e.country()));
        return out;
    }

    /** Every written form of a news agency or paper (kind news), whose dateline dates a text. */
    public java.util.List<String> newsNames() {
        return bySurface.entrySet().stream().filter(e -> "news".equals(e.getValue().kind())).map(Map.Entry::getKey)
                .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()))
                .toList();
    }

    public Entry bySurface(String surface) {
        return bySurface.get(surface);
    }

    /** Longest-match hits in {@code text[from, to)}, left to right, not overlapping. */
    public List<Hit> find(String text, int from, int to) {
        List<Hit> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            String w = surfaces.startingAt(text, i, to);
            Hit best = w == null ? null : new Hit(bySurface.get(w), i, i + w.length());
            if (best != null) {
                out.add(best);
                i = best.end();
            } else {
                i++;
            }
        }
        return out;
    }
}
