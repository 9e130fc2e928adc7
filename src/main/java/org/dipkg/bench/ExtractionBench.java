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
import java.util.List;
import org.dipkg.nlp.Segmenter;
import org.dipkg.pipeline.Pipeline;
import org.dipkg.rules.RuleData;

/**
 * Measures, on the same text in one run: HanLP's segmentation with person, place and organisation
 * recognition alone (the floor), and dipkg's full extraction to a graph, single-threaded and on N
 * threads. The three are run in turn, {@code rounds} times, and the fastest of each is kept, which
 * evens out the noise of a shared machine. Also the peak heap of a single-threaded extraction (garbage
 * not yet collected included), the heap its finished graph keeps once collected, and the share of its
 * time the JVM spent collecting garbage and the share spent in HanLP's segmentation (garbage collected
 * during a HanLP call included).
 */
public final class ExtractionBench {

    /** One corpus size's figures. */
    public record Row(int factor, int documents, long chars, double hanlpCharsPerSecond, double dipkgCharsPerSecond,
                      double parallelCharsPerSecond, int threads, long peakHeapBytes, long retainedHeapBytes,
                      double gcShare, double hanlpShare, long triples) {
        public double ratio() {
            return dipkgCharsPerSecond / hanlpCharsPerSecond;
        }

        public double speedup() {
            return parallelCharsPerSecond / dipkgCharsPerSecond;
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
        double hanlpBest = Double.MAX_VALUE;
        double serialBest = Double.MAX_VALUE;
        double parallelBest = Double.MAX_VALUE;
        long peak = 0;
        long retained = 0;
        double gcShare = 0;
        double hanlpShare = 0;
        long triples = 0;
        for (int r = 0; r < Math.max(1, rounds); r++) {
            hanlpBest = Math.min(hanlpBest, hanlpSeconds(files));
            long before = usedAfterGc();
            resetPeaks();
            long gc0 = gcMillis();
            long t0 = System.nanoTime();
            Pipeline.Result serial = new Pipeline(RuleData.bundled(), 1).namedGraphs(false).run(files, m -> { });
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (seconds < serialBest) {
                serialBest = seconds;
                gcShare = (gcMillis() - gc0) / 1e3 / seconds;
                hanlpShare = serial.segmentationNanos() / 1e9 / seconds;
            }
            peak = Math.max(peak, peakHeap());
            triples = serial.graph().dataset().getDefaultModel().size();
            retained = usedAfterGc() - before;
            serial = null; // let the graph go before the parallel run
            System.gc();
            long t1 = System.nanoTime();
            new Pipeline(RuleData.bundled(), threads).namedGraphs(false).run(files, m -> { });
            parallelBest = Math.min(parallelBest, (System.nanoTime() - t1) / 1e9);
            System.gc();
        }
        return new Row(factor, files.size(), chars, chars / hanlpBest, chars / serialBest, chars / parallelBest,
                threads, peak, retained, gcShare, hanlpShare, triples);
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
