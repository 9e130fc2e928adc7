package org.dipkg.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file through a temporary sibling that is moved into place only once fully written, so a
 * failed or interrupted run leaves the previous file as it was. The file gets the permissions any new
 * file gets in its directory, or keeps those of the file it replaces.
 */
public final class AtomicFile {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long PID = ProcessHandle.current().pid();
    private static final String PART = ".part";
    /** A temporary file's name: the target's, the id of the process writing it and a random part. */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.(\\d+)-[0-9a-z]+\\.part");

    /** Writes the content of a file to an output stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** A file written in full to a temporary sibling, waiting to be moved into place or dropped. */
    public static final class Staged {
        private final Path tmp;
        private final Path target;

        private Staged(Path tmp, Path target) {
            this.tmp = tmp;
            this.target = target;
        }

        public void commit() throws IOException {
            try {
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        }

        public void abort() throws IOException {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes the content to a temporary sibling of {@code target}; nothing changes until commit. */
    public static Staged stage(Path target, Content content) throws IOException {
        Path tmp = sibling(target);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                content.writeTo(out);
            }
            if (Files.exists(target)) {
                copyPermissions(target, tmp); // after writing: the replaced file may be read-only
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return new Staged(tmp, target);
    }

    /** Writes the content to {@code target} through a temporary sibling. */
    public static void write(Path target, Content content) throws IOException {
        stage(target, content).commit();
    }

    /**
     * A new empty file next to {@code target}. Made with the permissions of any new file (the user's
     * umask), where a temporary file would be readable by its owner alone.
     */
    private static Path sibling(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        while (true) {
            Path tmp = dir.resolve("." + target.getFileName() + "." + PID + "-"
                    + Long.toUnsignedString(RANDOM.nextLong(), 36) + PART);
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }

    /**
     * Whether {@code file} is a temporary file of this class that its process left behind: it was killed
     * before it could move or drop the file. A file a running process is still writing is not one.
     */
    public static boolean isLeftover(Path file) {
        Matcher m = TEMPORARY.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return false;
        }
        try {
            long pid = Long.parseLong(m.group(1));
            return pid != PID && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return true; // no process has such an id
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the new file keeps its default permissions
        }
    }
}
