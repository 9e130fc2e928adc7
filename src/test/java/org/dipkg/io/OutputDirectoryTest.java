package org.dipkg.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {
    @TempDir
    Path dir;

    /** The name AtomicFile gives a temporary file written by the process {@code pid}. */
    private Path temporary(String target, long pid) throws IOException {
        return Files.writeString(dir.resolve("." + target + "." + pid + "-k3x9.part"), "half", StandardCharsets.UTF_8);
    }

    private static long finishedProcess() throws Exception {
        Process p = new ProcessBuilder("java", "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        return p.pid();
    }

    private void removeStale() throws IOException {
        Files.writeString(dir.resolve("graph.ttl"), "", StandardCharsets.UTF_8);
        OutputDirectory.removeStale(dir, dir.resolve("graph.ttl"), false, new PrintWriter(new StringWriter()));
    }

    @Test
    void temporaryFilesOfAKilledRunAreRemoved() throws Exception {
        Path left = temporary("graph.ttl", finishedProcess());
        removeStale();
        assertFalse(Files.exists(left));
    }

    @Test
    void temporaryFilesOfARunStillWritingIntoTheDirectoryAreLeft() throws Exception {
        long running = ProcessHandle.current().parent().orElseThrow().pid(); // the build that runs this test
        Path writing = temporary("mentions.csv", running);
        removeStale();
        assertTrue(Files.exists(writing));
    }

    @Test
    void filesThatAreNotDipkgsOwnAreLeft() throws Exception {
        Path mine = Files.writeString(dir.resolve(".notes." + finishedProcess() + "-k3x9.part"), "", StandardCharsets.UTF_8);
        Path kept = Files.writeString(dir.resolve("graph.ttl.bak"), "", StandardCharsets.UTF_8);
        removeStale();
        assertTrue(Files.exists(mine));
        assertTrue(Files.exists(kept));
    }
}
