package org.dipkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The graph of serve and bench endpoint: documents given as arguments, or a graph already written. */
public final class DataMixin {
    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Documents to extract (default: seeds/), unless --data or --tdb is given.")
    List<Path> inputs;

    @Mixin
    GraphSource graph;

    /** The graph, or null after telling the user in one line why there is none. */
    Dataset loadOrSay(PrintWriter err) {
        return graph.loadOrSay(inputs, err);
    }
}
