package org.dipkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.dipkg.io.GraphFiles;
import org.dipkg.io.MentionsCsv;
import org.dipkg.io.OutputGeneration;
import org.dipkg.io.TdbStore;
import org.dipkg.io.VarianceReport;
import org.dipkg.pipeline.Pipeline;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.dipkg.rdf.DIPKG;
import org.dipkg.rdf.MentionRow;
import org.dipkg.rdf.RunProvenance;
import org.dipkg.rdf.ShapeCheck;
import org.dipkg.rules.RuleData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dipkg extract}: documents in, graph and mentions table out. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Extract entities and commitments from documents into an RDF graph and a mentions table.",
            "Writes DIR/graph.EXT and DIR/mentions.csv (each written to a temporary file, then moved into place)."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:all inputs extracted", "1:some inputs could not be read (the rest were extracted)",
            "2:usage error", "3:nothing could be extracted, or the outputs could not be written"})
public final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LoggingMixin logging;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Files or directories (searched recursively for .txt, .md and .html files). Default: seeds/")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
            description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "ttl",
            description = "Graph syntax: ttl, nt, trig (one named graph per source plus the merged default graph) "
                    + "or jsonld (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--lexicon", paramLabel = "DIR",
            description = "A directory of rule tables, named as the bundled ones (entities.csv for known people and places, titles.csv and so on), whose rows are added to theirs.")
    Path lexicon;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "A CSV table of the sources (columns file, title, date, publisher, url, language; all but "
                    + "file optional): each file's metadata goes into the graph and the reports.")
    Path manifest;

    @Option(names = "--tdb", paramLabel = "DIR",
            description = "Also write the graph (merged default graph and one named graph per source) into a TDB2 store "
                    + "in DIR, replacing what it held, in one transaction; serve it with 'dipkg serve --tdb DIR'.")
    Path tdb;

    @Option(names = "--report",
            description = "Also report where the sources differ: a table here, DIR/variance.csv and DIR/variance.html.")
    boolean report;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
            description = "Encoding of the input files (default: ${DEFAULT-VALUE}; e.g. GB18030 for GBK text). "
                    + "UTF-16 files with a byte-order mark are always recognised.")
    String encoding;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "20000000",
            description = "Refuse, with a message, any document longer than N characters (default: ${DEFAULT-VALUE}); "
                    + "a longer one needs more memory than its text suggests, as every item it states is cited.")
    long maxChars;

    @Option(names = "--split-pages", description = GraphSource.SPLIT_PAGES)
    boolean splitPages;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Documents analysed in parallel (default: the number of cores).")
    Integer threads;

    /** The exit code after saying why {@code dir} cannot take {@code what}; null when it can. */
    private Integer unusable(Path dir, String what) {
        var err = spec.commandLine().getErr();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            err.println("dipkg extract: " + dir + ": is a file, where a directory for " + what + " is needed");
            return ExitCode.USAGE;
        }
        if (Files.isDirectory(dir) && !Files.isWritable(dir)) {
            err.println("dipkg extract: " + dir + ": permission denied (cannot write there)");
            return ExitCode.FAILED;
        }
        return null;
    }

    @Override
    public Integer call() throws IOException {
        GraphFiles.Format fmt;
        try {
            fmt = GraphFiles.Format.parse(format);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("dipkg extract: " + e.getMessage());
            return ExitCode.USAGE;
        }
        List<Path> roots = inputs == null || inputs.isEmpty() ? List.of(Path.of("seeds")) : inputs;
        Integer unusable = unusable(out, "the outputs");
        if (unusable == null && tdb != null) {
            unusable = unusable(tdb, "the TDB2 store");
        }
        if (unusable != null) {
            return unusable;
        }
        if (lexicon != null && !Files.isDirectory(lexicon)) {
            spec.commandLine().getErr().println("dipkg extract: " + lexicon + ": --lexicon needs a directory");
            return ExitCode.USAGE;
        }
        if (maxChars < 1) {
            spec.commandLine().getErr().println("dipkg extract: --max-chars must be at least 1");
            return ExitCode.USAGE;
        }
        if (threads != null && (threads < 1 || threads > Pipeline.MAX_THREADS)) {
            spec.commandLine().getErr().println("dipkg extract: --threads must be between 1 and " + Pipeline.MAX_THREADS);
            return ExitCode.USAGE;
        }
        org.dipkg.io.Manifest sources = org.dipkg.io.Manifest.none();
        if (manifest != null) {
            try {
                sources = org.dipkg.io.Manifest.load(manifest);
            } catch (org.dipkg.text.InputException e) {
                spec.commandLine().getErr().println("dipkg extract: " + e.getMessage());
                return ExitCode.USAGE;
            }
        }
        java.nio.charset.Charset charset;
        try {
            charset = java.nio.charset.Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("dipkg extract: unknown encoding '" + encoding + "'");
            return ExitCode.USAGE;
        }
        long t0 = System.nanoTime();
        // the shapes (and with them Jena's RDF and SHACL machinery) load while the documents are extracted
        Pipeline.initJena();
        long tJena = System.nanoTime();
        var shapes = java.util.concurrent.CompletableFuture.supplyAsync(ShapeCheck::new);
        Instant startedAt = Instant.now();
        var err = spec.commandLine().getErr();
        Pipeline pipeline = new Pipeline(new RuleData(Optional.ofNullable(lexicon)),
                threads == null ? Runtime.getRuntime().availableProcessors() : threads, charset, maxChars, splitPages)
                .namedGraphs(fmt == GraphFiles.Format.TRIG || tdb != null).skipping(out).manifest(sources);
        long tLoaded = System.nanoTime();
        // on a terminal a bar shows the files as they are done; elsewhere (a log, CI) a line every tenth
        me.tongfei.progressbar.ProgressBar bar = System.console() == null ? null
                : new me.tongfei.progressbar.ProgressBarBuilder().setTaskName("extracting").setUnit(" files", 1)
                        .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                        .continuousUpdate().hideEta().build();
        if (bar != null) {
            pipeline.onFile((files, total, documents) -> {
                bar.maxHint(total);
                bar.stepTo(files);
            });
        }
        Pipeline.Result result;
        try {
            result = pipeline.run(roots, msg -> {
                if (bar == null) {
                    err.println("dipkg: " + msg);
                }
            });
        } finally {
            if (bar != null) {
                bar.close();
            }
        }
        long tExtracted = System.nanoTime();
        for (Pipeline.Failure f : result.failures()) {
            err.println("dipkg: " + f.message());
        }
        Set<String> leftOut = new TreeSet<>();
        OutputGeneration generation;
        while (true) {
            if (result.sources().isEmpty()) {
                err.println("dipkg: no document could be extracted; nothing written");
                return ExitCode.FAILED;
            }
            Pipeline.Result done = result;
            if (fmt == GraphFiles.Format.TRIG) {
                RunProvenance.add(done.graph().dataset(), done.sources().stream().map(Pipeline.Extracted::id).toList(),
                        startedAt, Instant.now());
            }
            if (done.sources().size() >= Pipeline.PROGRESS_FROM) {
                err.printf(Locale.ROOT, "dipkg: checking the graph against the shapes and writing %s (%,d triples)%n",
                        out.resolve("graph." + fmt.extension), done.graph().dataset().getDefaultModel().size());
            }
            // check the shapes while the files are written aside; they are moved into place only if it conforms
            var check = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> shapes.join().violationsBySource(done.graph().dataset().getDefaultModel().getGraph()));
            generation = OutputGeneration.begin(out);
            generation.write("graph." + fmt.extension, GraphFiles.content(done.graph().dataset(), fmt));
            generation.write("mentions.csv", o -> MentionsCsv.write(done.graph().rows(), o));
            Map<String, List<String>> violations = check.join();
            if (violations.isEmpty()) {
                break;
            }
            generation.abort();
            if (violations.containsKey("") || violations.keySet().stream().anyMatch(leftOut::contains)) {
                List<String> all = violations.values().stream().flatMap(List::stream).distinct().sorted().toList();
                err.println("dipkg: the extracted graph does not conform to ontology/shapes.ttl ("
                        + all.size() + " violations); nothing written. First ones:");
                all.stream().limit(5).forEach(v -> err.println("  " + v));
                return ExitCode.FAILED;
            }
            // a document whose part breaks the shapes costs itself only: the others are extracted again without it
            violations.forEach((id, lines) -> err.println("dipkg: " + id + ": left out, its part of the graph does not "
                    + "conform to ontology/shapes.ttl (" + lines.size() + (lines.size() == 1 ? " violation" : " violations")
                    + "; first: " + lines.get(0) + ")"));
            leftOut.addAll(violations.keySet());
            result = pipeline.excluding(leftOut).run(roots, msg -> { });
        }
        long tChecked = System.nanoTime();
        Path graph = out.resolve("graph." + fmt.extension);
        var variance = report ? result.graph().variance() : null;
        Map<String, String> byId = new TreeMap<>();
        result.sources().forEach(e -> byId.put(e.id(), e.name()));
        java.util.function.UnaryOperator<String> names = id -> byId.getOrDefault(id, id);
        if (report) {
            generation.write("variance.csv", o -> VarianceReport.writeCsv(variance, o));
            generation.write("variance.html", o -> VarianceReport.writeHtml(variance, o, names));
        }
        generation.publish(err);
        if (tdb != null) {
            if (result.sources().size() >= Pipeline.PROGRESS_FROM) {
                err.println("dipkg: writing the TDB2 store " + tdb);
            }
            TdbStore.write(tdb, result.graph().dataset());
        }
        if (report) {
            VarianceReport.printTable(variance, spec.commandLine().getOut(), names);
        }
        summary(result, graph, (System.nanoTime() - t0) / 1e9);
        if (logging.verbose()) {
            err.printf(Locale.ROOT, "dipkg: timings: Jena started %.2f s, rules and HanLP's custom dictionary loaded "
                    + "%.2f s, extraction and graph %.2f s (in HanLP's segmentation %.2f s, summed over threads), "
                    + "shapes checked and files written %.2f s, the rest %.2f s%n", (tJena - t0) / 1e9,
                    (tLoaded - tJena) / 1e9, (tExtracted - tLoaded) / 1e9,
                    result.segmentationNanos() / 1e9, (tChecked - tExtracted) / 1e9, (System.nanoTime() - tChecked) / 1e9);
        }
        return result.failures().isEmpty() && leftOut.isEmpty() ? ExitCode.OK : ExitCode.SOME_INPUTS_FAILED;
    }

    private void summary(Pipeline.Result result, Path graph, double seconds) {
        var o = spec.commandLine().getOut();
        int sentences = 0;
        Map<String, Integer> kinds = new TreeMap<>();
        for (Pipeline.Extracted e : result.sources()) {
            sentences += e.sentences();
            e.commitmentsByKind().forEach((k, n) -> kinds.merge(k, n, Integer::sum));
        }
        Map<String, Integer> types = new TreeMap<>();
        for (MentionRow r : result.graph().rows()) {
            if (!r.type().equals("Commitment")) {
                types.merge(r.type(), 1, Integer::sum);
            }
        }
        o.printf(Locale.ROOT, "documents: %d (%d failed)   sentences: %d   triples: %d%n", result.sources().size(),
                result.failures().size(), sentences, result.graph().dataset().getDefaultModel().size());
        o.println("entities (rows per document): " + types);
        o.println("commitments (found per document): " + kinds);
        var g = result.graph().dataset().getDefaultModel();
        for (var set : g.listSubjectsWithProperty(RDF.type, DIPKG.CountedSet).toList()) {
            if (set.hasProperty(DIPKG.complete) && !set.getProperty(DIPKG.complete).getBoolean()) {
                o.printf(Locale.ROOT, "set %s: %d members found, the text states %d%n",
                        set.getProperty(RDFS.label).getString(), set.getProperty(DIPKG.memberCount).getInt(),
                        set.getProperty(DIPKG.statedSize).getInt());
            }
        }
        o.printf(Locale.ROOT, "wrote %s%s %s%s%s in %.1f s%n", graph, report ? "," : " and", out.resolve("mentions.csv"),
                report ? ", " + out.resolve("variance.html") + " and " + out.resolve("variance.csv") : "",
                tdb == null ? "" : ", and the TDB2 store " + tdb, seconds);
    }
}
