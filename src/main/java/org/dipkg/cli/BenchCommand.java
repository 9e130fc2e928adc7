package org.dipkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.dipkg.bench.EndpointLoad;
import org.dipkg.bench.ExtractionBench;
import org.dipkg.bench.SyntheticCorpus;
import org.dipkg.serve.QueryCatalog;
import org.dipkg.serve.SparqlServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dipkg bench}: measured benchmarks, never tests. */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Benchmarks: 'extract' puts dipkg's extraction beside HanLP alone on synthetic corpora of growing "
            + "size; 'merge' times the steps that need every document on many distinct keys; 'endpoint' sends "
            + "concurrent clients to a server started here on loopback."},
        subcommands = {BenchCommand.Extract.class, BenchCommand.Merge.class, BenchCommand.Endpoint.class})
public final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Extraction against HanLP alone, on growing synthetic corpora, plus a cold start. */
    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = {"Measure dipkg's extraction beside HanLP alone, on the same synthetic corpora.",
                "In one run, on the same text: HanLP segmentation with name recognition alone, and "
                + "dipkg's full extraction to a graph (1 thread and N threads), on corpora of 1x, 10x, 100x … the seeds "
                + "(synthetic: the seed files copied under new names); GC share, peak heap and the heap the graph "
                + "keeps; and the wall time of a cold 'dipkg extract seeds/' in a fresh JVM: plain, with the launcher's "
                + "class-data archive (dipkg.jsa, next to the jar), and with the archive and the JIT's first tier "
                + "alone, as the launcher runs a small input.",
                "Each corpus is extracted once on N threads before its timings (printed, not in the figures), "
                + "so that the heap has grown to what it needs; run through ./dipkg, the JVM also touches its heap "
                + "as it commits it (-XX:+AlwaysPreTouch), so the first use of new memory falls in no timing."})
    static final class Extract implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--sizes", paramLabel = "N", defaultValue = "1,10,100", split = ",",
                description = "Corpus sizes as multiples of the seeds (default: ${DEFAULT-VALUE}; add 1000 for the big one).")
        List<Integer> sizes;

        @Option(names = "--threads", paramLabel = "N", description = "Threads for the parallel run (default: the number of cores).")
        Integer threads;

        @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds", description = "The documents to copy (default: ${DEFAULT-VALUE}).")
        Path seeds;

        @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
                description = "Times each measurement is repeated in turn; medians are reported, and each round's ratio "
                        + "is taken against HanLP run just before and after it (default: ${DEFAULT-VALUE}; "
                        + "corpora of 1000x and more are measured once). With more than one round, each round is "
                        + "printed too: its times, the cores the JVM kept busy, its speed-up and ratio.")
        int rounds;

        @Option(names = "--warm-up", paramLabel = "SECONDS", defaultValue = "20",
                description = "Seconds of unreported rounds on a 10x corpus first, so the JIT compiler is done before "
                        + "anything is measured (default: ${DEFAULT-VALUE}; at least one round, and more while the JIT "
                        + "compiler keeps busy, up to five times as long).")
        int warmUp;

        @Option(names = "--min-seconds", paramLabel = "SECONDS", defaultValue = "1",
                description = "Each timing runs its corpus as many times in a row as it takes, at the warm-up's speed, "
                        + "to last this long single-threaded, and reports the time per run: on a small corpus a "
                        + "single run lasts a fraction of a second, too short against the timer's and the scheduler's "
                        + "jitter (default: ${DEFAULT-VALUE}; 0 runs each corpus once).")
        double minSeconds;

        @Option(names = "--cold-runs", paramLabel = "N", defaultValue = "3", description = "Cold starts to time, each way; 0 for none (default: ${DEFAULT-VALUE}).")
        int coldRuns;

        @Override
        public Integer call() throws Exception {
            var out = spec.commandLine().getOut();
            if (sizes.stream().anyMatch(f -> f < 1 || f > 100_000) || rounds < 1 || coldRuns < 0 || warmUp < 0
                    || threads != null && (threads < 1 || threads > org.dipkg.pipeline.Pipeline.MAX_THREADS) || !(minSeconds >= 0 && minSeconds <= 60)) {
                spec.commandLine().getErr().println("dipkg bench extract: --sizes must be between 1 and 100000, "
                        + "--rounds at least 1, --threads between 1 and " + org.dipkg.pipeline.Pipeline.MAX_THREADS + ", --cold-runs and --warm-up at least 0, "
                        + "--min-seconds between 0 and 60");
                return ExitCode.USAGE;
            }
            if (!Files.isDirectory(seeds)) {
                spec.commandLine().getErr().println("dipkg bench extract: " + seeds + ": no such directory");
                return ExitCode.USAGE;
            }
            int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            Path tmp = Files.createTempDirectory("dipkg-bench");
            try {
                ExtractionBench bench = new ExtractionBench();
                out.printf(Locale.ROOT, "corpus: synthetic, the files of %s copied under new names; %d cores, max heap %d MB, "
                        + "garbage collector %s, %s%n", seeds, Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().maxMemory() >> 20, collector(), preTouched()
                                ? "heap touched as committed (-XX:+AlwaysPreTouch)"
                                : "heap not touched in advance (the first use of new heap memory falls in the timings; "
                                        + "./dipkg runs the benchmark with -XX:+AlwaysPreTouch)");
                // until the JIT has compiled the hot code, it takes a core of its own from the measured runs
                var warm = SyntheticCorpus.write(seeds, tmp.resolve("warm"), 10);
                long start = System.nanoTime();
                long until = start + warmUp * 1_000_000_000L;
                long cap = start + 5L * warmUp * 1_000_000_000L;
                var jit = ManagementFactory.getCompilationMXBean();
                boolean watchJit = jit != null && jit.isCompilationTimeMonitoringSupported();
                int warmRounds = 0;
                boolean jitBusy;
                double speed;
                do {
                    long compiled = watchJit ? jit.getTotalCompilationTime() : 0;
                    long t = System.nanoTime();
                    speed = bench.measure(10, warm, n, 1).dipkgCharsPerSecond();
                    warmRounds++;
                    // the JIT is done when it compiled for less than a twentieth of a round's time
                    jitBusy = watchJit && (jit.getTotalCompilationTime() - compiled) * 1_000_000L * 20
                            > System.nanoTime() - t;
                } while ((System.nanoTime() < until || jitBusy) && System.nanoTime() < cap);
                out.printf(Locale.ROOT, "warm-up: %d rounds on 10x (%.0f s: %d s or more, %s), not reported%n",
                        warmRounds, (System.nanoTime() - start) / 1e9, warmUp, jitBusy
                                ? "stopped at five times that with the JIT compiler still busy"
                                : "until the JIT compiler is done");
                out.println("size   docs      chars   HanLP chars/s   dipkg chars/s (1 thread)   ratio   dipkg chars/s ("
                        + n + " threads)   speed-up   HanLP share   GC share   peak heap MB   graph heap MB   triples");
                for (int f : sizes) {
                    var files = SyntheticCorpus.write(seeds, tmp.resolve("x" + f), f);
                    var r = bench.measure(f, files, n, f >= 1000 ? 1 : rounds, minSeconds, speed);
                    out.printf(Locale.ROOT, "%4dx %6d %10d %15.0f %26.0f %7.2f %26.0f %10.2f %13.2f %10.2f %14d %15d %9d%n", f,
                            r.documents(), r.chars(), r.hanlpCharsPerSecond(), r.dipkgCharsPerSecond(), r.ratio(),
                            r.parallelCharsPerSecond(), r.speedup(), r.hanlpShare(), r.gcShare(), r.peakHeapBytes() >> 20,
                            r.retainedHeapBytes() >> 20, r.triples());
                    out.printf(Locale.ROOT, "      first pass on %d threads, not in the figures (the heap grows to what "
                            + "this size needs in it): %.2f s%n", n, r.firstPassSeconds());
                    if (r.repeats() > 1) {
                        out.printf(Locale.ROOT, "      each timing ran the corpus %d times in a row (%.1f s or more); "
                                + "times are per run%n", r.repeats(), minSeconds);
                    }
                    if (r.rounds().size() > 1) {
                        for (int i = 0; i < r.rounds().size(); i++) {
                            var d = r.rounds().get(i);
                            out.printf(Locale.ROOT, "      round %d: 1 thread %.2f s (%.2f cores busy), %d threads %.2f s "
                                    + "(%.2f cores busy), speed-up %.2f, ratio %.2f%n", i + 1, d.serialSeconds(),
                                    d.serialCores(), n, d.parallelSeconds(), d.parallelCores(), d.speedup(), d.ratio());
                        }
                    }
                    out.flush();
                    // the corpora stay until the end: deleting a directory tree here loaded classes whose loading
                    // made the JVM drop compiled stream and string methods as the next round began
                }
                coldStart(out, tmp);
            } finally {
                deleteTree(tmp);
            }
            return ExitCode.OK;
        }

        private void coldStart(PrintWriter out, Path tmp) throws Exception {
            Path jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
            if (coldRuns < 1) {
                return;
            }
            if (!jar.toString().endsWith(".jar")) {
                out.println("cold start: not measured (not running from the jar)");
                return;
            }
            String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> plain = List.of(javaBin, "-jar", jar.toString());
            Path archive = jar.resolveSibling("dipkg.jsa");
            List<String> shared = List.of(javaBin, "-XX:SharedArchiveFile=" + archive, "-Xshare:auto",
                    "-Xlog:cds=off", "-Xlog:class+path=off", "-jar", jar.toString());
            List<String> launcher = new ArrayList<>(shared);
            launcher.add(1, "-XX:TieredStopAtLevel=1");
            // the launcher gives a small extraction the parallel collector where it gave this JVM that
            boolean parallelCollector = ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .anyMatch(b -> b.getName().startsWith("PS "));
            if (parallelCollector) {
                launcher.add(1, "-XX:+UseParallelGC");
            }
            List<Double> plainWalls = new ArrayList<>();
            List<Double> sharedWalls = new ArrayList<>();
            List<Double> launcherWalls = new ArrayList<>();
            // in turn, so all see the same state of the machine
            for (int i = 0; i < coldRuns; i++) {
                if (!time(plain, tmp, plainWalls, out)) {
                    return;
                }
                if (Files.isRegularFile(archive) && (!time(shared, tmp, sharedWalls, out)
                        || !time(launcher, tmp, launcherWalls, out))) {
                    return;
                }
            }
            report(out, "'java -jar dipkg.jar extract " + seeds + "'", plainWalls);
            if (!sharedWalls.isEmpty()) {
                report(out, "'java -XX:SharedArchiveFile=dipkg.jsa -jar dipkg.jar extract " + seeds + "'", sharedWalls);
                report(out, "'java " + (parallelCollector ? "-XX:+UseParallelGC " : "")
                        + "-XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=dipkg.jsa -jar dipkg.jar extract "
                        + seeds + "' (as ./dipkg runs it on a small input)", launcherWalls);
            }
        }

        private boolean time(List<String> java, Path tmp, List<Double> walls, PrintWriter out) throws Exception {
            List<String> cmd = new ArrayList<>(java);
            cmd.addAll(List.of("extract", seeds.toString(), "--out", tmp.resolve("cold").toString()));
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int code = p.waitFor();
            walls.add((System.nanoTime() - t0) / 1e9);
            if (code != 0) {
                out.println("cold start: extract exited with " + code);
                return false;
            }
            return true;
        }

        /** Whether this JVM touches the heap's memory as it commits it (false where it does not say). */
        private static boolean preTouched() {
            try {
                var hotspot = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
                return hotspot != null && Boolean.parseBoolean(hotspot.getVMOption("AlwaysPreTouch").getValue());
            } catch (IllegalArgumentException e) {
                return false; // a JVM without HotSpot's diagnostic bean or without that option
            }
        }

        /** The JVM's collectors by their own names (G1 Young Generation, PS Scavenge…). */
        private static String collector() {
            return String.join(" + ", ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .map(GarbageCollectorMXBean::getName).toList());
        }

        private static void report(PrintWriter out, String what, List<Double> walls) {
            List<Double> w = new ArrayList<>(walls);
            Collections.sort(w);
            out.printf(Locale.ROOT, "cold %s: median %.2f s of %d runs (min %.2f, max %.2f)%n",
                    what, w.get(w.size() / 2), w.size(), w.get(0), w.get(w.size() - 1));
        }

        private static void deleteTree(Path p) throws IOException {
            if (!Files.exists(p)) {
                return;
            }
            try (var s = Files.walk(p)) {
                for (var f : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /** The steps that need every document, on many distinct synthetic keys. */
    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = {"Time the steps that need every document on synthetic keys of a corpus with many distinct "
                + "items (a corpus of copies repeats its keys, so 'bench extract' cannot show how they grow): grouping "
                + "keys one character apart, grouping counted sets that share members, and finding the sources of "
                + "each item's meeting that leave it out."})
    static final class Merge implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--keys", paramLabel = "N", defaultValue = "10000,100000,1000000", split = ",",
                description = "Numbers of distinct keys, 20 per source (default: ${DEFAULT-VALUE}).")
        List<Integer> keys;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            if (keys.stream().anyMatch(k -> k < 1 || k > 10_000_000)) {
                spec.commandLine().getErr().println("dipkg bench merge: --keys must be between 1 and 10000000");
                return ExitCode.USAGE;
            }
            org.dipkg.rdf.MergeScale.run(20_000, 1); // warm-up
            out.println("synthetic keys: 8-23 Han characters, one in ten a one-character variant; 20 per source, "
                    + "5 sources per meeting");
            out.println("     keys      sets   sources   garbles s   sets s   gaps s   keys merged");
            for (int k : keys) {
                var r = org.dipkg.rdf.MergeScale.run(k, 1);
                out.printf(Locale.ROOT, "%9d %9d %9d %11.3f %8.3f %8.3f %13d%n", r.keys(), r.sets(), r.docs(),
                        r.garbleSeconds(), r.setSeconds(), r.gapSeconds(), r.merged());
                out.flush();
            }
            return ExitCode.OK;
        }
    }

    /** Load on the SPARQL endpoint: throughput and latency of the canned queries. */
    @Command(name = "endpoint", mixinStandardHelpOptions = true,
            description = {"Start the endpoint on a free loopback port with the graph, send the canned queries from "
                + "concurrent clients, and report throughput, p50/p99 latency and errors."})
    static final class Endpoint implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DataMixin source;

        @Option(names = "--clients", paramLabel = "N", defaultValue = "8", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
        int clients;

        @Option(names = "--requests", paramLabel = "N", defaultValue = "2000", description = "Requests in all (default: ${DEFAULT-VALUE}).")
        int requests;

        @Override
        public Integer call() throws Exception {
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            if (clients < 1 || requests < 1 || requests > 1_000_000) {
                err.println("dipkg bench endpoint: --clients must be ≥ 1 and --requests between 1 and 1000000");
                return ExitCode.USAGE;
            }
            Dataset ds = source.loadOrSay(err);
            if (ds == null) {
                return ExitCode.FAILED;
            }
            var queries = QueryCatalog.load().all();
            try (SparqlServer server = SparqlServer.start(ds, new SparqlServer.Options("127.0.0.1", 0,
                    Duration.ofSeconds(10), false, 0), queries)) {
                String endpoint = server.url() + "sparql";
                new EndpointLoad().run(endpoint, queries, clients, Math.min(requests, 200)); // warm-up
                EndpointLoad.Result r = new EndpointLoad().run(endpoint, queries, clients, requests);
                out.printf(Locale.ROOT, "endpoint load: %d triples, %d canned queries in turn, %d clients, %d requests%n",
                        org.apache.jena.system.Txn.calculateRead(ds, () -> ds.getDefaultModel().size()), queries.size(), r.clients(), r.requests());
                out.printf(Locale.ROOT, "  throughput %.0f queries/s   p50 %.1f ms   p99 %.1f ms   max %.1f ms   errors %d   (%.1f s)%n",
                        r.perSecond(), r.p50Millis(), r.p99Millis(), r.maxMillis(), r.errors(), r.seconds());
                return r.errors() == 0 ? ExitCode.OK : ExitCode.FAILED;
            }
        }
    }
}
