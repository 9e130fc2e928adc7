package org.dipkg.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dipkg} command: wires the subcommands; the only place that exits the JVM. */
@Command(name = "dipkg", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns Chinese-language diplomatic texts into a knowledge graph of commitments.",
        subcommands = {ExtractCommand.class, ReportCommand.class, ServeCommand.class, QueryCommand.class, TimelineCommand.class,
            EvaluateCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with the given output streams and the one exception handler. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("dipkg: " + message(ex));
            if (Boolean.getBoolean("dipkg.trace")) {
                ex.printStackTrace(line.getErr());
            }
            return ExitCode.FAILED;
        });
        return cl;
    }

    /** One line for a failure: a file system error as "FILE: reason", where Java's message is often the path alone. */
    static String message(Throwable ex) {
        for (Throwable c = ex; c != null; c = c.getCause()) {
            if (c instanceof OutOfMemoryError) {
                return "out of memory (the JVM's heap is " + (Runtime.getRuntime().maxMemory() >> 20) + " MB): give it "
                        + "more, as in DIPKG_JAVA_OPTS=-Xmx8g ./dipkg …; docs/performance.md says how much heap a corpus needs";
            }
        }
        if (ex instanceof java.io.UncheckedIOException u) {
            ex = u.getCause();
        }
        if (ex instanceof java.nio.file.FileSystemException f) {
            String reason = f instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : f instanceof java.nio.file.NoSuchFileException ? "no such file or directory"
                    : f instanceof java.nio.file.FileAlreadyExistsException ? "a file of that name is in the way"
                    : f instanceof java.nio.file.NotDirectoryException ? "not a directory"
                    : f.getReason() != null ? f.getReason() : f.getClass().getSimpleName();
            return f.getFile() + (f.getOtherFile() != null ? " → " + f.getOtherFile() : "") + ": " + reason;
        }
        return ex.getMessage() == null ? ex.toString() : ex.getMessage();
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code;
        try {
            code = commandLine(out, err).execute(args);
        } catch (OutOfMemoryError e) {
            // the command's objects are let go as the error unwinds, so there is room to say so
            err.println("dipkg: " + message(e));
            code = ExitCode.FAILED;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }
}
