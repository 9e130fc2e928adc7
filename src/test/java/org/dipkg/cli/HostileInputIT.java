package org.dipkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messy corpora: every bad file gets one clear line, every good file is extracted, nothing is lost. */
class HostileInputIT {
    static final String READOUT = "2024年3月8日，国家主席习近平同法国总统马克龙通电话。两国元首同意建立中法数字经济对话。";

    @TempDir
    Path tmp;

    static CliIT.Run run(String... args) {
        return CliIT.run(args);
    }

    static List<String> rows(Path out) throws IOException {
        return Files.readAllLines(out.resolve("mentions.csv"), StandardCharsets.UTF_8);
    }

    @Test
    void readsUtf16WithAByteOrderMark() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.write(in.resolve("utf16.txt"), ("\uFEFF" + READOUT).getBytes(StandardCharsets.UTF_16LE));
        CliIT.Run r = run("extract", "--out", tmp.resolve("out").toString(), in.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(rows(tmp.resolve("out")).stream().anyMatch(l -> l.contains("建立中法数字经济对话")));
    }

    @Test
    void refusesGbkTextWithTheOptionThatReadsIt() throws IOException {
        Path gbk = Files.write(tmp.resolve("gbk.txt"), READOUT.getBytes(Charset.forName("GBK")));
        CliIT.Run r = run("extract", "--out", tmp.resolve("o1").toString(), gbk.toString());
        assertEquals(ExitCode.FAILED, r.code());
        assertTrue(r.err().contains("gbk.txt") && r.err().contains("--encoding GB18030"), r.err());
        CliIT.Run ok = run("extract", "--encoding", "GB18030", "--out", tmp.resolve("o2").toString(), gbk.toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(rows(tmp.resolve("o2")).stream().anyMatch(l -> l.contains("马克龙")));
    }

    @Test
    void extractsALongSingleLineOfProse() throws IOException {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1_000_000) {
            for (Path seed : Files.list(Path.of("seeds")).filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                sb.append(Files.readString(seed).replaceAll("\\s+", ""));
            }
        }
        Path big = Files.writeString(tmp.resolve("one-line.txt"), sb.toString(), StandardCharsets.UTF_8);
        CliIT.Run r = run("extract", "--out", tmp.resolve("out").toString(), big.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(rows(tmp.resolve("out")).stream().anyMatch(l -> l.contains("不寻求新冷战")));
    }

    @Test
    void refusesADocumentBeyondTheSizeLimitWithOneLine() throws IOException {
        Path huge = tmp.resolve("dump.txt");
        try (var w = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 50_000_000 / READOUT.length(); i++) {
                w.write(READOUT.replace("。", "，"));
            }
        }
        assertTrue(Files.size(huge) >= 50_000_000L * 2, "about 50 MB of characters on one line");
        CliIT.Run r = run("extract", "--out", tmp.resolve("out").toString(), huge.toString(),
                "seeds/001_23ee9809a0489282.txt");
        assertEquals(ExitCode.SOME_INPUTS_FAILED, r.code(), r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains("dump.txt") && r.err().contains("--max-chars"), r.err());
        assertTrue(rows(tmp.resolve("out")).stream().anyMatch(l -> l.startsWith("001_23ee9809a0489282.txt,")));
    }

    @Test
    void extractsTenThousandTinyFiles() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("many"));
        for (int i = 0; i < 10_000; i++) {
            Files.writeString(in.resolve("d" + i + ".txt"), "王毅说，中方将举办第" + i + "届中非经贸博览会。");
        }
        CliIT.Run r = run("extract", "--out", tmp.resolve("out").toString(), in.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("documents: 10000 (0 failed)"), r.out());
    }

    @Test
    void walksNestedDirectoriesAndSaysWhereALinkLoops() throws IOException {
        Path deep = Files.createDirectories(tmp.resolve("in/a/b/c/d/e"));
        Files.writeString(deep.resolve("deep.txt"), READOUT);
        Files.createSymbolicLink(tmp.resolve("in/a/b/loop"), tmp.resolve("in/a"));
        CliIT.Run r = run("extract", "--out", tmp.resolve("out").toString(), tmp.resolve("in").toString());
        assertEquals(ExitCode.SOME_INPUTS_FAILED, r.code(), r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains("loop"), r.err());
        assertTrue(rows(tmp.resolve("out")).stream().anyMatch(l -> l.startsWith("a/b/c/d/e/deep.txt,")));
    }

    @Test
    void namesAnUnreadableFile() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file; not testable as root");
        Path f = Files.writeString(tmp.resolve("locked.txt"), READOUT);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        CliIT.Run r = run("extract", "--out", tmp.resolve("out").toString(), f.toString(),
                "seeds/001_23ee9809a0489282.txt");
        assertEquals(ExitCode.SOME_INPUTS_FAILED, r.code());
        assertTrue(r.err().contains("locked.txt: permission denied"), r.err());
    }

    @Test
    void keepsNamesWithSpacesAndChineseAndTellsSameNamesApart() throws IOException {
        Files.createDirectories(tmp.resolve("in/北京 报道"));
        Files.createDirectories(tmp.resolve("in/other"));
        Files.writeString(tmp.resolve("in/北京 报道/通 报.txt"), READOUT);
        Files.writeString(tmp.resolve("in/北京 报道/a.txt"), READOUT);
        Files.writeString(tmp.resolve("in/other/a.txt"), READOUT);
        Path out = tmp.resolve("out");
        CliIT.Run r = run("extract", "--format", "nt", "--out", out.toString(), tmp.resolve("in").toString());
        assertEquals(0, r.code(), r.err());
        List<String> docs = rows(out).stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct().sorted().toList();
        assertEquals(List.of("other/a.txt", "北京 报道/a.txt", "北京 报道/通 报.txt"), docs);
        assertTrue(RDFDataMgr.loadModel(out.resolve("graph.nt").toString()).size() > 0, "the IRIs are valid");
    }

    /** Runs dipkg in a child JVM, as a user does, so that whatever a library logs is seen too; returns stderr and stdout. */
    private static List<String> childOutput(int expectedCode, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "org.dipkg.cli.Main"));
        cmd.addAll(List.of(args));
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String text = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(expectedCode, child.waitFor(), text);
        return text.lines().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void aRunThatFindsNoDocumentEndsAtOnceInAFreshJvm() throws Exception {
        // nothing to extract: the graph is made while the shape check is still loading Jena on another
        // thread; run as users run it, from the packaged jar, whose merged service files set Jena's order
        Path jar = Path.of("target", "dipkg.jar");
        assertTrue(Files.isRegularFile(jar), "integration tests run after the jar is packaged");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-jar", jar.toString(),
                "extract", "--out", tmp.resolve("out").toString(), tmp.resolve("missing").toString())
                .redirectErrorStream(true).start();
        boolean ended = child.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly().waitFor();
        }
        assertTrue(ended, "the run hung");
        String text = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(ExitCode.FAILED, child.exitValue(), text);
        assertTrue(text.contains("missing: no such file or directory"), text);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} thread(s)")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"1", "2"})
    void aCorpusTooLargeForTheHeapEndsInOneLineSayingHowToGiveItMoreAndWritesNothing(String threads) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < 300; i++) {
            Files.copy(Path.of("seeds/002_64441d8e1c99db8d.txt"), in.resolve(String.format("d%03d.txt", i)));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = tmp.resolve("out");
        Process child = new ProcessBuilder(java, "-Xmx96m", "-cp", System.getProperty("java.class.path"),
                "org.dipkg.cli.Main", "extract", "--threads", threads, "--out", out.toString(), in.toString())
                .redirectErrorStream(true).start();
        String text = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(ExitCode.FAILED, child.waitFor(), text);
        List<String> said = text.lines().filter(l -> !l.startsWith("dipkg: extracted ")).toList();
        assertEquals(1, said.size(), text);
        assertTrue(said.get(0).startsWith("dipkg: out of memory (the JVM's heap is "), text);
        assertFalse(Files.exists(out.resolve("graph.ttl")), "no graph is left behind");
    }

    @Test
    void everyRunGivesTheSameBytesInAFreshJvm() throws Exception {
        // the iteration order of Set.of and Map.of changes from one JVM to the next: output must not follow it
        Path jar = Path.of("target", "dipkg.jar");
        assertTrue(Files.isRegularFile(jar), "integration tests run after the jar is packaged");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path own = Files.writeString(Files.createDirectories(tmp.resolve("own")).resolve("call.txt"),
                "习近平同法国总统马克龙举行会谈。\n\n马克龙表示，法中关系十分重要。我们同中方商定，建立中法海洋合作对话。\n");
        List<String> outputs = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            Path out = tmp.resolve("run" + run);
            Process child = new ProcessBuilder(java, "-jar", jar.toString(), "extract", "--format", "nt",
                    "--out", out.toString(), "seeds", own.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertEquals(0, child.waitFor());
            outputs.add(Files.readString(out.resolve("graph.nt")) + Files.readString(out.resolve("mentions.csv")));
        }
        assertEquals(outputs.get(0), outputs.get(1));
        assertEquals(outputs.get(0), outputs.get(2));
    }

    @Test
    void aGraphFileThatIsNotRdfAndABrokenQueryGetOneLineEach() throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad.ttl"), "garbage <\n");
        List<String> graph = childOutput(ExitCode.FAILED, "query", "us-pledges", "--data", bad.toString());
        assertEquals(1, graph.size(), graph.toString());
        assertTrue(graph.get(0).startsWith("dipkg: " + bad + ": not a graph"), graph.toString());
        Path rq = Files.writeString(tmp.resolve("bad.rq"), "SELECT WHERE { ?s ?p ?o }\n");
        List<String> query = childOutput(ExitCode.USAGE, "query", rq.toString(), "--data", bad.toString());
        assertEquals(1, query.size(), query.toString());
        assertTrue(query.get(0).contains(rq + ": not a SPARQL query") && query.get(0).contains("line 1, column 8"),
                query.toString());
        assertTrue(query.get(0).length() < 200, "the parser's list of what it expected is left out: " + query.get(0));
    }

    @Test
    void aKilledRunLeavesThePreviousOutputsIntact() throws Exception {
        Path out = tmp.resolve("out");
        assertEquals(0, run("extract", "--out", out.toString(), "seeds/001_23ee9809a0489282.txt").code());
        byte[] graph = Files.readAllBytes(out.resolve("graph.ttl"));
        byte[] rows = Files.readAllBytes(out.resolve("mentions.csv"));
        Path big = Files.createDirectories(tmp.resolve("big"));
        for (int i = 0; i < 300; i++) {
            for (Path s : Files.list(Path.of("seeds")).filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(s, big.resolve(i + "_" + s.getFileName()));
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.dipkg.cli.Main", "extract", "--out", out.toString(), big.toString()));
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertFalse(child.waitFor(4, TimeUnit.SECONDS), "the child finished before it could be killed");
        child.destroyForcibly().waitFor();
        assertTrue(Arrays.equals(graph, Files.readAllBytes(out.resolve("graph.ttl"))));
        assertTrue(Arrays.equals(rows, Files.readAllBytes(out.resolve("mentions.csv"))));
    }

    @Test
    void doesNotMixAnEarlierRunsOutputsWithNewOnes() throws IOException {
        Path out = tmp.resolve("out");
        run("report", "--format", "nt", "--out", out.toString(), "seeds/001_23ee9809a0489282.txt",
                "seeds/004_6077f70e12453669.txt");
        assertTrue(Files.exists(out.resolve("graph.nt")) && Files.exists(out.resolve("variance.csv")));
        CliIT.Run r = run("extract", "--out", out.toString(), "seeds/001_23ee9809a0489282.txt");
        assertEquals(0, r.code());
        assertFalse(Files.exists(out.resolve("graph.nt")));
        assertFalse(Files.exists(out.resolve("variance.csv")));
        assertTrue(r.err().contains("removed"), r.err());
    }

    @Test
    void readsHtmlWithOffsetsIntoThePageSource() throws IOException {
        String page = "<html><head><title>通话</title></head><body><p>" + READOUT.replace("数字经济", "<i>数字经济</i>")
                + "</p></body></html>";
        Path f = Files.writeString(tmp.resolve("page.html"), page, StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        CliIT.Run r = run("extract", "--out", out.toString(), f.toString());
        assertEquals(0, r.code(), r.err());
        boolean found = false;
        for (org.apache.commons.csv.CSVRecord rec : org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader()
                .setSkipHeaderRecord(true).get().parse(Files.newBufferedReader(out.resolve("mentions.csv")))) {
            int s = Integer.parseInt(rec.get("start"));
            int e = Integer.parseInt(rec.get("end"));
            assertEquals(rec.get("text"), page.substring(s, e), "offsets select the row's text in the page");
            found |= rec.get("text").equals("建立中法<i>数字经济</i>对话");
        }
        assertTrue(found, Files.readString(out.resolve("mentions.csv")));
    }

    @Test
    void aMixOfGoodAndBadInputsGivesOneLinePerBadFileAndNoStackTrace() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("mix"));
        Files.copy(Path.of("seeds/002_64441d8e1c99db8d.txt"), in.resolve("good1.md"));
        Files.copy(Path.of("seeds/003_a90b4129984a1f03.txt"), in.resolve("good2.txt"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.writeString(in.resolve("blank.txt"), " \n\t \n");
        Files.write(in.resolve("fake.txt"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1, 2, 3});
        Files.write(in.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        CliIT.Run r = run("extract", "--out", tmp.resolve("out").toString(), in.toString());
        assertEquals(ExitCode.SOME_INPUTS_FAILED, r.code());
        assertEquals(4, r.errLines().size(), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertTrue(r.out().startsWith("documents: 2 (4 failed)"), r.out());
    }

    @Test
    void aSentenceWhoseSidesAreNotNamedNeitherStopsTheRunNorCommitsAnyone() throws IOException {
        Path a = Files.writeString(tmp.resolve("a.txt"), "两国元首同意恢复两军高层沟通。\n", StandardCharsets.UTF_8);
        CliIT.Run r = run("extract", "--out", tmp.resolve("out").toString(), a.toString(), "seeds");
        assertEquals(0, r.code(), r.err());
        List<String> rows = rows(tmp.resolve("out"));
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("a.txt,Mechanism,") && l.contains("两军高层沟通")), rows.toString());
        assertFalse(rows.stream().anyMatch(l -> l.startsWith("a.txt,Commitment,")), rows.toString());
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("001_")), "the seeds beside it are written");
    }

    @Test
    void aDocumentWhosePartBreaksTheShapesIsLeftOutWithOneLineAndTheOthersAreWritten() throws IOException {
        // a lexicon state with a code that is no ISO code: only the document that names it breaks the shapes
        Path lexicon = Files.createDirectories(tmp.resolve("lexicon"));
        Files.writeString(lexicon.resolve("entities.csv"), "type,name,variants,en,wikidata,country,role,kind,short\n"
                + "Place,乌有国,,Nowhere,,X1,,country,乌\n", StandardCharsets.UTF_8);
        Path bad = Files.writeString(tmp.resolve("bad.txt"), "习近平同乌有国总统举行会谈。双方同意建立中乌海洋合作对话。\n",
                StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        CliIT.Run r = run("extract", "--lexicon", lexicon.toString(), "--out", out.toString(), bad.toString(), "seeds");
        assertEquals(ExitCode.SOME_INPUTS_FAILED, r.code(), r.err());
        List<String> said = r.err().lines().toList();
        assertEquals(1, said.size(), r.err());
        assertTrue(said.get(0).startsWith("dipkg: bad.txt: left out, its part of the graph does not conform"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        List<String> rows = rows(out);
        assertFalse(rows.stream().anyMatch(l -> l.startsWith("bad.txt,")), rows.toString());
        assertEquals(5, rows.stream().map(l -> l.split(",")[0]).filter(d -> d.endsWith(".txt")).distinct().count());
        RDFDataMgr.loadModel(out.resolve("graph.ttl").toString());
    }

    @Test
    void aQueryFileThatCallsOutNestsTooDeeplyOrIsNoRegularFileGetsOneLineAndUtf16IsRead() throws Exception {
        Path a = Files.writeString(tmp.resolve("a.txt"), READOUT, StandardCharsets.UTF_8);
        assertEquals(0, run("extract", "--out", tmp.resolve("out").toString(), a.toString()).code());
        String graph = tmp.resolve("out").resolve("graph.ttl").toString();
        Path service = Files.writeString(tmp.resolve("svc.rq"),
                "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }");
        Path nested = Files.writeString(tmp.resolve("nest.rq"),
                "ASK { FILTER(" + "(".repeat(50_000) + "1" + ")".repeat(50_000) + ") }");
        Path utf16 = Files.write(tmp.resolve("utf16.rq"),
                "ASK { ?s ?p ?o }".getBytes(StandardCharsets.UTF_16));
        Path fifo = tmp.resolve("fifo.rq");
        boolean made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        CliIT.Run s = run("query", service.toString(), "--data", graph);
        assertEquals(ExitCode.USAGE, s.code(), s.err());
        assertTrue(s.err().contains("svc.rq: SERVICE calls another endpoint"), s.err());
        CliIT.Run n = run("query", nested.toString(), "--data", graph);
        assertEquals(ExitCode.USAGE, n.code(), n.err());
        assertTrue(n.err().contains("nest.rq: not a SPARQL query: it nests too deeply"), n.err());
        CliIT.Run u = run("query", utf16.toString(), "--data", graph);
        assertEquals(0, u.code(), u.err());
        assertEquals("yes", u.out().strip());
        if (made) {
            CliIT.Run f = run("query", fifo.toString(), "--data", graph);
            assertEquals(ExitCode.USAGE, f.code(), f.err());
            assertTrue(f.err().contains("fifo.rq: not a regular file"), f.err());
        }
    }

    @Test
    void evaluateRefusesAGoldOrMentionsRowItCannotScoreNamingTheLine() throws IOException {
        Path gold = Files.writeString(tmp.resolve("gold.csv"), "doc,type,tier,text\na.txt,Person,1,x\na.txt,Alien,abc,y\n");
        CliIT.Run g = run("evaluate", "--gold", gold.toString(), "seeds");
        assertEquals(ExitCode.FAILED, g.code(), g.err());
        assertEquals(List.of("dipkg evaluate: " + gold + ": cannot be read as a gold CSV (line 3: type 'Alien' is none of "
                + "[Commitment, Document, Mechanism, Organization, Person, Place, WorkingGroup])"), g.errLines());
        Path tier = Files.writeString(tmp.resolve("tier.csv"), "doc,type,tier,text\na.txt,Person,abc,x\n");
        assertTrue(run("evaluate", "--gold", tier.toString(), "seeds").err().contains("line 2: tier 'abc' is not 1 or 2"));
        Path mentions = Files.writeString(tmp.resolve("m.csv"), "doc,type,text,start,end\na.txt,Person,x,-5,3\n");
        CliIT.Run m = run("evaluate", "--gold", "seeds/gold/seeds.csv", "--mentions", mentions.toString());
        assertEquals(ExitCode.FAILED, m.code(), m.err());
        assertTrue(m.err().contains("line 2: offsets -5 to 3 are no span of the text"), m.err());
        Files.writeString(mentions, "doc,type,text,start,end\na.txt,Person,x,abc,3\n");
        assertTrue(run("evaluate", "--gold", "seeds/gold/seeds.csv", "--mentions", mentions.toString()).err()
                .contains("line 2: offsets 'abc', '3' are not whole numbers"));
    }

    @Test
    void aPipeADeviceAndADanglingLinkGetOneLineEachAndTheGoodFilesAreWritten() throws Exception {
        assumeFalse(System.getProperty("os.name").startsWith("Windows"));
        Path fifo = tmp.resolve("pipe.txt");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Path dir = Files.createDirectories(tmp.resolve("dir"));
        Files.createSymbolicLink(dir.resolve("gone.txt"), tmp.resolve("no-such-file.txt"));
        Files.writeString(dir.resolve("call.txt"), READOUT, StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        CliIT.Run r = run("extract", "--out", out.toString(), fifo.toString(), "/dev/zero", dir.toString());
        assertEquals(ExitCode.SOME_INPUTS_FAILED, r.code(), r.err());
        assertEquals(List.of("dipkg: " + dir.resolve("gone.txt") + ": a link to a file that does not exist, skipped",
                "dipkg: " + fifo + ": not a regular file (a pipe, socket or device)",
                "dipkg: /dev/zero: not a regular file (a pipe, socket or device)"), r.errLines());
        assertTrue(rows(out).stream().anyMatch(l -> l.startsWith("call.txt,")));
    }

    @Test
    void moreThreadsThanTheLimitIsAUsageErrorNotAHang() {
        CliIT.Run r = run("extract", "--threads", "1073741824", "--out", tmp.resolve("out").toString(), "seeds");
        assertEquals(ExitCode.USAGE, r.code(), r.err());
        assertEquals(List.of("dipkg extract: --threads must be between 1 and " + org.dipkg.pipeline.Pipeline.MAX_THREADS),
                r.errLines());
    }

    @Test
    void aUsersOwnFilesInTheOutputDirectoryAreNeverRemoved() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("u"));
        for (String name : List.of("graph.nt", "graph.trig", "variance.html", "notes.txt")) {
            Files.writeString(out.resolve(name), "mine", StandardCharsets.UTF_8);
        }
        CliIT.Run r = run("extract", "--out", out.toString(), "seeds/001_23ee9809a0489282.txt");
        assertEquals(0, r.code(), r.err());
        for (String name : List.of("graph.nt", "graph.trig", "variance.html", "notes.txt")) {
            assertEquals("mine", Files.readString(out.resolve(name)), name);
        }
        assertFalse(r.err().contains("removed"), r.err());
    }

    @Test
    void aRunKilledAtAnyMomentLeavesTheGraphAndTheRowsOfOneRun() throws Exception {
        Path out = tmp.resolve("out");
        Path small = Files.createDirectories(tmp.resolve("small"));
        Files.copy(Path.of("seeds/001_23ee9809a0489282.txt"), small.resolve("001_23ee9809a0489282.txt"));
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.copy(Path.of("seeds/004_6077f70e12453669.txt"), other.resolve("004_6077f70e12453669.txt"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        java.util.Random random = new java.util.Random(7);
        for (int attempt = 0; attempt < 5; attempt++) {
            Path input = attempt % 2 == 0 ? other : small;
            assertEquals(0, run("extract", "--out", out.toString(), attempt % 2 == 0 ? small.toString() : other.toString()).code());
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.dipkg.cli.Main",
                    "extract", "--out", out.toString(), input.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Path graph = out.resolve("graph.ttl");
            Object before = Files.readAttributes(graph, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30) + random.nextInt(50) * 1_000_000L;
            // kill at the first sign of the new outputs, or after a random moment when none shows
            while (child.isAlive() && System.nanoTime() < deadline && before.equals(
                    Files.readAttributes(graph, java.nio.file.attribute.BasicFileAttributes.class).fileKey())) {
                Thread.onSpinWait();
            }
            child.destroyForcibly().waitFor();
            String rows = Files.readString(out.resolve("mentions.csv"));
            String turtle = Files.readString(graph);
            boolean rowsOfOther = rows.contains("004_6077f70e12453669.txt,");
            boolean graphOfOther = turtle.contains("004_6077f70e12453669.txt");
            assertEquals(rowsOfOther, graphOfOther, "attempt " + attempt + ": graph.ttl and mentions.csv of two runs");
        }
    }
}
