package org.dipkg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.dipkg.extract.DocumentAnalysis;
import org.dipkg.extract.Extractor;
import org.dipkg.io.InputCollector;
import org.dipkg.rdf.GraphBuilder;
import org.dipkg.rules.RuleData;
import org.dipkg.text.InputException;

/**
 * Reads input paths and returns the built graph, the analyses and the inputs that failed: documents
 * are analysed in parallel and gathered in document-id order, so the result does not depend on the
 * number of threads.
 */
public final class Pipeline {

    /** A problem with one input, for a one-line message. */
    public record Failure(Path path, String reason) {
        public String message() {
            return path + ": " + reason;
        }
    }

    /** What a run produced. */
    public record Result(GraphBuilder.Built graph, List<DocumentAnalysis> analyses, List<Failure> failures) {
    }

    private final Extractor extractor;
    private final int threads;
    private boolean namedGraphs = true;

    public Pipeline(RuleData data, int threads) {
        this(data, threads, java.nio.charset.StandardCharsets.UTF_8);
    }

    public Pipeline(RuleData data, int threads, java.nio.charset.Charset encoding) {
        this(data, threads, encoding, org.dipkg.text.DocumentReader.DEFAULT_MAX_CHARS);
    }

    public Pipeline(RuleData data, int threads, java.nio.charset.Charset encoding, long maxChars) {
        this.extractor = new Extractor(data, encoding, maxChars);
        this.threads = Math.max(1, threads);
    }

    /** Whether the result keeps one named graph per source besides the merged graph (the default). */
    public Pipeline namedGraphs(boolean keep) {
        this.namedGraphs = keep;
        return this;
    }

    public Result run(List<Path> roots, Consumer<String> progress) {
        List<InputCollector.Input> inputs = new InputCollector().collect(roots);
        List<Failure> failures = new ArrayList<>();
        List<InputCollector.Input> good = new ArrayList<>();
        for (InputCollector.Input in : inputs) {
            if (in.problem() != null) {
                failures.add(new Failure(in.path(), in.problem()));
            } else {
                good.add(in);
            }
        }
        List<DocumentAnalysis> analyses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dipkg-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (InputCollector.Input in : good) {
                futures.add(pool.submit(() -> {
                    try {
                        return extractor.analyse(extractor.read(in.path(), in.id()));
                    } catch (InputException e) {
                        return new Failure(in.path(), e.reason());
                    }
                }));
            }
            int step = Math.max(1, futures.size() / 10);
            for (int i = 0; i < futures.size(); i++) {
                Object o = futures.get(i).get();
                if (o instanceof DocumentAnalysis a) {
                    analyses.add(a);
                } else {
                    failures.add((Failure) o);
                }
                if (futures.size() >= 20 && ((i + 1) % step == 0 || i + 1 == futures.size())) {
                    progress.accept("extracted " + (i + 1) + "/" + futures.size() + " documents");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Result(new GraphBuilder().build(analyses, threads, namedGraphs), analyses, failures);
    }
}
