package org.dipkg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.dipkg.extract.Commitment;
import org.dipkg.extract.DocumentAnalysis;
import org.dipkg.extract.Extractor;
import org.dipkg.io.InputCollector;
import org.dipkg.rdf.GraphBuilder;
import org.dipkg.rules.RuleData;
import org.dipkg.io.Manifest;
import org.dipkg.text.Document;
import org.dipkg.text.SourceDate;
import org.dipkg.text.InputException;

/**
 * Reads input paths and returns the built graph, what was extracted from each document and the inputs
 * that failed. Documents are read and analysed on {@code threads} threads in batches of about a megabyte
 * of files (a quarter of that, or less for a small corpus, on several threads): a batch is first segmented
 * by HanLP document after document, then each document goes through the rules and is turned into its part
 * of the graph. Doing HanLP's work in a row keeps its dictionaries
 * in the processor's caches; interleaved with the rules, the same calls took a quarter to a half longer.
 * The parts are added in document-id order, so the result does not depend on the number of threads or
 * the batches. The corpus is streamed: a document's text is let go once its part is made, and at most
 * two batches per thread are in flight, so memory grows with the graph alone.
 */
public final class Pipeline {

    /** A problem with one input, for a one-line message. */
    public record Failure(Path path, String reason) {
        public String message() {
            return path + ": " + reason;
        }
    }

    /** What one document gave: its id, its sentences and its commitments by kind. */
    public record Extracted(String id, int sentences, Map<String, Integer> commitmentsByKind, String title,
                            java.time.LocalDate date) {
        /** How a report names the source: its title and date when known, else its id. */
        public String name() {
            if (title == null || title.isBlank()) {
                return date == null ? id : id + " (" + date + ")";
            }
            String t = title.length() > NAME_TITLE ? title.substring(0, NAME_TITLE) + "…" : title;
            return date == null ? t : t + " (" + date + ")";
        }
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

    /** The most characters of a title a report's source name keeps. */
    static final int NAME_TITLE = 24;

    /** The most threads a run takes: more only queue behind the cores and hold their batches in memory. */
    public static final int MAX_THREADS = 256;

    /** Batches analysed ahead of the one the graph takes next, per thread. */
    private static final int AHEAD_PER_THREAD = 2;

    /**
     * A batch closes when its files hold this many bytes (about 350,000 Chinese characters in UTF-8), or a
     * quarter of it when several threads extract. Measured on 100 copies of the
     * seeds, each against HanLP alone run in turn: on one thread, batches of 0.5 MB were no faster than
     * single documents, batches of 1, 2 and 4 MB about a sixth faster; on two threads, batches of 1 MB
     * were slower than single documents and of 0.25 MB as fast or a little faster.
     */
    static final long BATCH_BYTES = 1024 * 1024;

    private final Extractor extractor;
    private final int threads;
    private long batchBytes = BATCH_BYTES;
    private boolean namedGraphs = true;
    private java.util.Set<Path> skipped = java.util.Set.of();
    private java.util.Set<String> excluded = java.util.Set.of();
    private Manifest manifest = Manifest.none();

    /** The rule tables, which the graph builder reads its merge keys from too. */
    private final RuleData data;

    public Pipeline(RuleData data, int threads) {
        this(data, threads, java.nio.charset.StandardCharsets.UTF_8);
    }

    public Pipeline(RuleData data, int threads, java.nio.charset.Charset encoding) {
        this(data, threads, encoding, org.dipkg.text.DocumentReader.DEFAULT_MAX_CHARS);
    }

    public Pipeline(RuleData data, int threads, java.nio.charset.Charset encoding, long maxChars) {
        this(data, threads, encoding, maxChars, false);
    }

    /** A pipeline as above; with {@code pages} plain-text files are split into articles at their dispatch lines. */
    public Pipeline(RuleData data, int threads, java.nio.charset.Charset encoding, long maxChars, boolean pages) {
        this.extractor = new Extractor(data, encoding, maxChars, pages);
        this.data = data;
        this.threads = Math.max(1, Math.min(MAX_THREADS, threads));
    }

    /** A directory below the inputs not to read (the output directory). */
    public Pipeline skipping(Path dir) {
        this.skipped = java.util.Set.of(dir);
        return this;
    }

    /** Told after each file: how many files are done, of how many, and the documents made so far. */
    @FunctionalInterface
    public interface FileProgress {
        void done(int files, int total, int documents);
    }

    private FileProgress fileProgress = (f, t, d) -> { };

    /** Who is told after each file (a progress bar); the progress lines go on regardless. */
    public Pipeline onFile(FileProgress p) {
        this.fileProgress = p;
        return this;
    }

    /** What a sources manifest says of the input files. */
    public Pipeline manifest(Manifest m) {
        this.manifest = m;
        return this;
    }

    /** Documents (by id) to leave out: those whose part of the graph broke the shapes in an earlier pass. */
    public Pipeline excluding(java.util.Set<String> ids) {
        this.excluded = java.util.Set.copyOf(ids);
        return this;
    }

    /** Batches of {@code bytes} of files on one thread instead of {@link #BATCH_BYTES} (1: one document each). */
    Pipeline batches(long bytes) {
        this.batchBytes = Math.max(1, bytes);
        return this;
    }

    /** Whether the result keeps one named graph per source besides the merged graph (the default). */
    public Pipeline namedGraphs(boolean keep) {
        this.namedGraphs = keep;
        return this;
    }

    /** A document's part of the graph; {@code lastOfFile} when it is its file's last article. */
    private record Done(GraphBuilder.Part part, Extracted extracted, boolean lastOfFile) {
    }

    public Result run(List<Path> roots, Consumer<String> progress) {
        initJena();
        List<InputCollector.Input> inputs = new InputCollector(skipped).collect(roots);
        List<Failure> failures = new ArrayList<>();
        List<InputCollector.Input> good = new ArrayList<>();
        for (InputCollector.Input in : inputs) {
            if (in.problem() != null) {
                failures.add(new Failure(in.path(), in.problem()));
            } else if (!excluded.contains(in.id())) {
                good.add(in);
            }
        }
        GraphBuilder builder = new GraphBuilder(namedGraphs, threads > 1, data);
        long segmented = extractor.segmentationNanos();
        List<Extracted> sources = new ArrayList<>();
        Consumer<Object> take = new Consumer<>() {
            private int done;

            @Override
            public void accept(Object o) {
                if (o instanceof Done d) {
                    builder.add(d.part());
                    sources.add(d.extracted());
                    if (!d.lastOfFile()) {
                        return; // a file of several articles counts once, at its last
                    }
                } else {
                    failures.add((Failure) o);
                }
                done++;
                fileProgress.done(done, good.size(), sources.size());
                int step = Math.max(1, good.size() / 10);
                if (good.size() >= PROGRESS_FROM && (done % step == 0 || done == good.size())) {
                    progress.accept("extracted " + done + "/" + good.size() + (sources.size() > done
                            ? " files (" + sources.size() + " documents: articles)" : " documents"));
                }
            }
        };
        List<List<InputCollector.Input>> batches = batches(good);
        if (threads == 1) {
            batches.forEach(b -> work(b, builder).forEach(take));
        } else {
            inParallel(batches, builder, take);
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

    /**
     * The inputs in order, cut into batches of at least {@code batchBytes} of files (the last one less);
     * on several threads a quarter of that, small enough that each thread gets four batches or more, and
     * a quarter of that again for the last two batches' worth per thread.
     */
    private List<List<InputCollector.Input>> batches(List<InputCollector.Input> good) {
        long total = good.stream().mapToLong(InputCollector.Input::bytes).sum();
        long limit = threads == 1 ? batchBytes : Math.max(1, Math.min(batchBytes / 4, total / (threads * 4L)));
        // on several threads the last batches are smaller, so that the threads run out of work closer together
        long tail = threads == 1 ? 0 : limit * threads * 2;
        List<List<InputCollector.Input>> batches = new ArrayList<>();
        List<InputCollector.Input> batch = new ArrayList<>();
        long bytes = 0;
        long left = total;
        for (InputCollector.Input in : good) {
            batch.add(in);
            bytes += in.bytes();
            left -= in.bytes();
            if (bytes >= (left < tail ? Math.max(1, limit / 4) : limit)) {
                batches.add(batch);
                batch = new ArrayList<>();
                bytes = 0;
            }
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    /**
     * Analyses batches on the pool, a bounded number ahead, and hands the results over in input order.
     * The worker that finishes the batch next in order hands it over itself, and any finished after it,
     * so that no third thread competes with the workers for the cores; one worker at a time does so.
     */
    private void inParallel(List<List<InputCollector.Input>> batches, GraphBuilder builder, Consumer<Object> take) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dipkg-extract");
            t.setDaemon(true);
            return t;
        });
        InOrder handOver = new InOrder(batches.size(), take, threads * AHEAD_PER_THREAD);
        try {
            for (int i = 0; i < batches.size(); i++) {
                handOver.room.acquire();
                if (handOver.finished.isDone()) {
                    break; // a worker failed
                }
                int index = i;
                List<InputCollector.Input> batch = batches.get(i);
                pool.execute(() -> {
                    try {
                        handOver.done(index, work(batch, builder));
                    } catch (Throwable e) {
                        handOver.fail(e);
                    }
                });
            }
            handOver.finished.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Batches' results handed over in batch order by whichever worker finishes the next one. A batch
     * takes room when it is submitted and gives it back when it is handed over, so a bounded number are
     * in flight.
     */
    private static final class InOrder {
        private final int count;
        private final Consumer<Object> take;
        private final Map<Integer, List<Object>> waiting = new java.util.HashMap<>();
        private int next;
        private boolean handing;
        final Semaphore room;
        final CompletableFuture<Void> finished = new CompletableFuture<>();

        InOrder(int count, Consumer<Object> take, int ahead) {
            this.count = count;
            this.take = take;
            this.room = new Semaphore(ahead);
            if (count == 0) {
                finished.complete(null);
            }
        }

        void done(int index, List<Object> results) {
            synchronized (this) {
                waiting.put(index, results);
                if (handing) {
                    return; // the worker handing over will find it
                }
                handing = true;
            }
            while (true) {
                List<Object> r;
                synchronized (this) {
                    r = waiting.remove(next);
                    if (r == null) {
                        handing = false;
                        return;
                    }
                    next++;
                }
                r.forEach(take);
                room.release();
                synchronized (this) {
                    if (next == count) {
                        finished.complete(null);
                    }
                }
            }
        }

        /** Ends the run with a worker's failure, and lets a submitter waiting for room see it. */
        void fail(Throwable e) {
            finished.completeExceptionally(e);
            room.release(count + 1);
        }
    }

    /**
     * A batch of documents read and segmented, then each analysed and made into its part of the graph;
     * or, for a document that could not be read, why. In input order.
     */
    private List<Object> work(List<InputCollector.Input> batch, GraphBuilder builder) {
        List<Object> segmented = new ArrayList<>(batch.size());
        List<Manifest.Entry> entries = new ArrayList<>(batch.size());
        java.util.BitSet lastOfFile = new java.util.BitSet();
        for (InputCollector.Input in : batch) {
            try {
                Manifest.Entry entry = manifest.of(in.path());
                for (Document d : extractor.readAll(in.path(), in.id())) {
                    if (entry != null && entry.date() != null) {
                        d = d.withDated(new SourceDate(entry.date(), SourceDate.MANIFEST));
                    }
                    segmented.add(extractor.segment(d));
                    entries.add(entry);
                }
            } catch (InputException e) {
                segmented.add(new Failure(in.path(), e.reason()));
                entries.add(null);
            }
            lastOfFile.set(segmented.size() - 1);
        }
        List<Object> out = new ArrayList<>(batch.size());
        for (int i = 0; i < segmented.size(); i++) {
            if (segmented.get(i) instanceof Extractor.Segmented s) {
                segmented.set(i, null); // the batch's tokens go as its documents are done
                DocumentAnalysis a = extractor.analyse(s);
                Manifest.Entry entry = entries.get(i);
                if (entry != null) {
                    // a file's title names the file itself, not each of its articles
                    a = a.withSource(a.document().id().indexOf('#') < 0 ? entry.title() : null, entry.publisher(),
                            entry.url(), entry.language());
                }
                Map<String, Integer> kinds = new TreeMap<>();
                for (Commitment c : a.commitments()) {
                    kinds.merge(c.kind().label(), 1, Integer::sum);
                }
                out.add(new Done(builder.part(a), new Extracted(a.document().id(), a.document().sentences().size(), kinds,
                        a.title(), a.date()), lastOfFile.get(i)));
            } else {
                out.add(segmented.get(i));
            }
        }
        return out;
    }
}
