package org.dipkg.pipeline;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.dipkg.extract.Commitment;
import org.dipkg.extract.DocumentAnalysis;
import org.dipkg.extract.Extractor;
import org.dipkg.io.InputCollector;
import org.dipkg.rdf.GraphBuilder;
import org.dipkg.rules.RuleData;
import org.dipkg.text.InputException;

/**
 * Reads input paths and returns the built graph, what was extracted from each document and the inputs
 * that failed. Documents are read and analysed on {@code threads} threads, each turned into its part of
 * the graph as soon as it is analysed, and the parts are added in document-id order, so the result does
 * not depend on the number of threads. The corpus is streamed: a document's text is let go once its part
 * is made, and at most a few documents per thread are in flight, so memory grows with the graph alone.
 */
public final class Pipeline {

    /** A problem with one input, for a one-line message. */
    public record Failure(Path path, String reason) {
        public String message() {
            return path + ": " + reason;
        }
    }

    /** What one document gave: its id, its sentences and its commitments by kind. */
    public record Extracted(String id, int sentences, Map<String, Integer> commitmentsByKind) {
    }

    /**
     * What a run produced.
     *
     * @param segmentationNanos time spent in HanLP's segmentation, summed over all threads
     */
    public record Result(GraphBuilder.Built graph, List<Extracted> sources, List<Failure> failures,
                         long segmentationNanos) {
    }

    /** Runs of at least this many documents report their progress. */
    public static final int PROGRESS_FROM = 20;

    /** Documents analysed ahead of the one the graph takes next, per thread. */
    private static final int AHEAD_PER_THREAD = 4;

    private final Extractor extractor;
    private final int threads;
    private boolean namedGraphs = true;
    private java.util.Set<Path> skipped = java.util.Set.of();

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

    /** A directory below the inputs not to read (the output directory). */
    public Pipeline skipping(Path dir) {
        this.skipped = java.util.Set.of(dir);
        return this;
    }

    /** Whether the result keeps one named graph per source besides the merged graph (the default). */
    public Pipeline namedGraphs(boolean keep) {
        this.namedGraphs = keep;
        return this;
    }

    private record Done(GraphBuilder.Part part, Extracted extracted) {
    }

    public Result run(List<Path> roots, Consumer<String> progress) {
        initJena();
        List<InputCollector.Input> inputs = new InputCollector(skipped).collect(roots);
        List<Failure> failures = new ArrayList<>();
        List<InputCollector.Input> good = new ArrayList<>();
        for (InputCollector.Input in : inputs) {
            if (in.problem() != null) {
                failures.add(new Failure(in.path(), in.problem()));
            } else {
                good.add(in);
            }
        }
        GraphBuilder builder = new GraphBuilder(namedGraphs);
        long segmented = extractor.segmentationNanos();
        List<Extracted> sources = new ArrayList<>();
        Consumer<Object> take = new Consumer<>() {
            private int done;

            @Override
            public void accept(Object o) {
                if (o instanceof Done d) {
                    builder.add(d.part());
                    sources.add(d.extracted());
                } else {
                    failures.add((Failure) o);
                }
                done++;
                int step = Math.max(1, good.size() / 10);
                if (good.size() >= PROGRESS_FROM && (done % step == 0 || done == good.size())) {
                    progress.accept("extracted " + done + "/" + good.size() + " documents");
                }
            }
        };
        if (threads == 1) {
            good.forEach(in -> take.accept(work(in, builder)));
        } else {
            inParallel(good, builder, take);
        }
        return new Result(builder.finish(), sources, failures, extractor.segmentationNanos() - segmented);
    }

    /**
     * Initialises Jena on this thread. Jena starts its modules from class initialisers, which deadlock
     * when two threads set them off at once (workers making graph parts, a shape check loading beside
     * the extraction): callers that use Jena on other threads call this first.
     */
    public static void initJena() {
        org.apache.jena.sys.JenaSystem.init();
    }

    /** Analyses documents on the pool, a bounded number ahead, and hands the results over in input order. */
    private void inParallel(List<InputCollector.Input> good, GraphBuilder builder, Consumer<Object> take) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dipkg-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<Object>> inFlight = new ArrayDeque<>();
            Iterator<InputCollector.Input> next = good.iterator();
            while (next.hasNext() || !inFlight.isEmpty()) {
                while (next.hasNext() && inFlight.size() < threads * AHEAD_PER_THREAD) {
                    InputCollector.Input in = next.next();
                    inFlight.add(pool.submit(() -> work(in, builder)));
                }
                take.accept(inFlight.poll().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One document read, analysed and made into its part of the graph; or why it could not be. */
    private Object work(InputCollector.Input in, GraphBuilder builder) {
        try {
            DocumentAnalysis a = extractor.analyse(extractor.read(in.path(), in.id()));
            Map<String, Integer> kinds = new TreeMap<>();
            for (Commitment c : a.commitments()) {
                kinds.merge(c.kind().label(), 1, Integer::sum);
            }
            return new Done(builder.part(a), new Extracted(in.id(), a.document().sentences().size(), kinds));
        } catch (InputException e) {
            return new Failure(in.path(), e.reason());
        }
    }
}
