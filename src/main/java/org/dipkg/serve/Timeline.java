package org.dipkg.serve;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.dipkg.io.ReportCells;

/**
 * What became of each commitment and mechanism, from the canned queries {@code commitment-timeline} and
 * {@code mechanism-lifecycle}: one row per statement, as CSV or as a page whose chart ECharts draws
 * (inlined from its webjar, so the page needs no network). {@code dipkg timeline} writes both; the endpoint
 * serves the page at {@code /timeline}.
 */
public final class Timeline {
    private static final String PAGE = "org/dipkg/timeline/timeline.html";
    public static final String[] CSV_HEADER = {"row", "what", "date", "status", "parties", "kind", "meeting", "source", "quote",
        "node"};

    private final List<Map<String, String>> rows;

    private Timeline(List<Map<String, String>> rows) {
        this.rows = rows;
    }

    /** The statements of a dataset, read inside a read transaction of its own. */
    public static Timeline of(Dataset ds) {
        List<Map<String, String>> rows = new ArrayList<>();
        QueryCatalog catalog = QueryCatalog.load();
        org.apache.jena.system.Txn.executeRead(ds, () -> {
            select(ds, catalog.byName("commitment-timeline").orElseThrow().text(),
                    s -> rows.add(row(s, "commitment", "item", "status")));
            select(ds, catalog.byName("mechanism-lifecycle").orElseThrow().text(),
                    s -> rows.add(row(s, "mechanism", "mechanism", "event")));
        });
        return new Timeline(distinct(rows));
    }

    /** The scope of parties an item's IRI is minted in ({@code …/commitment/AU+CN/…}), or null. */
    private static final java.util.regex.Pattern SCOPE = java.util.regex.Pattern.compile("/id/\\w+/([A-Z]{2}(?:\\+[A-Z]{2})+)/");

    /**
     * The rows with a label that two items share (恢复外交与战略对话 at a China–Australia and a China–New
     * Zealand meeting) told apart by the pair each is of, so the chart never draws two items as one.
     */
    private static List<Map<String, String>> distinct(List<Map<String, String>> rows) {
        Map<String, java.util.Set<String>> nodes = new java.util.HashMap<>();
        for (Map<String, String> r : rows) {
            nodes.computeIfAbsent(r.get("what") + " " + r.get("row"), k -> new TreeSet<>()).add(r.get("node"));
        }
        for (Map<String, String> r : rows) {
            if (nodes.get(r.get("what") + " " + r.get("row")).size() > 1) {
                java.util.regex.Matcher m = SCOPE.matcher(r.get("node"));
                String pair = m.find() ? m.group(1) : r.get("parties");
                r.put("row", r.get("row") + " (" + pair + ")");
            }
        }
        return rows;
    }

    public int statements() {
        return rows.size();
    }

    public long items() {
        return rows.stream().map(r -> r.get("row")).distinct().count();
    }

    public long dates() {
        return rows.stream().map(r -> r.get("date")).distinct().count();
    }

    /** The rows as CSV; a cell a spreadsheet would run as a formula is made neutral. */
    public void writeCsv(Writer w) throws IOException {
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get());
        for (Map<String, String> r : rows) {
            p.printRecord(ReportCells.neutral(r.values().toArray()));
        }
        p.flush();
    }

    /** The page: the chart's library and the rows inlined. */
    public String html() {
        JsonArray json = new JsonArray();
        for (Map<String, String> r : rows) {
            JsonObject o = new JsonObject();
            r.forEach(o::put);
            json.add(o);
        }
        return Resources.withCharts(PAGE)
                .replace("/*ROWS*/", json.toString().replace("</", "<\\/"));
    }

    /** One mark of the chart: its row, what the row is, date, status and the rest, in the CSV's order. */
    private static Map<String, String> row(QuerySolution s, String what, String label, String status) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("row", text(s.get(label)));
        r.put("what", what);
        r.put("date", text(s.get("date")));
        r.put("status", text(s.get(status)));
        r.put("parties", String.join("+", new TreeSet<>(List.of(text(s.get("parties")).split("\\+")))));
        r.put("kind", text(s.get("kind")));
        r.put("meeting", text(s.get("meeting")));
        r.put("source", text(s.get("source")));
        r.put("quote", text(s.get("quote")));
        r.put("node", text(s.get("node")));
        return r;
    }

    private static String text(RDFNode n) {
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static void select(Dataset ds, String query, java.util.function.Consumer<QuerySolution> each) {
        try (var q = QueryExecutionFactory.create(query, ds)) {
            q.execSelect().forEachRemaining(each);
        }
    }
}
