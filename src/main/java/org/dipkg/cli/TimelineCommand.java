package org.dipkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.dipkg.io.ReportCells;
import org.dipkg.serve.QueryCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dipkg timeline}: what became of each commitment and mechanism, from the canned queries
 * {@code commitment-timeline} and {@code mechanism-lifecycle}: {@code timeline.csv}, and {@code timeline.html},
 * a chart drawn by ECharts (inlined from its webjar, so the page needs no network).
 */
@Command(name = "timeline", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write timeline.html (time across, one row per commitment or mechanism, a mark per statement "
                + "coloured by status, filters by party and kind, the source's words on hover) and timeline.csv.",
            "The graph is extracted from the inputs (default: seeds/), or read with --data or --tdb."},
        exitCodeListHeading = "Exit codes:%n", exitCodeList = {"0:written", "2:usage error", "3:no graph"})
public final class TimelineCommand implements Callable<Integer> {
    private static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
    private static final String PAGE = "org/dipkg/timeline/timeline.html";
    static final String[] CSV_HEADER = {"row", "what", "date", "status", "parties", "kind", "meeting", "source", "quote"};

    @Spec
    CommandSpec spec;

    @Mixin
    LoggingMixin logging;

    @Mixin
    GraphSource graph;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Documents to extract (default: seeds/).")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
            description = "Where timeline.html and timeline.csv go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        Dataset ds = graph.loadOrSay(inputs, err);
        if (ds == null) {
            return ExitCode.FAILED;
        }
        List<Map<String, String>> rows = new ArrayList<>();
        QueryCatalog catalog = QueryCatalog.load();
        org.apache.jena.system.Txn.executeRead(ds, () -> {
            select(ds, catalog.byName("commitment-timeline").orElseThrow().text(), s -> rows.add(row(s, "commitment",
                    "item", "status")));
            select(ds, catalog.byName("mechanism-lifecycle").orElseThrow().text(), s -> rows.add(row(s, "mechanism",
                    "mechanism", "event")));
        });
        Files.createDirectories(out);
        Path csv = out.resolve("timeline.csv");
        Path html = out.resolve("timeline.html");
        write(csv, w -> {
            try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
                for (Map<String, String> r : rows) {
                    p.printRecord(ReportCells.neutral(r.values().toArray()));
                }
            }
        });
        JsonArray json = new JsonArray();
        for (Map<String, String> r : rows) {
            JsonObject o = new JsonObject();
            r.forEach(o::put);
            json.add(o);
        }
        String page = resource(PAGE).replace("/*ECHARTS*/", resource(ECHARTS).replace("</script", "<\\/script"))
                .replace("/*ROWS*/", json.toString().replace("</", "<\\/"));
        write(html, w -> w.write(page));
        long dates = rows.stream().map(r -> r.get("date")).distinct().count();
        spec.commandLine().getOut().printf("wrote %s and %s: %d statements of %d rows on %d dates%n", html, csv,
                rows.size(), rows.stream().map(r -> r.get("row")).distinct().count(), dates);
        return ExitCode.OK;
    }

    /** One mark of the chart: its row, what the row is, date, status and the rest, in the CSV's order. */
    private static Map<String, String> row(QuerySolution s, String what, String label, String status) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("row", text(s.get(label)));
        r.put("what", what);
        r.put("date", text(s.get("date")));
        r.put("status", text(s.get(status)));
        r.put("parties", String.join("+", new java.util.TreeSet<>(List.of(text(s.get("parties")).split("\\+")))));
        r.put("kind", text(s.get("kind")));
        r.put("meeting", text(s.get("meeting")));
        r.put("source", text(s.get("source")));
        r.put("quote", text(s.get("quote")));
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

    private static String resource(String name) throws IOException {
        try (InputStream in = TimelineCommand.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @FunctionalInterface
    private interface Content {
        void writeTo(Writer w) throws IOException;
    }

    /** Writes a file through a temporary sibling moved into place once whole. */
    private static void write(Path target, Content content) throws IOException {
        // a new file, not a temporary one: it gets the permissions any file gets there (the user's umask)
        Path tmp = target.toAbsolutePath().resolveSibling("." + target.getFileName() + "."
                + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".part");
        Files.createFile(tmp);
        try {
            try (Writer w = new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8)) {
                content.writeTo(w);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
