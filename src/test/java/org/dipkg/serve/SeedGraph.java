package org.dipkg.serve;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.dipkg.pipeline.Pipeline;
import org.dipkg.rules.RuleData;

/** The seed graph, extracted once for the server tests. */
final class SeedGraph {
    private static Dataset dataset;

    private SeedGraph() {
    }

    static synchronized Dataset get() {
        if (dataset == null) {
            dataset = new Pipeline(RuleData.bundled(), 2).run(List.of(Path.of("seeds")), m -> { }).graph().dataset();
        }
        return dataset;
    }
}
