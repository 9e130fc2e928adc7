package org.dipkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.RiotException;
import org.dipkg.io.TdbStore;
import org.dipkg.pipeline.Pipeline;
import org.dipkg.rules.RuleData;
import picocli.CommandLine.Option;

/**
 * Where a command's graph comes from: a graph file or TDB2 store that extract wrote, or else documents
 * extracted on the spot (default seeds/) with the bundled rule tables plus the user's.
 */
public final class GraphSource {
    @Option(names = "--data", paramLabel = "FILE",
            description = "Use a graph file written by extract (Turtle, N-Triples, TriG or JSON-LD) instead of extracting.")
    Path data;

    @Option(names = "--tdb", paramLabel = "DIR",
            description = "Use the TDB2 store that 'extract --tdb DIR' wrote instead of extracting.")
    Path tdb;

    @Option(names = "--lexicon", paramLabel = "DIR", description = "Extra rule tables for extracting, as for extract.")
    Path lexicon;

    /** What --split-pages does, as every command that extracts says it. */
    static final String SPLIT_PAGES = "Read each .txt file as a newspaper page: two or more dispatch lines "
            + "(新华社北京11月15日电, 本报…电) split it into its articles, each a document FILE#1, FILE#2 … under its "
            + "titles, dated by the page's header. Off by default: a .txt file is one document, as the output "
            + "contract names it. Markdown and HTML files are always split at their article headings.";

    @Option(names = "--split-pages", description = SPLIT_PAGES)
    boolean splitPages;

    /** Thrown for a graph that cannot be had; the message is one line for the user. */
    private static final class DataException extends Exception {
        DataException(String message) {
            super(message);
        }
    }

    /** The graph, or null after telling the user in one line why there is none. */
    Dataset loadOrSay(List<Path> inputs, PrintWriter err) {
        try {
            return load(inputs, err);
        } catch (DataException e) {
            err.println("dipkg: " + e.getMessage());
            return null;
        }
    }

    private Dataset load(List<Path> inputs, PrintWriter err) throws DataException {
        if (tdb != null) {
            Dataset store = TdbStore.open(tdb);
            if (store == null) {
                throw new DataException(tdb + ": no TDB2 store here (write one with 'dipkg extract --tdb " + tdb + "')");
            }
            return store;
        }
        if (data != null) {
            if (!Files.isRegularFile(data)) {
                throw new DataException(data + ": no such file");
            }
            try {
                // no logging: the one line below says what is wrong, where RIOT would log it a second time
                Dataset ds = DatasetFactory.createTxnMem();
                RDFParser.source(data).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(ds);
                return ds;
            } catch (RiotException e) {
                throw new DataException(data + ": not a graph dipkg can read (" + e.getMessage() + ")");
            }
        }
        List<Path> roots = inputs == null || inputs.isEmpty() ? List.of(Path.of("seeds")) : inputs;
        Pipeline.Result r = new Pipeline(new RuleData(Optional.ofNullable(lexicon)),
                Runtime.getRuntime().availableProcessors(), java.nio.charset.StandardCharsets.UTF_8,
                org.dipkg.text.DocumentReader.DEFAULT_MAX_CHARS, splitPages).run(roots, msg -> err.println("dipkg: " + msg));
        for (Pipeline.Failure f : r.failures()) {
            err.println("dipkg: " + f.message());
        }
        if (r.sources().isEmpty()) {
            throw new DataException("no document could be extracted");
        }
        return r.graph().dataset();
    }
}
