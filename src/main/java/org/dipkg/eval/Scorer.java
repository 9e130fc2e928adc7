package org.dipkg.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Scores predicted rows against gold rows by the rule of the output contract: a gold row is found when
 * a predicted row of the same document and a compatible type contains its text, or is contained in it
 * covering at least 60%, without being over-long (at most 2.5 × the gold length + 6), texts compared on
 * their letters and digits only.
 */
public final class Scorer {

    /** A row of either table: the columns the rule reads. */
    public record Row(String doc, String type, String kind, String party, String set, String tier, String text,
                      String start, String end) {
    }

    /** The figures, in the order they are printed, and the lists behind {@code --misses}. */
    public record Score(Map<String, Object> figures, List<Row> missedTier1, List<Row> unmatchedPredictions) {
    }

    /** The columns a gold table must have. */
    public static final List<String> GOLD_COLUMNS = List.of("doc", "type", "tier", "text");

    /** The columns a predicted table (mentions.csv) must have. */
    public static final List<String> MENTION_COLUMNS = List.of("doc", "type", "text", "start", "end");

    /**
     * Reads a gold or predicted table by its column names (a byte-order mark is skipped); refuses one
     * that is not well-formed CSV or lacks any of the {@code required} columns.
     */
    public static List<Row> load(Path csv, List<String> required) throws IOException {
        List<Row> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            r.mark(1);
            if (r.read() != '\ufeff') {
                r.reset();
            }
            try (CSVParser p = CSVParser.builder().setReader(r)
                    .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
                List<String> missing = required.stream().filter(c -> !p.getHeaderNames().contains(c)).toList();
                if (!missing.isEmpty()) {
                    throw new IOException("no column " + String.join(", ", missing) + " in the header row");
                }
                boolean gold = required.contains("tier");
                for (CSVRecord rec : p) {
                    Row row = new Row(get(rec, "doc"), get(rec, "type"), get(rec, "kind"),
                            get(rec, "party"), get(rec, "set"), get(rec, "tier"), get(rec, "text"), get(rec, "start"),
                            get(rec, "end"));
                    String problem = problem(row, gold);
                    if (problem != null) {
                        throw new IOException("line " + rec.getParser().getCurrentLineNumber() + ": " + problem);
                    }
                    out.add(row);
                }
            } catch (UncheckedIOException e) { // what the parser's iterator throws for a malformed record
                throw e.getCause();
            }
        }
        return out;
    }

    /** The types a row may have: the entity types and Commitment. */
    private static final Set<String> TYPES = java.util.stream.Stream.concat(
            java.util.Arrays.stream(org.dipkg.extract.EntityType.values()).map(org.dipkg.extract.EntityType::label),
            java.util.stream.Stream.of("Commitment")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** The kinds a commitment may have. */
    private static final Set<String> KINDS = java.util.Arrays.stream(org.dipkg.extract.CommitmentKind.values())
            .map(org.dipkg.extract.CommitmentKind::label).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** What is wrong with a row, or null: an unknown type or kind, a tier not 1 or 2, offsets that are no span. */
    private static String problem(Row r, boolean gold) {
        if (!TYPES.contains(r.type())) {
            return "type '" + r.type() + "' is none of " + new java.util.TreeSet<>(TYPES);
        }
        if (!r.kind().isEmpty() && "Commitment".equals(r.type()) && !KINDS.contains(r.kind())) {
            return "kind '" + r.kind() + "' is none of " + new java.util.TreeSet<>(KINDS);
        }
        if (gold && !r.tier().equals("1") && !r.tier().equals("2")) {
            return "tier '" + r.tier() + "' is not 1 or 2";
        }
        if (!gold) {
            try {
                int start = Integer.parseInt(r.start().trim());
                int end = Integer.parseInt(r.end().trim());
                if (start < 0 || end < start) {
                    return "offsets " + start + " to " + end + " are no span of the text";
                }
            } catch (NumberFormatException e) {
                return "offsets '" + r.start() + "', '" + r.end() + "' are not whole numbers";
            }
        }
        return null;
    }

    private static String get(CSVRecord rec, String col) {
        return rec.isMapped(col) && rec.isSet(col) ? rec.get(col) : "";
    }

    /** Keeps letters and digits (Unicode categories L and N). */
    public static String norm(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(cp -> {
            int t = Character.getType(cp);
            return t == Character.UPPERCASE_LETTER || t == Character.LOWERCASE_LETTER
                    || t == Character.TITLECASE_LETTER || t == Character.MODIFIER_LETTER
                    || t == Character.OTHER_LETTER || t == Character.DECIMAL_DIGIT_NUMBER
                    || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
        }).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    public static boolean compatible(String goldType, String predType) {
        if (goldType.equals(predType)) {
            return true;
        }
        Set<String> mech = Set.of("Mechanism", "WorkingGroup");
        return mech.contains(goldType) && mech.contains(predType);
    }

    public static boolean matches(String gold, String pred) {
        String ng = norm(gold);
        String np = norm(pred);
        int lg = ng.codePointCount(0, ng.length());
        int lp = np.codePointCount(0, np.length());
        if (lg == 0 || lp == 0) {
            return false;
        }
        if (lp > 2.5 * lg + 6) {
            return false;
        }
        if (np.contains(ng)) {
            return true;
        }
        return ng.contains(np) && lp >= 0.6 * lg;
    }

    /**
     * Scores {@code predicted} against {@code gold}; with {@code docsDir}, also the share of rows whose
     * offsets select their text in the original file.
     */
    public Score score(List<Row> gold, List<Row> predictedAll, Path docsDir) throws IOException {
        Set<String> docs = new TreeSet<>();
        gold.forEach(g -> docs.add(g.doc()));
        List<Row> pred = predictedAll.stream().filter(p -> docs.contains(p.doc())).toList();
        Map<String, List<Row>> byDoc = new HashMap<>();
        for (Row p : pred) {
            byDoc.computeIfAbsent(p.doc(), k -> new ArrayList<>()).add(p);
        }
        Map<String, Object> res = new LinkedHashMap<>();
        TreeMap<String, int[]> counts = new TreeMap<>(); // key "tier|family" -> {found, total}
        List<Row> missed = new ArrayList<>();
        int partyOk = 0;
        int partyN = 0;
        int kindOk = 0;
        int kindN = 0;
        for (Row g : gold) {
            String key = g.tier() + "|" + ("Commitment".equals(g.type()) ? "Commitment" : "Entity");
            List<Row> hits = byDoc.getOrDefault(g.doc(), List.of()).stream()
                    .filter(p -> compatible(g.type(), p.type()) && matches(g.text(), p.text())).toList();
            int[] c = counts.computeIfAbsent(key, k -> new int[2]);
            c[1]++;
            if (!hits.isEmpty()) {
                c[0]++;
                if ("Commitment".equals(g.type()) && "1".equals(g.tier())) {
                    partyN++;
                    partyOk += hits.stream().anyMatch(p -> p.party().equals(g.party())) ? 1 : 0;
                    kindN++;
                    kindOk += hits.stream().anyMatch(p -> p.kind().equals(g.kind())) ? 1 : 0;
                }
            } else if ("1".equals(g.tier())) {
                missed.add(g);
            }
        }
        int t1 = 0;
        int n1 = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            String[] k = e.getKey().split("\\|");
            res.put("recall.tier" + k[0] + "." + k[1], round(e.getValue()[0], e.getValue()[1]));
            if (k[0].equals("1")) {
                t1 += e.getValue()[0];
                n1 += e.getValue()[1];
            }
        }
        res.put("recall.tier1", n1 > 0 ? round(t1, n1) : null);
        List<Row> unmatched = new ArrayList<>();
        for (String ptype : List.of("Commitment", "Mechanism+WorkingGroup", "Person")) {
            Set<String> types = Set.of(ptype.split("\\+"));
            List<Row> ps = pred.stream().filter(p -> types.contains(p.type())).toList();
            int ok = 0;
            for (Row p : ps) {
                boolean hit = gold.stream().anyMatch(g -> g.doc().equals(p.doc()) && compatible(g.type(), p.type())
                        && matches(g.text(), p.text()));
                if (hit) {
                    ok++;
                } else {
                    unmatched.add(p);
                }
            }
            res.put("precision." + ptype, ps.isEmpty() ? null : round(ok, ps.size()));
            res.put("predicted." + ptype, ps.size());
        }
        res.put("party.accuracy.tier1", partyN > 0 ? round(partyOk, partyN) : null);
        res.put("kind.accuracy.tier1", kindN > 0 ? round(kindOk, kindN) : null);
        res.put("sets.complete", setsComplete(gold, byDoc));
        if (docsDir != null) {
            int exact = 0;
            int n = 0;
            Map<String, String> texts = new HashMap<>();
            for (Row p : pred) {
                Path path = docsDir.resolve(p.doc());
                if (!Files.exists(path)) {
                    continue;
                }
                String text = texts.computeIfAbsent(p.doc(), d -> read(path));
                n++;
                try {
                    int s = Integer.parseInt(p.start().trim());
                    int e = Integer.parseInt(p.end().trim());
                    exact += slice(text, s, e).equals(p.text()) ? 1 : 0;
                } catch (NumberFormatException ex) {
                    // counted, not exact
                }
            }
            res.put("offsets.exact", n > 0 ? round(exact, n) : null);
        }
        return new Score(res, missed, unmatched);
    }

    private static String setsComplete(List<Row> gold, Map<String, List<Row>> byDoc) {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Row g : gold) {
            if (!g.set().isEmpty() && "1".equals(g.tier())) {
                groups.computeIfAbsent(g.doc() + "\u0000" + g.set(), k -> new ArrayList<>()).add(g);
            }
        }
        int ok = 0;
        for (Map.Entry<String, List<Row>> e : groups.entrySet()) {
            String doc = e.getKey().substring(0, e.getKey().indexOf('\u0000'));
            List<Row> members = e.getValue();
            Set<String> labels = new HashSet<>();
            boolean missing = false;
            for (Row g : members) {
                List<Row> hits = byDoc.getOrDefault(doc, List.of()).stream()
                        .filter(p -> "Commitment".equals(p.type()) && matches(g.text(), p.text())).toList();
                hits.forEach(p -> labels.add(p.set()));
                if (hits.isEmpty()) {
                    missing = true;
                }
            }
            if (labels.size() == 1 && !missing && !labels.contains("")) {
                String label = labels.iterator().next();
                Set<String> distinct = new HashSet<>();
                for (Row p : byDoc.getOrDefault(doc, List.of())) {
                    if (label.equals(p.set()) && "Commitment".equals(p.type())) {
                        distinct.add(norm(p.text()));
                    }
                }
                ok += distinct.size() == members.size() ? 1 : 0;
            }
        }
        return ok + "/" + groups.size();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** Code points {@code [s, e)} of {@code text}, clamped as Python slicing is. */
    static String slice(String text, int s, int e) {
        int n = text.codePointCount(0, text.length());
        s = s < 0 ? Math.max(0, n + s) : Math.min(s, n);
        e = e < 0 ? Math.max(0, n + e) : Math.min(e, n);
        if (e <= s) {
            return "";
        }
        int a = text.offsetByCodePoints(0, s);
        return text.substring(a, text.offsetByCodePoints(a, e - s));
    }

    /** Rounds as Python's round(x, 3) does: the exact binary value, half to even. */
    static BigDecimal round(int num, int den) {
        return new BigDecimal((double) num / den).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    /** A figure as Python prints it: None, an int, a float with at least one decimal, or text. */
    public static String format(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof BigDecimal b) {
            String s = b.toPlainString();
            return s.contains(".") ? s : s + ".0";
        }
        return v.toString();
    }
}
