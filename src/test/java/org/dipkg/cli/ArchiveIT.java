package org.dipkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archives as they come: a day's news in one markdown file with inline HTML, dates, a sources manifest. */
class ArchiveIT {
    static final String DAY = "# 今日新闻 (20240308)\n\n## 新闻摘要\n\n1.中法两国元首通电话；\n2.全国春耕进展顺利。\n\n"
            + "## 详细新闻\n\n### 中法两国元首通电话\n\n<p><strong>本台消息</strong>：3月7日，国家主席习近平同法国总统马克龙通电话。</p><br>"
            + "<p>两国元首同意建立中法数字经济对话。</p>\n\n[查看原文](https://example.org/a)\n\n"
            + "### 全国春耕进展顺利\n\n<p>各地抓紧春耕，农业农村部部署春耕生产工作。</p>\n";

    @TempDir
    Path tmp;

    static Model graph(Path out) {
        return RDFDataMgr.loadModel(out.resolve("graph.ttl").toString());
    }

    static boolean ask(Model m, String query) {
        try (var q = QueryExecutionFactory.create("PREFIX dipkg: <https://dipkg.org/ontology#>\n"
                + "PREFIX dct: <http://purl.org/dc/terms/>\n" + query, m)) {
            return q.execAsk();
        }
    }

    @Test
    void aDayOfNewsIsOneDocumentPerArticleDatedAndPartOfItsFile() throws Exception {
        Path day = Files.writeString(tmp.resolve("20240308.md"), DAY, StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        CliIT.Run r = CliIT.run("extract", "--out", out.toString(), day.toString());
        assertEquals(0, r.code(), r.err());
        List<String> rows = Files.readAllLines(out.resolve("mentions.csv"));
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("20240308.md#1,Commitment,agreement,CN+FR,")
                && l.contains("建立中法数字经济对话")), rows.toString());
        assertTrue(rows.stream().noneMatch(l -> l.startsWith("20240308.md#2,Commitment")), "the domestic article commits no one");
        assertTrue(rows.stream().noneMatch(l -> l.contains("<") || l.contains("**")), "no markup in a span");
        String original = Files.readString(day);
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split(",");
            int start = Integer.parseInt(c[c.length - 4]);
            int end = Integer.parseInt(c[c.length - 3]);
            assertEquals(c[6], original.codePoints().skip(start).limit(end - start)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
        }
        Model m = graph(out);
        assertTrue(ask(m, "ASK { ?a dipkg:path \"20240308.md#1\" ; dct:isPartOf ?f ; dct:date \"2024-03-07\"^^<http://www.w3.org/2001/XMLSchema#date> ; "
                + "dipkg:dateSource ?s . ?f a dipkg:SourceFile ; dipkg:path \"20240308.md\" }"));
    }

    @Test
    void aSourcesManifestGivesEachFileItsTitleDatePublisherAndAddress() throws Exception {
        Path call = Files.writeString(tmp.resolve("call.txt"), "国家主席习近平同法国总统马克龙通电话。两国元首同意建立中法数字经济对话。",
                StandardCharsets.UTF_8);
        Path manifest = Files.writeString(tmp.resolve("sources.csv"), "file,title,date,publisher,url,language\n"
                + "call.txt,中法元首通电话,2024-03-07,本台,https://example.org/call,zh\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        CliIT.Run r = CliIT.run("extract", "--manifest", manifest.toString(), "--out", out.toString(), call.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(ask(graph(out), "ASK { ?s dipkg:path \"call.txt\" ; dct:title \"中法元首通电话\"@zh-Hans ; "
                + "dct:date \"2024-03-07\"^^<http://www.w3.org/2001/XMLSchema#date> ; dipkg:dateSource \"manifest\" ; "
                + "dct:source <https://example.org/call> ; dct:language \"zh\" }"));
    }

    @Test
    void aManifestRowItCannotUseIsAUsageErrorNamingTheLine() throws Exception {
        Path manifest = Files.writeString(tmp.resolve("sources.csv"), "file,date\na.txt,2024-03-07\nb.txt,7 March\n",
                StandardCharsets.UTF_8);
        CliIT.Run r = CliIT.run("extract", "--manifest", manifest.toString(), "--out", tmp.resolve("o").toString(), "seeds");
        assertEquals(ExitCode.USAGE, r.code(), r.err());
        assertEquals(List.of("dipkg extract: " + manifest + ": line 3: date '7 March' is not YYYY-MM-DD"), r.errLines());
    }

    @Test
    void reportNamesTheFilesItWroteAndTheSourcesByTitleAndDate() throws Exception {
        Path out = tmp.resolve("out");
        CliIT.Run r = CliIT.run("report", "--out", out.toString(), "seeds/001_23ee9809a0489282.txt",
                "seeds/004_6077f70e12453669.txt");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        String last = lines.get(lines.size() - 1);
        assertTrue(last.contains(out.resolve("variance.html").toString()) && last.contains(out.resolve("variance.csv").toString()),
                last);
        assertTrue(r.out().contains("(2023-11-15):"), "a source named by its title and date");
    }

    @Test
    void onATerminalProgressIsABarAndInALogItIsLines() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "no script(1) for a terminal");
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < 25; i++) {
            Files.writeString(in.resolve("d" + i + ".txt"), "国家主席习近平同法国总统马克龙通电话。两国元首同意加强合作。",
                    StandardCharsets.UTF_8);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cmd = "'" + java + "' -cp '" + System.getProperty("java.class.path") + "' org.dipkg.cli.Main extract --out '"
                + tmp.resolve("o1") + "' '" + in + "'";
        Process p = new ProcessBuilder("/usr/bin/script", "-qc", cmd, "/dev/null").redirectErrorStream(true).start();
        String onTerminal = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), onTerminal);
        assertTrue(onTerminal.contains("extracting 100%") && onTerminal.contains("25/25 files"), onTerminal);
        CliIT.Run logged = CliIT.run("extract", "--out", tmp.resolve("o2").toString(), in.toString());
        assertTrue(logged.err().contains("dipkg: extracted 25/25 documents") && !logged.err().contains("100%"), logged.err());
    }
    static final String PAGE_ARTICLE = "两国元首举行会谈\n\n新华社巴黎5月7日电 当地时间6日，国家主席习近平在巴黎同法国总统马克龙举行会谈。"
            + "\n\n两国元首同意建立中法数字经济对话，成立中法海洋合作工作组。\n\n马克龙表示，法方愿同中方加强航空合作。\n\n";
    static final String PAGE = "2024年5月8日 星期三 第3版\n\n" + PAGE_ARTICLE
            + "春耕生产有序推进\n\n本报北京5月7日电 各地抓紧春耕生产，农业部门部署春耕工作。\n";

    /** The rows of a mentions table less their document and node: what was found and where in the line. */
    private static List<String> found(Path out, String doc) throws java.io.IOException {
        return Files.readAllLines(out.resolve("mentions.csv")).stream().filter(l -> l.startsWith(doc + ","))
                .map(l -> String.join(",", java.util.Arrays.copyOfRange(l.split(","), 1, 7))).sorted().toList();
    }

    @Test
    void aNewspaperPageSplitIntoArticlesOnRequestGivesEachArticleWhatItsTextAloneGives() throws Exception {
        Path page = Files.writeString(Files.createDirectories(tmp.resolve("page")).resolve("p3.txt"), PAGE, StandardCharsets.UTF_8);
        Path alone = Files.writeString(Files.createDirectories(tmp.resolve("alone")).resolve("a.txt"), PAGE_ARTICLE,
                StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        assertEquals(0, CliIT.run("extract", "--split-pages", "--out", out.toString(), page.toString()).code());
        Path whole = tmp.resolve("whole");
        assertEquals(0, CliIT.run("extract", "--out", whole.toString(), page.toString()).code());
        Path one = tmp.resolve("one");
        assertEquals(0, CliIT.run("extract", "--out", one.toString(), alone.toString()).code());
        assertTrue(found(out, "p3.txt#2").stream().noneMatch(l -> l.startsWith("Commitment")), "the domestic article commits no one");
        assertEquals(found(one, "a.txt"), found(out, "p3.txt#1"));
        assertTrue(found(out, "p3.txt#1").contains("Commitment,agreement,CN+FR,establish,,建立中法数字经济对话"));
        assertTrue(Files.readAllLines(whole.resolve("mentions.csv")).stream().skip(1).allMatch(l -> l.startsWith("p3.txt,")),
                "without --split-pages a .txt file is one document");
        assertTrue(ask(graph(out), "ASK { ?a dipkg:path \"p3.txt#1\" ; dct:isPartOf ?f ; dct:title \"两国元首举行会谈\"@zh-Hans ; "
                + "dct:date \"2024-05-07\"^^<http://www.w3.org/2001/XMLSchema#date> }"));
    }
}
