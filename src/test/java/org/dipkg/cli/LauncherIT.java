package org.dipkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The launcher script {@code ./dipkg}: the JVM it starts (the jar is built by the time these run). */
class LauncherIT {

    private record Started(int code, String output) {
    }

    /** Runs the launcher with the JVM printing its final flags, and {@code args}. */
    private static Started launch(String javaOpts, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bash", "dipkg"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("DIPKG_JAVA_OPTS", "-XX:+PrintFlagsFinal " + javaOpts);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Started(p.waitFor(), out);
    }

    private static boolean firstTierOnly(String flags) {
        return flags.lines().anyMatch(l -> l.matches("\\s*intx TieredStopAtLevel\\s+= 1 .*"));
    }

    @Test
    void theBenchmarkTimesTheColdStartWithTheLaunchersJitSetting() throws IOException {
        String script = Files.readString(Path.of("dipkg"), StandardCharsets.UTF_8);
        assertTrue(script.contains("jit=(" + BenchCommand.LAUNCHER_JIT + ")"), "dipkg and BenchCommand.LAUNCHER_JIT disagree");
    }

    @Test
    void everyCommandButTheBenchmarkRunsOnTheFirstJitTier() throws Exception {
        Started s = launch("", "--version");
        assertEquals(0, s.code(), s.output());
        assertTrue(s.output().contains("dipkg "), s.output());
        assertTrue(firstTierOnly(s.output()), "TieredStopAtLevel is not 1");
        Started b = launch("", "bench", "--version");
        assertEquals(0, b.code(), b.output());
        assertFalse(firstTierOnly(b.output()), "bench measures the JVM's default compilers");
    }

    @Test
    void aJitSettingTheUserGivesReplacesTheLaunchersOwn() throws Exception {
        Started s = launch("-XX:TieredStopAtLevel=4", "--version");
        assertEquals(0, s.code(), s.output());
        assertFalse(firstTierOnly(s.output()), s.output().lines().filter(l -> l.contains("TieredStopAtLevel")).toList().toString());
        assertTrue(s.output().lines().anyMatch(l -> l.matches("\\s*intx TieredStopAtLevel\\s+= 4 .*")));
    }
}
