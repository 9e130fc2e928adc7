package org.dipkg.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    private static AtomicFile.Content text(String s) {
        return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    private List<Path> files() throws IOException {
        try (var s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void aFailedWriteLeavesThePreviousFileAndNoTemporaryBehind() throws IOException {
        Path f = dir.resolve("graph.ttl");
        AtomicFile.write(f, text("old"));
        assertThrows(IOException.class, () -> AtomicFile.write(f, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(f));
        assertEquals(List.of(f), files());
    }

    @Test
    void aStagedFileChangesNothingUntilCommittedAndNothingWhenAborted() throws IOException {
        Path f = dir.resolve("mentions.csv");
        AtomicFile.write(f, text("old"));
        AtomicFile.Staged s = AtomicFile.stage(f, text("new"));
        assertEquals("old", Files.readString(f));
        s.abort();
        assertEquals(List.of(f), files());
        AtomicFile.stage(f, text("new")).commit();
        assertEquals("new", Files.readString(f));
        assertEquals(List.of(f), files());
    }

    @Test
    void aNewFileGetsThePermissionsOfAnyNewFileThere() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(dir.resolve("plain"));
        Path f = dir.resolve("graph.ttl");
        AtomicFile.write(f, text("x"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(f));
    }

    @Test
    void aReplacedFileKeepsItsPermissionsEvenReadOnly() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path f = dir.resolve("graph.ttl");
        AtomicFile.write(f, text("old"));
        Set<PosixFilePermission> readOnly = PosixFilePermissions.fromString("r--r-----");
        Files.setPosixFilePermissions(f, readOnly);
        AtomicFile.write(f, text("new"));
        assertEquals("new", Files.readString(f));
        assertEquals(readOnly, Files.getPosixFilePermissions(f));
    }
}
