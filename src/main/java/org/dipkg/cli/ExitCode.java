package org.dipkg.cli;

/** The exit codes of every command. */
public final class ExitCode {
    /** Everything worked. */
    public static final int OK = 0;
    /** Some inputs could not be read; the others were processed and the outputs written. */
    public static final int SOME_INPUTS_FAILED = 1;
    /** The command line was wrong (picocli's usage code). */
    public static final int USAGE = 2;
    /** Nothing could be done: no readable input, an output that cannot be written, a failed check. */
    public static final int FAILED = 3;
    /** The evaluated figures fell below a required floor. */
    public static final int BELOW_FLOOR = 4;

    private ExitCode() {
    }
}
