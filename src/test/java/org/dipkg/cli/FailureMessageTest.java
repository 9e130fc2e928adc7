package org.dipkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class FailureMessageTest {
    @Test
    void aFileSystemFailureNamesTheFileAndTheReasonWhereJavaGivesThePathAlone() {
        assertEquals("/out/graph.ttl: permission denied", Main.message(new AccessDeniedException("/out/graph.ttl")));
        assertEquals("/out: no such file or directory",
                Main.message(new UncheckedIOException(new NoSuchFileException("/out"))));
        assertEquals("/out/x: No space left on device",
                Main.message(new FileSystemException("/out/x", null, "No space left on device")));
    }

    @Test
    void anyOtherFailureKeepsItsMessage() {
        assertEquals("disk on fire", Main.message(new IOException("disk on fire")));
        assertEquals("java.lang.IllegalStateException", Main.message(new IllegalStateException()));
    }

    @Test
    void runningOutOfHeapOnAnyThreadSaysHowToGiveTheJvmMore() {
        String m = Main.message(new IllegalStateException("extraction failed", new OutOfMemoryError("Java heap space")));
        assertTrue(m.startsWith("out of memory (the JVM's heap is "), m);
        assertTrue(m.contains("DIPKG_JAVA_OPTS=-Xmx"), m);
    }
}
