package org.dipkg.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.LongFunction;

/**
 * The bytes of a file a user names, or why not in a few words: a regular file only, so a FIFO or a device
 * never blocks or floods the run, and at most a given size.
 */
public final class InputFiles {
    private InputFiles() {
    }

    /** The file's bytes; {@code tooLarge} says why a file of more than {@code maxBytes} (its size given) is refused. */
    public static byte[] read(Path file, long maxBytes, LongFunction<String> tooLarge) throws InputException {
        try {
            if (!Files.exists(file)) {
                throw new InputException(file, "no such file");
            }
            if (!Files.isRegularFile(file)) {
                // a pipe would block the read for ever, a device such as /dev/zero never end it
                throw new InputException(file, Files.isDirectory(file) ? "a directory, not a file"
                        : "not a regular file (a pipe, socket or device)");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InputException(file, tooLarge.apply(size));
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw new InputException(file, tooLarge.apply(bytes.length)); // it grew while read
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new InputException(file, "no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(file, "permission denied");
        } catch (IOException e) {
            throw new InputException(file, "cannot be read (" + e.getMessage() + ")");
        }
    }
}
