package org.dipkg.text;

import java.nio.file.Path;

/** A user's input that cannot be read, with the file and the reason, for a one-line message. */
public class InputException extends Exception {
    private final transient Path file;
    private final String reason;

    public InputException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}
