package org.dipkg.io;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Keeps an output directory from mixing runs: after a run has written its files, the files an earlier
 * run of dipkg wrote there and this one did not (a graph in another syntax, an old variance report) are
 * removed, each with a line saying so, and so are the temporary files of a run that was killed; those of a
 * run still writing into the same directory are left. Other files are left.
 */
public final class OutputDirectory {
    private static final List<String> OURS = List.of("graph.ttl", "graph.nt", "graph.trig", "graph.jsonld",
            "variance.csv", "variance.html");

    private OutputDirectory() {
    }

    /** Whether a file of this name is one dipkg writes into an output directory. */
    public static boolean isOutputName(String name) {
        return OURS.contains(name);
    }

    public static void removeStale(Path dir, Path graphWritten, boolean reportWritten, PrintWriter err) throws IOException {
        for (String name : OURS) {
            Path p = dir.resolve(name);
            boolean written = p.getFileName().equals(graphWritten.getFileName())
                    || reportWritten && name.startsWith("variance.");
            if (!written && Files.isRegularFile(p)) {
                Files.delete(p);
                err.println("dipkg: removed " + p + " (an earlier run's output this run does not write)");
            }
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if ((n.startsWith(".graph.") || n.startsWith(".mentions.") || n.startsWith(".variance."))
                        && AtomicFile.isLeftover(p)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
