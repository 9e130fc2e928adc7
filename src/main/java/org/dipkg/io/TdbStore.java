package org.dipkg.io;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * A persistent TDB2 store for large graphs: extract replaces its content in one write transaction (a
 * failed run leaves the previous content), serve reads it without extracting again.
 */
public final class TdbStore {
    private TdbStore() {
    }

    /** Replaces the store's default graph and named graphs with those of {@code graph}, atomically. */
    public static void write(Path dir, Dataset graph) {
        Dataset tdb = TDB2Factory.connectDataset(dir.toString());
        Txn.executeWrite(tdb, () -> {
            tdb.asDatasetGraph().clear();
            tdb.getDefaultModel().add(graph.getDefaultModel());
            tdb.getDefaultModel().setNsPrefixes(graph.getDefaultModel().getNsPrefixMap());
            graph.listNames().forEachRemaining(n -> tdb.addNamedModel(n, graph.getNamedModel(n)));
        });
    }

    /** Opens an existing store; null when the directory holds none. */
    public static Dataset open(Path dir) {
        if (!Files.isDirectory(dir) || !Files.exists(dir.resolve("tdb.lock")) && !hasData(dir)) {
            return null;
        }
        return TDB2Factory.connectDataset(dir.toString());
    }

    private static boolean hasData(Path dir) {
        try (var s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
