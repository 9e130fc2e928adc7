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
                      List<Round> rounds) {
    }

    /**
     * One round's extractions: wall seconds, and the cores the whole JVM kept busy on average (its
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
        long chars = 0;
        for (Path f : files) {
            chars += Files.readString(f, StandardCharsets.UTF_8).length();
        }
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
        for (int r = 0; r < n; r++) {
            hanlp[r] = hanlpSeconds(files);
            long before = usedAfterGc();
            resetPeaks();
            long gc0 = gcMillis();
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            Pipeline.Result one = new Pipeline(RuleData.bundled(), 1).namedGraphs(false).run(files, m -> { });
            serial[r] = (System.nanoTime() - t0) / 1e9;
            serialCpu[r] = (processCpuNanos() - c0) / 1e9;
            gcShares[r] = (gcMillis() - gc0) / 1e3 / serial[r];
            hanlpShares[r] = one.segmentationNanos() / 1e9 / serial[r];
            peak = Math.max(peak, peakHeap());
            triples = one.graph().dataset().getDefaultModel().size();
            retained = usedAfterGc() - before;
            one = null; // let the graph go before the parallel run
            System.gc();
            long c1 = processCpuNanos();
            long t1 = System.nanoTime();
            new Pipeline(RuleData.bundled(), threads).namedGraphs(false).run(files, m -> { });
            parallel[r] = (System.nanoTime() - t1) / 1e9;
            parallelCpu[r] = (processCpuNanos() - c1) / 1e9;
            System.gc();
        }
        hanlp[n] = hanlpSeconds(files);
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
                median(ratios), median(speedups), perRound);
    }

    /** The middle value (the mean of the two middle ones for an even count). */
    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }

    /** HanLP alone: read each file and segment it line by line with name recognition on. */
    private double hanlpSeconds(List<Path> files) throws IOException {
        long t0 = System.nanoTime();
        long tokens = 0;
        Segment seg = hanlp.get();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == '\n') {
                    if (i > start) {
                        tokens += seg.seg(text.substring(start, i)).size();
                    }
                    start = i + 1;
                }
            }
        }
        if (tokens < 0) {
            throw new IllegalStateException();
        }
        return (System.nanoTime() - t0) / 1e9;
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
