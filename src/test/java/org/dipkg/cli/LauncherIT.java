package org.dipkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** The launcher script: which JIT tiers a command gets, by the size of what it reads. */
class LauncherIT {
    private static final Pattern STOP_LEVEL = Pattern.compile("TieredStopAtLevel\\s+=\\s+(\\d+)");

    @TempDir
    Path tmp;

    /** The JIT's highest tier in the JVM that {@code ./dipkg ARGS} starts (each run ends at its --help). */
    private static int stopLevel(String javaOpts, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bash", "dipkg"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("DIPKG_JAVA_OPTS", "-XX:+PrintFlagsFinal " + javaOpts);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        Matcher m = STOP_LEVEL.matcher(out);
        if (!m.find()) {
            throw new AssertionError("no TieredStopAtLevel in the JVM's flags: " + out);
        }
        return Integer.parseInt(m.group(1));
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

    @Test
    void javaOptionsGivenByTheUserWin() throws Exception {
        assertEquals(4, stopLevel("-XX:TieredStopAtLevel=4", "extract", "--help"));
    }
}
