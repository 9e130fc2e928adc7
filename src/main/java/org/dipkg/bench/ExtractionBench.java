package org.dipkg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dipkg.nlp.Segmenter;
import org.dipkg.pipeline.Pipeline;
import org.dipkg.rules.RuleData;
import org.dipkg.text.Span;

/**
 * Measures, on the same text in one run: HanLP's segmentation with person, place and organisation
 * recognition alone (the floor), and dipkg's full extraction to a graph, single-threaded and on N
 * threads; with the peak heap of each extraction.
 */
public final class ExtractionBench {

    /** One corpus size's figures. */
    public record Row(int factor, int documents, long chars, double hanlpCharsPerSecond, double dipkgCharsPerSecond,
                      double parallelCharsPerSecond, int threads, long peakHeapBytes, long triples) {
        public double ratio() {
            return dipkgCharsPerSecond / hanlpCharsPerSecond;
        }

        public double speedup() {
            return parallelCharsPerSecond / dipkgCharsPerSecond;
        }
    }

    private final Segmenter segmenter = new Segmenter();

    public Row measure(int factor, List<Path> files, int threads) throws IOException {
        long chars = 0;
        for (Path f : files) {
            chars += Files.readString(f, StandardCharsets.UTF_8).length();
        }
        double hanlp = chars / hanlpSeconds(files);
        resetPeaks();
        long t0 = System.nanoTime();
        Pipeline.Result serial = new Pipeline(RuleData.bundled(), 1).namedGraphs(false).run(files, m -> { });
        double dipkg = chars / ((System.nanoTime() - t0) / 1e9);
        long peak = peakHeap();
        long triples = serial.graph().dataset().getDefaultModel().size();
        serial = null; // let the graph go before the parallel run
        System.gc();
        long t1 = System.nanoTime();
        new Pipeline(RuleData.bundled(), threads).namedGraphs(false).run(files, m -> { });
        double parallel = chars / ((System.nanoTime() - t1) / 1e9);
        return new Row(factor, files.size(), chars, hanlp, dipkg, parallel, threads, peak, triples);
    }

    /** HanLP alone: read each file and segment it line by line with name recognition on. */
    private double hanlpSeconds(List<Path> files) throws IOException {
        long t0 = System.nanoTime();
        long tokens = 0;
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == '\n') {
                    if (i > start) {
                        tokens += segmenter.tokens(text, new Span(start, i)).size();
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
