package org.dipkg.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputGenerationTest {
    @TempDir
    Path dir;

    private final StringWriter said = new StringWriter();

    private OutputGeneration generation(String graphName, String content) throws IOException {
        OutputGeneration g = OutputGeneration.begin(dir);
        g.write(graphName, o -> o.write(("graph " + content).getBytes(StandardCharsets.UTF_8)));
        g.write("mentions.csv", o -> o.write(("rows " + content).getBytes(StandardCharsets.UTF_8)));
        return g;
    }

    private String read(String name) throws IOException {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    }

    private static long finishedProcess() throws Exception {
        Process p = new ProcessBuilder("java", "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        return p.pid();
    }

    private List<String> generations() throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve(OutputGeneration.HOME))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("gen-")).sorted().toList();
        }
    }

    @Test
    void aPublishedGenerationIsWhatTheOutputNamesRead() throws IOException {
        generation("graph.ttl", "one").publish(new PrintWriter(said));
        assertEquals("graph one", read("graph.ttl"));
        assertEquals("rows one", read("mentions.csv"));
        generation("graph.ttl", "two").publish(new PrintWriter(said));
        assertEquals("graph two", read("graph.ttl"));
        assertEquals("rows two", read("mentions.csv"));
        assertEquals(1, generations().size(), "the first generation is gone once the second is published");
    }

    @Test
    void untilTheOneSwitchTheFilesAreAllTheOldRunsAndAfterItAllTheNewOnes() throws IOException {
        generation("graph.ttl", "old").publish(new PrintWriter(said));
        OutputGeneration next = generation("graph.ttl", "new");
        next.linkNames(); // a run killed here leaves the old pair whole
        assertEquals("graph old", read("graph.ttl"));
        assertEquals("rows old", read("mentions.csv"));
        next.switchCurrent(); // and one killed after this the new pair
        assertEquals("graph new", read("graph.ttl"));
        assertEquals("rows new", read("mentions.csv"));
    }

    @Test
    void anAbortedGenerationChangesNothing() throws IOException {
        generation("graph.ttl", "kept").publish(new PrintWriter(said));
        generation("graph.ttl", "dropped").abort();
        assertEquals("graph kept", read("graph.ttl"));
        assertEquals(1, generations().size());
    }

    @Test
    void onlyItsOwnEarlierOutputsAreRemovedNeverAUsersFilesOfTheSameNames() throws IOException {
        Files.writeString(dir.resolve("graph.nt"), "the user's own", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("variance.html"), "the user's own", StandardCharsets.UTF_8);
        generation("graph.trig", "one").publish(new PrintWriter(said));
        generation("graph.ttl", "two").publish(new PrintWriter(said));
        assertFalse(Files.exists(dir.resolve("graph.trig"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertTrue(said.toString().contains("removed " + dir.resolve("graph.trig")), said.toString());
        assertEquals("the user's own", read("graph.nt"));
        assertEquals("the user's own", read("variance.html"));
        assertFalse(said.toString().contains("graph.nt") || said.toString().contains("variance.html"), said.toString());
    }

    @Test
    void theGenerationsOfARunStillWritingAreLeftThoseOfAKilledRunRemoved() throws Exception {
        Path home = Files.createDirectories(dir.resolve(OutputGeneration.HOME));
        long running = ProcessHandle.current().parent().orElseThrow().pid(); // the build that runs this test
        Path writing = Files.createDirectory(home.resolve("gen-" + running + "-k3x9"));
        Path killed = Files.createDirectory(home.resolve("gen-" + finishedProcess() + "-k3x9"));
        Path leftLink = Files.createSymbolicLink(dir.resolve(".graph.ttl." + finishedProcess() + "-k3x9.link"), Path.of("x"));
        generation("graph.ttl", "one").publish(new PrintWriter(said));
        assertTrue(Files.exists(writing));
        assertFalse(Files.exists(killed));
        assertFalse(Files.exists(leftLink, java.nio.file.LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aWriteThatFailsDropsTheGenerationAndLeavesThePreviousFiles() throws IOException {
        generation("graph.ttl", "kept").publish(new PrintWriter(said));
        OutputGeneration g = OutputGeneration.begin(dir);
        org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> g.write("graph.ttl", o -> {
            o.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("graph kept", read("graph.ttl"));
        assertEquals(1, generations().size());
    }
}
