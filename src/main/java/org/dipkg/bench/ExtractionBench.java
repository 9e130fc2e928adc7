package org.dipkg.bench;

import java.io.IOException;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.dipkg.nlp.Segmenter;
import org.dipkg.pipeline.Pipeline;
import org.dipkg.rules.RuleData;

/**
 * Measures, on the same text in one run: HanLP's segmentation with person, place and organisation
 * recognition alone (the floor), and dipkg's full extraction to a graph, single-threaded and on N
 * threads. The three are run in turn, {@code rounds} times, with HanLP once more at the end, so that
 * each extraction has HanLP alone measured just before and just after it: on a shared machine whose
 * speed drifts from minute to minute, a ratio taken within a round compares like with like. Medians
 * over the rounds are reported. Also the peak heap of a single-threaded extraction (garbage
 * not yet collected included), the heap its finished graph keeps once collected, and the share of its
 * time the JVM spent collecting garbage and the share spent in HanLP's segmentation (garbage collected
 * during a HanLP call included).
 */
public final class ExtractionBench {

    /**
     * One corpus size's figures: throughputs and shares are medians over the rounds; the ratio is the
     * median of each round's ratio against HanLP alone run just before and after it, the speed-up the
     * median of each round's single-threaded time over its parallel time.
     */
    public record Row(int factor, int documents, long chars, double hanlpCharsPerSecond, double dipkgCharsPerSecond,
                      double parallelCharsPerSecond, int threads, long peakHeapBytes, long retainedHeapBytes,
                      double gcShare, double hanlpShare, long triples, double ratio, double speedup,
                      List<Round> rounds, int repeats, double firstPassSeconds) {
    }

    /**
     * One round's extractions: wall seconds (per run of the corpus), and the cores the whole JVM kept busy on average (its
     * processor time over the wall time: the collector and the JIT compiler count too).
     */
    public record Round(double serialSeconds, double serialCores, double parallelSeconds, double parallelCores,
                        double ratio) {
        public double speedup() {
            return serialSeconds / parallelSeconds;
        }
    }

    /**
     * The floor: HanLP's standard segmenter with person, place and organisation recognition on (its
     * defaults otherwise, so transliterated names are recognised too), as a user would call it.
     */
    private final ThreadLocal<Segment> hanlp = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableNameRecognize(true).enablePlaceRecognize(true).enableOrganizationRecognize(true));

    public ExtractionBench() {
        Segmenter.quietHanLp();
    }

    public Row measure(int factor, List<Path> files, int threads, int rounds) throws IOException {
        return measure(factor, files, threads, rounds, 0, 0);
    }

    /**
     * As {@link #measure(int, List, int, int)}, with each timing running the corpus as many times in a row as
     * it takes, at {@code charsPerSecond}, to last {@code minSeconds} (see {@link #repeats}), and taking the
     * time per run: a small corpus takes a fraction of a second, of which the timer's and the scheduler's
     * jitter is too large a part.
     */
    public Row measure(int factor, List<Path> files, int threads, int rounds, double minSeconds, double charsPerSecond)
            throws IOException {
        long chars = chars(files);
        int k = repeats(chars, charsPerSecond, minSeconds);
        int n = Math.max(1, rounds);
        double[] hanlp = new double[n + 1];
        double[] serial = new double[n];
        double[] parallel = new double[n];
        double[] gcShares = new double[n];
        double[] hanlpShares = new double[n];
        double[] serialCpu = new double[n];
        double[] parallelCpu = new double[n];
        long peak = 0;
        long retained = 0;
        long triples = 0;
        // A first pass on N threads, not in the figures: the heap grows to what a graph of this size needs,
        // and the first use of each new page is slow (the kernel maps and clears it; with
        // -XX:+AlwaysPreTouch the JVM does so as it grows the heap). Left in the rounds, the single-threaded
        // run of the first round, which comes first, paid for it alone; on a corpus timed once that
        // decided the ratio.
        long f0 = System.nanoTime();
        new Pipeline(RuleData.bundled(), threads).namedGraphs(false).run(files, m -> { });
        double firstPass = (System.nanoTime() - f0) / 1e9;
        System.gc();
        for (int r = 0; r < n; r++) {
            hanlp[r] = hanlpSeconds(files, k);
            long before = usedAfterGc();
            resetPeaks();
            long gc0 = gcMillis();
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            Pipeline.Result one = null;
            long segmentation = 0;
            for (int i = 0; i < k; i++) {
                one = null; // the last run's graph goes while the next is built
                one = new Pipeline(RuleData.bundled(), 1).namedGraphs(false).run(files, m -> { });
                segmentation += one.segmentationNanos();
                if (i == 0) {
                    // the peak of one run: the runs after it add their predecessors' garbage
                    peak = Math.max(peak, peakHeap());
                }
            }
            double serialAll = (System.nanoTime() - t0) / 1e9;
            serial[r] = serialAll / k;
            serialCpu[r] = (processCpuNanos() - c0) / 1e9 / k;
            gcShares[r] = (gcMillis() - gc0) / 1e3 / serialAll;
            hanlpShares[r] = segmentation / 1e9 / serialAll;
            triples = one.graph().dataset().getDefaultModel().size();
            retained = usedAfterGc() - before;
            one = null; // let the graph go before the parallel run
            System.gc();
            long c1 = processCpuNanos();
            long t1 = System.nanoTime();
            for (int i = 0; i < k; i++) {
                new Pipeline(RuleData.bundled(), threads).namedGraphs(false).run(files, m -> { });
            }
            parallel[r] = (System.nanoTime() - t1) / 1e9 / k;
            parallelCpu[r] = (processCpuNanos() - c1) / 1e9 / k;
            System.gc();
        }
        hanlp[n] = hanlpSeconds(files, k);
        // each round's ratio against HanLP run just before and just after it, so both see the machine alike
        double[] ratios = new double[n];
        double[] speedups = new double[n];
        List<Round> perRound = new java.util.ArrayList<>();
        for (int r = 0; r < n; r++) {
            ratios[r] = (hanlp[r] + hanlp[r + 1]) / 2 / serial[r];
            speedups[r] = serial[r] / parallel[r];
            perRound.add(new Round(serial[r], serialCpu[r] / serial[r], parallel[r], parallelCpu[r] / parallel[r],
                    ratios[r]));
        }
        return new Row(factor, files.size(), chars, chars / median(hanlp), chars / median(serial),
                chars / median(parallel), threads, peak, retained, median(gcShares), median(hanlpShares), triples,
                median(ratios), median(speedups), perRound, k, firstPass);
    }

    /**
     * How many runs of a corpus of {@code chars} characters in a row make a timing of at least
     * {@code minSeconds}, at {@code charsPerSecond} (1 when the speed is not known).
     */
    public static int repeats(long chars, double charsPerSecond, double minSeconds) {
        if (!(charsPerSecond > 0) || chars < 1 || !(minSeconds > 0)) {
            return 1;
        }
        return (int) Math.max(1, Math.min(1000, Math.ceil(minSeconds * charsPerSecond / chars)));
    }

    private static long chars(List<Path> files) throws IOException {
        long chars = 0;
        for (Path f : files) {
            chars += Files.readString(f, StandardCharsets.UTF_8).length();
        }
        return chars;
    }

    /** The middle value (the mean of the two middle ones for an even count). */
    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }

    /** HanLP alone, seconds per run: read each file and segment it line by line with name recognition on, {@code repeats} times. */
    private double hanlpSeconds(List<Path> files, int repeats) throws IOException {
        long t0 = System.nanoTime();
        long tokens = 0;
        Segment seg = hanlp.get();
        for (int k = 0; k < repeats; k++) {
            for (Path f : files) {
                tokens += segmentLines(seg, Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        if (tokens < 0) {
            throw new IllegalStateException();
        }
        return (System.nanoTime() - t0) / 1e9 / repeats;
    }

    private static long segmentLines(Segment seg, String text) {
        long tokens = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i > start) {
                    tokens += seg.seg(text.substring(start, i)).size();
                }
                start = i + 1;
            }
        }
        return tokens;
    }

    /** The JVM's processor time so far, all threads, in nanoseconds (0 where the platform does not say). */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, b.getCollectionTime());
        }
        return sum;
    }

    /** The heap still in use after a full collection: with a finished graph referenced, less the same before it was built. */
    private static long usedAfterGc() {
        System.gc();
        MemoryMXBean m = ManagementFactory.getMemoryMXBean();
        return m.getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
