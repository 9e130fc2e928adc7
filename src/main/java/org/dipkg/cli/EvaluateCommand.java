package org.dipkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dipkg.eval.Scorer;
import org.dipkg.rdf.MentionRow;
import org.dipkg.pipeline.Pipeline;
import org.dipkg.rules.RuleData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dipkg evaluate}: scores an extraction against a gold standard by the contract's rule. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Score an extraction against a gold CSV by the output contract's rule.",
            "The gold CSV has the columns doc, type, kind, party, action, set, tier, text and note (doc, type, tier "
            + "and text are required).",
            "Extracts the inputs first, or reads an existing mentions.csv with --mentions."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:scored", "1:scored, but some inputs could not be read", "2:usage error",
            "3:the gold or mentions file cannot be read"})
public final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LoggingMixin logging;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The gold standard CSV.")
    Path gold;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Documents to extract and score (default: seeds/). Ignored with --mentions.")
    List<Path> inputs;

    @Option(names = "--mentions", paramLabel = "FILE", description = "Score this mentions.csv instead of extracting.")
    Path mentions;

    @Option(names = "--docs", paramLabel = "DIR",
            description = "Where the documents are, to check offsets (default: the input directory, or seeds/).")
    Path docs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--misses", description = "List the tier-1 gold rows not found and the predicted rows that match no gold row.")
    boolean misses;

    @Option(names = "--lexicon", paramLabel = "DIR", description = "Extra rule tables, as for extract.")
    Path lexicon;

    @Option(names = "--split-pages", description = GraphSource.SPLIT_PAGES)
    boolean splitPages;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!List.of("table", "csv", "json").contains(format)) {
            err.println("dipkg evaluate: unknown format '" + format + "' (expected table, csv or json)");
            return ExitCode.USAGE;
        }
        if (docs != null && !Files.isDirectory(docs)) {
            err.println("dipkg evaluate: " + docs + ": --docs needs the directory the documents are in");
            return ExitCode.USAGE;
        }
        if (!Files.isRegularFile(gold)) {
            err.println("dipkg evaluate: " + gold + ": no such gold file");
            return ExitCode.FAILED;
        }
        List<Scorer.Row> goldRows;
        List<Scorer.Row> predicted;
        int code = ExitCode.OK;
        List<Path> roots = inputs == null || inputs.isEmpty() ? List.of(Path.of("seeds")) : inputs;
        try {
            goldRows = Scorer.load(gold, Scorer.GOLD_COLUMNS);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            err.println("dipkg evaluate: " + gold + ": cannot be read as a gold CSV (" + e.getMessage() + ")");
            return ExitCode.FAILED;
        }
        if (mentions != null && !Files.isRegularFile(mentions)) {
            err.println("dipkg evaluate: " + mentions + ": " + (Files.exists(mentions) ? "not a regular file" : "no such file"));
            return ExitCode.FAILED;
        }
        if (mentions != null) {
            try {
                predicted = Scorer.load(mentions, Scorer.MENTION_COLUMNS);
            } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                err.println("dipkg evaluate: " + mentions + ": cannot be read as mentions.csv (" + e.getMessage() + ")");
                return ExitCode.FAILED;
            }
        } else {
            Pipeline.Result result = new Pipeline(new RuleData(Optional.ofNullable(lexicon)),
                    Runtime.getRuntime().availableProcessors(), java.nio.charset.StandardCharsets.UTF_8,
                    org.dipkg.text.DocumentReader.DEFAULT_MAX_CHARS, splitPages).run(roots, msg -> err.println("dipkg: " + msg));
            for (Pipeline.Failure f : result.failures()) {
                err.println("dipkg: " + f.message());
            }
            if (!result.failures().isEmpty()) {
                code = ExitCode.SOME_INPUTS_FAILED;
            }
            predicted = new ArrayList<>();
            for (MentionRow r : result.graph().rows()) {
                predicted.add(new Scorer.Row(r.doc(), r.type(), r.kind(), r.party(), r.set(), "", r.text(),
                        Integer.toString(r.start()), Integer.toString(r.end())));
            }
        }
        Path docsDir = docs != null ? docs
                : roots.size() == 1 && Files.isDirectory(roots.get(0)) ? roots.get(0) : Path.of("seeds");
        Scorer.Score score = new Scorer().score(goldRows, predicted, Files.isDirectory(docsDir) ? docsDir : null);
        print(out, score);
        return code;
    }

    /** What the figures mean, after them in the table; docs/evaluation.md gives the rule in full. */
    public static final List<String> LEGEND = List.of(
            "what the figures mean (the rule in full: docs/evaluation.md):",
            "  tier 1: the rows that matter most: people, mechanisms between the parties, working groups, the",
            "          talks' documents; agreements, pledges and proposals. Tier 2: the rest (organisations,",
            "          places, other documents and mechanisms; principles, positions, unilateral measures)",
            "  recall.tierN.T: of the gold rows of tier N and family T (Commitment, or Entity for the rest),",
            "          the share some predicted row of the same document and a compatible type matches",
            "  precision.T: of the predicted rows of type T, the share that match a gold row of either tier",
            "  party/kind.accuracy.tier1: of the tier-1 commitments found, the share with the gold's party/kind",
            "  sets.complete: the gold's counted sets all of whose members were found in one predicted set",
            "  offsets.exact: the share of predicted rows whose offsets give back their text from the file");

    private void print(PrintWriter out, Scorer.Score score) {
        Map<String, Object> f = score.figures();
        switch (format) {
            case "csv" -> {
                out.println("figure,value");
                f.forEach((k, v) -> out.println(k + "," + Scorer.format(v)));
            }
            case "json" -> {
                List<String> parts = new ArrayList<>();
                f.forEach((k, v) -> parts.add("\"" + k + "\": " + (v == null ? "null"
                        : v instanceof String s ? "\"" + s + "\"" : Scorer.format(v))));
                out.println("{" + String.join(", ", parts) + "}");
            }
            default -> {
                f.forEach((k, v) -> out.println(k + ": " + Scorer.format(v)));
                LEGEND.forEach(out::println);
                if (!score.missedTier1().isEmpty()) {
                    out.println("missed tier-1 (" + score.missedTier1().size() + "):");
                    score.missedTier1().stream().limit(60).forEach(g -> out.println("  "
                            + g.doc().substring(0, Math.min(12, g.doc().length())) + " " + g.type() + "/" + g.kind()
                            + " " + g.text()));
                }
            }
        }
        if (misses) {
            out.println();
            out.println("tier-1 gold rows not found (" + score.missedTier1().size() + "):");
            for (Scorer.Row g : score.missedTier1()) {
                out.println("  " + g.doc() + "  " + g.type() + (g.kind().isEmpty() ? "" : "/" + g.kind()) + "  " + g.text());
            }
            out.println("predicted rows matching no gold row (" + score.unmatchedPredictions().size() + "):");
            for (Scorer.Row p : score.unmatchedPredictions()) {
                out.println("  " + p.doc() + "  " + p.type() + (p.kind().isEmpty() ? "" : "/" + p.kind()) + "  "
                        + p.text().replace('\n', '⏎'));
            }
        }
    }
}
