package org.dipkg.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.dipkg.serve.Timeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dipkg timeline}: writes {@link Timeline}'s table and page, {@code timeline.csv} and {@code timeline.html}. */
@Command(name = "timeline", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write timeline.html (time across, one row per commitment or mechanism, a mark per statement "
                + "coloured by status, filters by party and kind, the source's words on hover) and timeline.csv.",
            "The graph is extracted from the inputs (default: seeds/), or read with --data or --tdb."},
        exitCodeListHeading = "Exit codes:%n", exitCodeList = {"0:written", "2:usage error", "3:no graph"})
public final class TimelineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LoggingMixin logging;

    @Mixin
    GraphSource graph;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Documents to extract (default: seeds/).")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
            description = "Where timeline.html and timeline.csv go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        Dataset ds = graph.loadOrSay(inputs, err);
        if (ds == null) {
            return ExitCode.FAILED;
        }
        Timeline timeline = Timeline.of(ds);
        Files.createDirectories(out);
        Path csv = out.resolve("timeline.csv");
        Path html = out.resolve("timeline.html");
        write(csv, timeline::writeCsv);
        String page = timeline.html();
        write(html, w -> w.write(page));
        spec.commandLine().getOut().printf("wrote %s and %s: %d statements of %d rows on %d dates%n", html, csv,
                timeline.statements(), timeline.items(), timeline.dates());
        return ExitCode.OK;
    }

    @FunctionalInterface
    private interface Content {
        void writeTo(Writer w) throws IOException;
    }

    /** Writes a file through a temporary sibling moved into place once whole. */
    private static void write(Path target, Content content) throws IOException {
        // a new file, not a temporary one: it gets the permissions any file gets there (the user's umask)
        Path tmp = target.toAbsolutePath().resolveSibling("." + target.getFileName() + "."
                + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".part");
        Files.createFile(tmp);
        try {
            try (Writer w = new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8)) {
                content.writeTo(w);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
