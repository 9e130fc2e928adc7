package org.dipkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliIT {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
        List<String> errLines() {
            return Arrays.stream(err.split("\n")).filter(l -> !l.isBlank()).toList();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpAndVersionAnswer() {
        Run h = run("--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("extract") && h.out().contains("evaluate"));
        Run v = run("--version");
        assertTrue(v.out().startsWith("dipkg "));
        assertTrue(run("extract", "--help").out().contains("--format"));
    }

    @Test
    void aBenchmarkWithANegativeWarmUpIsRefusedBeforeAnythingRuns() {
        Run r = run("bench", "extract", "--warm-up", "-1");
        assertEquals(ExitCode.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("--cold-runs and --warm-up at least 0"), r.err());
    }

    @Test
    void aLongRunReportsItsProgressThroughEveryStageAndAShortOneStaysQuiet() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < 20; i++) {
            Files.copy(Path.of("seeds/001_23ee9809a0489282.txt"), in.resolve(String.format("d%02d.txt", i)));
        }
        Run longRun = run("extract", "--out", tmp.resolve("long").toString(), "--tdb", tmp.resolve("tdb").toString(),
                in.toString());
        assertEquals(0, longRun.code(), longRun.err());
        List<String> lines = longRun.errLines();
        assertTrue(lines.contains("dipkg: extracted 20/20 documents"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("dipkg: checking the graph against the shapes and writing ")
                && l.contains("graph.ttl") && l.endsWith(" triples)")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("dipkg: writing the TDB2 store ")), lines.toString());
        assertTrue(longRun.out().contains(", and the TDB2 store " + tmp.resolve("tdb") + " in "), longRun.out());
        Run shortRun = run("extract", "--out", tmp.resolve("short").toString(), in.resolve("d00.txt").toString());
        assertEquals(0, shortRun.code(), shortRun.err());
        assertEquals(List.of(), shortRun.errLines());
    }

    @Test
    void anOutputOrStorePathThatIsAFileIsRefusedBeforeAnythingIsExtracted() throws IOException {
        Path file = Files.writeString(tmp.resolve("taken"), "mine");
        Run out = run("extract", "--out", file.toString(), "seeds/001_23ee9809a0489282.txt");
        assertEquals(ExitCode.USAGE, out.code());
        assertEquals(List.of("dipkg extract: " + file + ": is a file, where a directory for the outputs is needed"),
                out.errLines());
        Run store = run("extract", "--out", tmp.resolve("o").toString(), "--tdb", file.toString(),
                "seeds/001_23ee9809a0489282.txt");
        assertEquals(ExitCode.USAGE, store.code());
        assertTrue(store.err().contains("directory for the TDB2 store"), store.err());
        assertFalse(Files.exists(tmp.resolve("o")), "nothing written");
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void queryListsItsCannedQueriesAndAsksForOneWhenNoneIsGiven() throws IOException {
        Run list = run("query", "--list");
        assertEquals(0, list.code());
        try (var files = Files.list(Path.of("queries"))) {
            for (Path q : files.filter(p -> p.toString().endsWith(".rq")).toList()) {
                String name = q.getFileName().toString().replace(".rq", "");
                assertTrue(list.out().lines().anyMatch(l -> l.startsWith(name + " ")), name + " in " + list.out());
            }
        }
        Run none = run("query");
        assertEquals(ExitCode.USAGE, none.code());
        assertEquals(List.of("dipkg query: give a canned query's name (listed above) or a .rq file"), none.errLines());
    }

    @Test
    void queryAnswersACannedQueryOnAGraphFileAsCsv() throws IOException {
        Path out = tmp.resolve("out");
        assertEquals(0, run("extract", "--out", out.toString(), "--format", "nt").code());
        Run r = run("query", "us-pledges", "--data", out.resolve("graph.nt").toString(), "--format", "csv");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("pledge,polarity,status,set,sources", lines.get(0));
        List<String> set = lines.stream().skip(1).filter(l -> l.contains(",五点承诺,")).toList();
        assertEquals(5, set.size(), r.out()); // the US's five-point commitment of the seeds
        assertTrue(set.stream().allMatch(l -> l.contains(",negative,")), r.out());
    }

    @Test
    void queryExtractsWithTheUsersRuleTables() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "中方代表同蓝海观察社负责人举行会谈。\n");
        Path lexicon = Files.createDirectories(tmp.resolve("lexicon"));
        Files.writeString(lexicon.resolve("entities.csv"), "type,name,en\nOrganization,蓝海观察社,Blue Sea Watch\n");
        Path rq = Files.writeString(tmp.resolve("orgs.rq"), "PREFIX dipkg: <https://dipkg.org/ontology#>\n"
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "SELECT ?l WHERE { ?o a dipkg:Organization ; rdfs:label ?l }");
        Run without = run("query", rq.toString(), "--input", in.toString(), "--format", "csv");
        assertEquals(0, without.code(), without.err());
        assertFalse(without.out().contains("蓝海观察社"), without.out());
        Run with = run("query", rq.toString(), "--input", in.toString(), "--lexicon", lexicon.toString(), "--format", "csv");
        assertEquals(0, with.code(), with.err());
        assertTrue(with.out().contains("蓝海观察社"), with.out());
    }

    @Test
    void theOutputDirectoryInsideTheInputIsNotReadBack() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Path.of("seeds/001_23ee9809a0489282.txt"), in.resolve("a.txt"));
        Files.copy(Path.of("seeds/002_64441d8e1c99db8d.txt"), in.resolve("b.txt"));
        Path out = in.resolve("out");
        assertEquals(0, run("report", "--out", out.toString(), in.toString()).code());
        assertTrue(Files.exists(out.resolve("variance.html")));
        Run again = run("extract", "--out", out.toString(), in.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("documents: 2 (0 failed)"), again.out());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Run r = run("extract", "--format", "xml", "--out", tmp.toString(), "seeds/001_23ee9809a0489282.txt");
        assertEquals(ExitCode.USAGE, r.code());
        assertEquals(1, r.errLines().size());
    }

    @Test
    void badInputsGetOneLineEachAndTheGoodOnesAreStillExtracted() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Path.of("seeds/001_23ee9809a0489282.txt"), in.resolve("good.txt"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.txt"), new byte[] {'%', 'P', 'D', 'F', 0, 0, 1});
        Files.write(in.resolve("gbk.txt"), new byte[] {(byte) 0xD6, (byte) 0xD0, (byte) 0xB9, (byte) 0xFA});
        Path out = tmp.resolve("out");
        Run r = run("extract", "--out", out.toString(), in.toString(), tmp.resolve("missing.txt").toString());
        assertEquals(ExitCode.SOME_INPUTS_FAILED, r.code(), r.err());
        List<String> lines = r.errLines();
        assertEquals(4, lines.size(), r.err());
        for (String name : List.of("empty.txt", "binary.txt", "gbk.txt", "missing.txt")) {
            assertTrue(lines.stream().anyMatch(l -> l.contains(name)), name + " in " + lines);
        }
        assertFalse(r.err().contains("Exception"), r.err());
        assertTrue(RDFDataMgr.loadModel(out.resolve("graph.ttl").toString()).size() > 100);
        assertTrue(Files.readString(out.resolve("mentions.csv")).lines().anyMatch(l -> l.startsWith("good.txt,")));
    }

    @Test
    void aRunWithNothingReadableKeepsThePreviousOutputs() throws IOException {
        Path out = tmp.resolve("out");
        assertEquals(0, run("extract", "--out", out.toString(), "seeds/001_23ee9809a0489282.txt").code());
        byte[] before = Files.readAllBytes(out.resolve("graph.ttl"));
        Path empty = Files.write(tmp.resolve("empty.txt"), new byte[0]);
        Run r = run("extract", "--out", out.toString(), empty.toString());
        assertEquals(ExitCode.FAILED, r.code());
        assertTrue(Arrays.equals(before, Files.readAllBytes(out.resolve("graph.ttl"))));
        try (var files = Files.list(out)) {
            assertEquals(List.of(".dipkg", "graph.ttl", "mentions.csv"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary files left behind");
        }
        try (var files = Files.list(out.resolve(".dipkg"))) {
            assertEquals(2, files.count(), "the current link and its one generation");
        }
    }

    @Test
    void writesTheSameBytesOnOneThreadAndOnSeveral() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        assertEquals(0, run("extract", "--threads", "1", "--out", one.toString(), "seeds").code());
        assertEquals(0, run("extract", "--threads", "3", "--out", two.toString(), "seeds").code());
        for (String f : List.of("graph.ttl", "mentions.csv")) {
            assertTrue(Arrays.equals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f))), f);
        }
    }

    @Test
    void writesEverySyntaxSoThatJenaReadsItBack() {
        for (String f : List.of("nt", "trig", "jsonld")) {
            Path out = tmp.resolve(f);
            assertEquals(0, run("extract", "--format", f, "--out", out.toString(), "seeds/001_23ee9809a0489282.txt").code());
            Dataset ds = RDFDataMgr.loadDataset(out.resolve("graph." + f).toString());
            assertTrue(ds.getDefaultModel().size() > 100, f);
            if (f.equals("trig")) {
                assertTrue(ds.listNames().hasNext(), "trig has a named graph per source");
            }
        }
    }

    @Test
    void theReportWritesItsTablesAndTheTrigCarriesTheRun() throws IOException {
        Path out = tmp.resolve("rep");
        Run r = run("report", "--format", "trig", "--out", out.toString(), "seeds/001_23ee9809a0489282.txt",
                "seeds/004_6077f70e12453669.txt");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Wording that differs between sources"), r.out());
        assertTrue(r.out().contains("海空"), r.out());
        assertTrue(Files.readString(out.resolve("variance.csv")).startsWith("finding,scope,type,node"));
        assertTrue(Files.readString(out.resolve("variance.html")).contains("<mark>"));
        Dataset ds = RDFDataMgr.loadDataset(out.resolve("graph.trig").toString());
        assertTrue(ds.containsNamedModel("https://dipkg.org/id/run"));
    }

    @Test
    void evaluateReadsAnExistingMentionsTable() throws IOException {
        Path out = tmp.resolve("out");
        run("extract", "--out", out.toString(), "seeds/001_23ee9809a0489282.txt");
        Run r = run("evaluate", "--gold", "seeds/gold/seeds.csv", "--mentions", out.resolve("mentions.csv").toString(),
                "--format", "json", "--docs", "seeds");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"offsets.exact\": 1.0"), r.out());
        Run m = run("evaluate", "--gold", "seeds/gold/seeds.csv", "--mentions", out.resolve("mentions.csv").toString(),
                "--misses", "--docs", "seeds");
        assertTrue(m.out().contains("tier-1 gold rows not found"), m.out());
        Model g = RDFDataMgr.loadModel(out.resolve("graph.ttl").toString());
        assertFalse(g.isEmpty());
    }

    @Test
    void aUserLexiconAddsKnownPeople() throws IOException {
        Path lex = Files.createDirectories(tmp.resolve("lex"));
        Files.writeString(lex.resolve("entities.csv"), "type,name,variants,en,wikidata,country,role\n"
                + "Person,欧阳春风,,Ouyang Chunfeng,,CN,大使\n");
        Path in = Files.writeString(tmp.resolve("a.txt"), "欧阳春风出席了活动。", StandardCharsets.UTF_8);
        Path without = tmp.resolve("o1");
        Path with = tmp.resolve("o2");
        run("extract", "--out", without.toString(), in.toString());
        run("extract", "--lexicon", lex.toString(), "--out", with.toString(), in.toString());
        assertFalse(Files.readString(without.resolve("mentions.csv")).contains("欧阳春风"));
        assertTrue(Files.readString(with.resolve("mentions.csv")).contains(",Person,,,,,欧阳春风,"));
    }

    @Test
    void evaluateRefusesADocsDirectoryThatIsNotThere() {
        Path nope = tmp.resolve("nope");
        Run r = run("evaluate", "--gold", "seeds/gold/seeds.csv", "--mentions", "x.csv", "--docs", nope.toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertEquals(List.of("dipkg evaluate: " + nope + ": --docs needs the directory the documents are in"), r.errLines());
    }

    @Test
    void evaluateNamesAMissingGoldFile() {
        Run r = run("evaluate", "--gold", tmp.resolve("nope.csv").toString(), "--mentions", "x.csv");
        assertEquals(ExitCode.FAILED, r.code());
        assertTrue(r.err().contains("nope.csv"));
    }

    @Test
    void benchExtractPutsDipkgBesideHanLpOnASyntheticCorpus() {
        Run r = run("bench", "extract", "--sizes", "1", "--rounds", "1", "--cold-runs", "0", "--threads", "2",
                "--min-seconds", "0");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("synthetic"), r.out());
        assertTrue(r.out().contains("heap not touched in advance"), r.out()); // this JVM was started without it
        assertFalse(r.out().contains("each timing ran"), r.out()); // with no minimum, each corpus runs once
        String row = r.out().lines().filter(l -> l.trim().startsWith("1x")).findFirst().orElseThrow();
        String[] f = row.trim().split("\\s+");
        assertEquals("5", f[1], row); // the five seed files
        double hanlp = Double.parseDouble(f[3]);
        double dipkg = Double.parseDouble(f[4]);
        assertEquals(dipkg / hanlp, Double.parseDouble(f[5]), 0.006, row);
        assertTrue(Long.parseLong(f[f.length - 1]) > 1000, "triples: " + row);
        // the corpus is extracted once on the given threads before the timings, and that pass is reported
        var first = java.util.regex.Pattern.compile("first pass on 2 threads, not in the figures .*: ([\\d.]+) s")
                .matcher(r.out());
        assertTrue(first.find() && Double.parseDouble(first.group(1)) > 0, r.out());
    }

    @Test
    void benchExtractPrintsEachRoundWithTheCoresItKeptBusy() {
        Run r = run("bench", "extract", "--sizes", "1", "--rounds", "2", "--cold-runs", "0", "--warm-up", "0",
                "--min-seconds", "1");
        assertEquals(0, r.code(), r.err());
        // the seeds take a fraction of a second, so each timing runs them several times and reports per run
        var repeated = java.util.regex.Pattern.compile("each timing ran the corpus (\\d+) times in a row \\(1\\.0 s or more\\)")
                .matcher(r.out());
        assertTrue(repeated.find() && Integer.parseInt(repeated.group(1)) >= 2, r.out());
        java.util.regex.Pattern round = java.util.regex.Pattern.compile("round (\\d): 1 thread ([\\d.]+) s \\(([\\d.]+) cores "
                + "busy\\), \\d+ threads ([\\d.]+) s \\(([\\d.]+) cores busy\\), speed-up ([\\d.]+)");
        List<java.util.regex.Matcher> rounds = r.out().lines().map(round::matcher).filter(java.util.regex.Matcher::find).toList();
        assertEquals(2, rounds.size(), r.out());
        for (var m : rounds) {
            // the times are printed to the hundredth: the speed-up lies within what their rounding allows
            double serial = Double.parseDouble(m.group(2));
            double parallel = Double.parseDouble(m.group(4));
            double speedup = Double.parseDouble(m.group(6));
            assertTrue(speedup >= (serial - 0.005) / (parallel + 0.005) - 0.005
                    && speedup <= (serial + 0.005) / Math.max(0.001, parallel - 0.005) + 0.005, m.group());
            assertTrue(Double.parseDouble(m.group(3)) > 0.3 && Double.parseDouble(m.group(5)) > 0.3, m.group());
        }
    }

    @Test
    void benchExtractRefusesSizesBelowOne() {
        Run r = run("bench", "extract", "--sizes", "0", "--cold-runs", "0");
        assertEquals(ExitCode.USAGE, r.code());
        assertEquals(1, r.errLines().size());
    }

    @Test
    void benchMergeTimesEachStepOnTheKeysAskedFor() {
        Run r = run("bench", "merge", "--keys", "2000,4000");
        assertEquals(0, r.code(), r.err());
        List<String[]> rows = r.out().lines().map(String::trim).filter(l -> l.matches("\\d.*"))
                .map(l -> l.split("\\s+")).toList();
        assertEquals(List.of("2000", "4000"), rows.stream().map(f -> f[0]).toList(), r.out());
        for (String[] f : rows) {
            assertEquals(Integer.parseInt(f[0]) / 5, Integer.parseInt(f[1])); // sets
            assertTrue(Integer.parseInt(f[6]) > 0, "some planted variants merge: " + String.join(" ", f));
        }
    }

    @Test
    void benchMergeRefusesNoKeys() {
        Run r = run("bench", "merge", "--keys", "0");
        assertEquals(ExitCode.USAGE, r.code());
        assertEquals(1, r.errLines().size(), r.err());
    }
}
