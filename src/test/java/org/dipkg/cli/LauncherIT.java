package org.dipkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher script: which JIT tiers and collector a command gets, by the size of what it reads. */
class LauncherIT {
    @TempDir
    Path tmp;

    /** The JVM's final flags in the JVM that {@code ./dipkg ARGS} starts (each run ends at its --help). */
    private static String flags(String javaOpts, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bash", "dipkg"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("DIPKG_JAVA_OPTS", "-XX:+PrintFlagsFinal " + javaOpts);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    /** One flag's value in the output of -XX:+PrintFlagsFinal. */
    private static String flag(String flags, String name) {
        Matcher m = Pattern.compile("\\s" + name + "\\s+=\\s+(\\S+)").matcher(flags);
        if (!m.find()) {
            throw new AssertionError("no " + name + " in the JVM's flags: " + flags);
        }
        return m.group(1);
    }

    /** The JIT's highest tier in the JVM that {@code ./dipkg ARGS} starts. */
    private static int stopLevel(String javaOpts, String... args) throws IOException, InterruptedException {
        return Integer.parseInt(flag(flags(javaOpts, args), "TieredStopAtLevel"));
    }

    /** Whether the JVM that {@code ./dipkg ARGS} starts runs the parallel collector. */
    private static boolean parallelCollector(String javaOpts, String... args) throws IOException, InterruptedException {
        return Boolean.parseBoolean(flag(flags(javaOpts, args), "UseParallelGC"));
    }

    private Path inputOf(long bytes) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in" + bytes));
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("a.txt").toFile(), "rw")) {
            f.setLength(bytes); // sparse: its size counts, nothing is written
        }
        return dir;
    }

    @Test
    void aSmallInputKeepsToTheFirstTierAndALargeOneGetsTheSecond() throws Exception {
        assertEquals(1, stopLevel("", "extract", "--help"));
        assertEquals(1, stopLevel("", "extract", inputOf(1 << 20).toString(), "--help"));
        assertEquals(4, stopLevel("", "extract", inputOf(17L << 20).toString(), "--help"));
        assertEquals(4, stopLevel("", "serve", "--help"));
    }

    @Test
    void whatExtractWritesDoesNotCountAsInput() throws Exception {
        String large = inputOf(17L << 20).toString();
        assertEquals(1, stopLevel("", "extract", "-o", large, "--help"));
        assertEquals(1, stopLevel("", "extract", "--out", large, "--tdb", large, "--help"));
        assertEquals(4, stopLevel("", "extract", "-o", inputOf(1).toString(), large, "--help"));
        assertEquals(4, stopLevel("", "query", "--tdb", large, "--help"));
    }

    /**
     * The launcher's class-data archive is a static one that the JVM maps: a dynamic one (dumped as the
     * training run exits) can keep methods marked as queued for compilation, which then never compile.
     */
    @Test
    void theClassArchiveIsAStaticOneTheJvmMaps() throws Exception {
        stopLevel("", "--version"); // makes the archive when the jar is newer
        Path jar = Path.of("target", "dipkg.jar").toAbsolutePath();
        Process p = new ProcessBuilder("java", "-Xshare:on", "-XX:SharedArchiveFile=target/dipkg.jsa",
                "-XX:+PrintSharedArchiveAndExit", "-jar", jar.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("Static archive name: target/dipkg.jsa"), out);
    }

    /** The JVM's default heap where the launcher leaves the collector alone: a quarter of the memory. */
    private static long defaultHeap() throws IOException, InterruptedException {
        return Long.parseLong(flag(flags("", "serve", "--help"), "MaxHeapSize"));
    }

    @Test
    void batchRunsGetTheParallelCollectorWhenTheDefaultHeapLeavesRoomForTheGraph() throws Exception {
        long heap = defaultHeap(); // the launcher takes inputs up to a 50th of it
        assertTrue(parallelCollector("", "extract", "--help"));
        assertTrue(parallelCollector("", "extract", inputOf(heap / 100).toString(), "--help"));
        assertTrue(parallelCollector("", "bench", "extract", "--help"));
        assertFalse(parallelCollector("", "extract", inputOf(heap / 25).toString(), "--help"));
        assertFalse(parallelCollector("", "bench", "extract", "--sizes", "1,1000000", "--help"));
        assertFalse(parallelCollector("", "serve", "--help"));
        assertFalse(parallelCollector("", "query", "--help"));
    }

    @Test
    void aLargeInputStartsWithAHeapForItsGraph() throws Exception {
        long usual = Long.parseLong(flag(flags("", "extract", "--help"), "InitialHeapSize"));
        assertEquals(usual, Long.parseLong(flag(flags("", "extract", inputOf(1 << 16).toString(), "--help"),
                "InitialHeapSize")));
        long input = defaultHeap() / 100; // 50 bytes of heap each is half the default heap, 8 times its initial
        String large = flags("", "extract", inputOf(input).toString(), "--help");
        long initial = Long.parseLong(flag(large, "InitialHeapSize"));
        assertTrue(initial >= input * 49, initial + " bytes for an input of " + input);
        // that heap is in huge pages where the kernel gives them on request, and a small input's never
        Path thp = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        boolean onRequest = Files.isReadable(thp) && Files.readString(thp).contains("[madvise]");
        assertEquals(String.valueOf(onRequest), flag(large, "UseTransparentHugePages"));
        assertEquals("false", flag(flags("", "extract", inputOf(1 << 16).toString(), "--help"), "UseTransparentHugePages"));
    }

    @Test
    void onlyTheBenchmarkTouchesItsHeapInAdvance() throws Exception {
        String bench = flags("", "bench", "extract", "--sizes", "1", "--rounds", "1", "--cold-runs", "0", "--warm-up", "0",
                "--min-seconds", "0");
        assertEquals("true", flag(bench, "AlwaysPreTouch"));
        assertTrue(bench.contains("heap touched as committed (-XX:+AlwaysPreTouch)"), bench); // and says so
        assertEquals("false", flag(flags("", "extract", "--help"), "AlwaysPreTouch"));
        assertEquals("false", flag(flags("", "serve", "--help"), "AlwaysPreTouch"));
        assertEquals("false", flag(flags("-XX:-AlwaysPreTouch", "bench", "extract", "--help"), "AlwaysPreTouch"));
    }

    @Test
    void aHeapSizeOrCollectorGivenByTheUserKeepsTheLauncherOutOfTheCollectorChoice() throws Exception {
        assertFalse(parallelCollector("-Xmx512m", "extract", "--help"));
        assertFalse(parallelCollector("-XX:MaxRAMPercentage=50", "extract", "--help"));
        assertEquals("true", flag(flags("-XX:+UseSerialGC", "extract", "--help"), "UseSerialGC"));
    }

    @Test
    void javaOptionsGivenByTheUserWin() throws Exception {
        assertEquals(4, stopLevel("-XX:TieredStopAtLevel=4", "extract", "--help"));
    }
}
