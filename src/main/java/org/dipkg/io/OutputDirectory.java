package org.dipkg.io;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The names of the files dipkg writes into an output directory (see {@link OutputGeneration}). */
public final class OutputDirectory {
    private static final List<String> OURS = List.of("graph.ttl", "graph.nt", "graph.trig", "graph.jsonld",
            "variance.csv", "variance.html");

    private OutputDirectory() {
    }

    /** Whether a file of this name is one dipkg writes into an output directory. */
    public static boolean isOutputName(String name) {
        return OURS.contains(name);
    }
}
