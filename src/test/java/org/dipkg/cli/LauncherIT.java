package org.dipkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The launcher script {@code ./dipkg}: the JVM it starts (the jar is built by the time these run). */
class LauncherIT {

    private record Started(int code, String output) {
    }

    private static Started launch(String javaOpts) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "dipkg", "--version").redirectErrorStream(true);
        pb.environment().put("DIPKG_JAVA_OPTS", javaOpts);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Started(p.waitFor(), out);
    }

    @Test
    void theLauncherRunsTheCollectorTheBenchmarkTimesItWith() throws IOException {
        String script = Files.readString(Path.of("dipkg"), StandardCharsets.UTF_8);
        assertTrue(script.contains("gc=(" + BenchCommand.LAUNCHER_GC + ")"), "dipkg and BenchCommand.LAUNCHER_GC disagree");
    }

    @Test
    void theLauncherStartsTheJvmWithTheParallelCollector() throws Exception {
        Started s = launch("-Xlog:gc=info");
        assertEquals(0, s.code(), s.output());
        assertTrue(s.output().contains("Using Parallel"), s.output());
        assertTrue(s.output().contains("dipkg "), s.output());
    }

    @Test
    void aCollectorTheUserNamesReplacesTheLaunchersOwn() throws Exception {
        // two collectors on one command line would stop the JVM before it starts
        Started s = launch("-XX:+UseSerialGC -Xlog:gc=info");
        assertEquals(0, s.code(), s.output());
        assertTrue(s.output().contains("Using Serial"), s.output());
    }
}
