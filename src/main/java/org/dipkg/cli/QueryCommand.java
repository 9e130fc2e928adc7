package org.dipkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.dipkg.serve.CannedQuery;
import org.dipkg.serve.QueryCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dipkg query}: runs a canned query or a query file against the graph, offline. */
@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Run a canned query (by name; see --list) or a .rq file against the graph, offline.",
            "The graph is extracted from the inputs (default: seeds/), or read with --data or --tdb."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:results printed", "2:usage error, unknown query or a query that does not parse",
            "3:no graph"})
public final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LoggingMixin logging;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME|FILE", description = "A canned query's name or a .rq file.")
    String query;

    @Option(names = "--list", description = "List the canned queries.")
    boolean list;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    GraphSource graph;

    @Option(names = "--input", paramLabel = "INPUT", description = "Documents to extract instead of seeds/ (repeatable).")
    java.util.List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        QueryCatalog catalog = QueryCatalog.load();
        if (list || query == null) {
            for (CannedQuery q : catalog.all()) {
                out.printf("%-36s %s%n", q.name(), q.title());
            }
            if (query == null && !list) {
                err.println("dipkg query: give a canned query's name (listed above) or a .rq file");
                return ExitCode.USAGE;
            }
            return ExitCode.OK;
        }
        if (!java.util.List.of("table", "csv", "tsv", "json").contains(format)) {
            err.println("dipkg query: unknown format '" + format + "' (expected table, csv, tsv or json)");
            return ExitCode.USAGE;
        }
        String text;
        Path file = Path.of(query);
        if (catalog.byName(query).isPresent()) {
            text = catalog.byName(query).get().text();
        } else if (Files.exists(file)) {
            try {
                text = org.dipkg.io.TextFiles.read(file, MAX_QUERY_BYTES);
            } catch (org.dipkg.text.InputException e) {
                err.println("dipkg query: " + e.getMessage());
                return ExitCode.USAGE;
            }
        } else {
            err.println("dipkg query: " + query + ": no canned query of that name and no such file (see dipkg query --list)");
            return ExitCode.USAGE;
        }
        Query q;
        try {
            q = QueryFactory.create(text);
        } catch (QueryParseException e) {
            err.println("dipkg query: " + query + ": not a SPARQL query: " + parseProblem(e));
            return ExitCode.USAGE;
        }
        if (callsService(q)) {
            err.println("dipkg query: " + query + ": SERVICE calls another endpoint over the network; dipkg's queries "
                    + "run offline, on the graph alone");
            return ExitCode.USAGE;
        }
        Dataset ds = graph.loadOrSay(inputs, err);
        if (ds == null) {
            return ExitCode.FAILED;
        }
        ByteArrayOutputStream os = new ByteArrayOutputStream();
        org.apache.jena.system.Txn.executeRead(ds, () -> run(q, ds, os, out));
        out.print(os.toString(StandardCharsets.UTF_8));
        out.flush();
        return ExitCode.OK;
    }

    /** The longest query file read. */
    private static final long MAX_QUERY_BYTES = 1 << 20;

    /** Whether the query holds a SERVICE clause anywhere, a subquery's included. */
    static boolean callsService(Query q) {
        if (q.getQueryPattern() == null) {
            return false;
        }
        boolean[] found = {false};
        org.apache.jena.sparql.syntax.ElementWalker.walk(q.getQueryPattern(),
                new org.apache.jena.sparql.syntax.ElementVisitorBase() {
                    @Override
                    public void visit(org.apache.jena.sparql.syntax.ElementService el) {
                        found[0] = true;
                    }

                    @Override
                    public void visit(org.apache.jena.sparql.syntax.ElementSubQuery el) {
                        found[0] |= callsService(el.getQuery());
                    }
                });
        return found[0];
    }

    /** The parser's message without the long list of what it expected instead. */
    static String parseProblem(QueryParseException e) {
        if (e.getMessage() == null) {
            return e.getCause() instanceof StackOverflowError ? "it nests too deeply to parse" : "the parser gave no reason";
        }
        String m = String.valueOf(e.getMessage());
        int expecting = m.indexOf("Was expecting");
        return (expecting < 0 ? m : m.substring(0, expecting)).replaceAll("\\s+", " ").strip();
    }

    private void run(Query q, Dataset ds, ByteArrayOutputStream os, java.io.PrintWriter out) {
        try (QueryExecution exec = QueryExecutionFactory.create(q, ds)) {
            exec.getContext().set(org.apache.jena.query.ARQ.httpServiceAllowed, false); // one hidden in an expression too
            if (q.isSelectType()) {
                ResultSet rs = exec.execSelect();
                switch (format) {
                    case "csv" -> ResultSetFormatter.outputAsCSV(os, rs);
                    case "tsv" -> ResultSetFormatter.outputAsTSV(os, rs);
                    case "json" -> ResultSetFormatter.outputAsJSON(os, rs);
                    default -> TextTable.print(rs, q.getPrefixMapping(),
                            new java.io.PrintWriter(new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8)));
                }
            } else if (q.isAskType()) {
                out.println(exec.execAsk() ? "yes" : "no");
            } else if (q.isConstructType() || q.isDescribeType()) {
                RDFDataMgr.write(os, q.isConstructType() ? exec.execConstruct() : exec.execDescribe(), Lang.TURTLE);
            }
        }
    }
}
