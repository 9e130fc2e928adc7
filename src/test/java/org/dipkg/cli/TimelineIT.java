package org.dipkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history of commitments and mechanisms across meetings, as a table and a chart. */
class TimelineIT {
    @TempDir
    Path tmp;

    @Test
    void aCommitmentRestatedAtALaterMeetingHasAStatementForEachDateInTheTableAndTheChart() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("2022-11-14.txt"), "2022年11月14日，国家主席习近平同美国总统拜登举行会晤。"
                + "拜登表示，美方不寻求打“新冷战”。", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("2023-11-15.txt"), "2023年11月15日，国家主席习近平同美国总统拜登举行会晤。"
                + "拜登表示，美国不寻求新冷战。两国元首同意建立中美人工智能政府间对话。", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("2024-05-14.txt"), "2024年5月14日，中美人工智能政府间对话首次会议在日内瓦举行。"
                + "双方就人工智能风险管理等问题交换了意见。", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("2024-11-16.txt"), "2024年11月16日，国家主席习近平同美国总统拜登举行会晤。"
                + "拜登表示，美方不寻求新冷战。两国元首同意继续举行人工智能政府间对话。", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("=cmd.txt"), "2024年1月2日，外交部长王毅同法国外长通电话。双方同意加强合作。",
                StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        CliIT.Run r = CliIT.run("timeline", "--out", out.toString(), in.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("timeline.html") && r.out().contains("timeline.csv"), r.out());
        List<String> csv = Files.readAllLines(out.resolve("timeline.csv"));
        assertEquals("row,what,date,status,parties,kind,meeting,source,quote,node", csv.get(0));
        List<String> coldWar = csv.stream().filter(l -> l.contains("冷战") && l.contains(",commitment,")).toList();
        assertEquals(List.of("2022-11-14", "2023-11-15", "2024-11-16"), coldWar.stream().map(l -> l.split(",")[2]).toList(),
                "one pledge in three wordings (打“新冷战”, 新冷战) at three meetings: " + coldWar);
        assertEquals(1, coldWar.stream().map(l -> l.split(",")[0]).distinct().count(), coldWar.toString());
        assertTrue(coldWar.get(0).contains(",first stated,") && coldWar.get(2).contains(",restated,"), coldWar.toString());
        List<String> ai = csv.stream().filter(l -> l.contains(",mechanism,") && l.contains("人工智能")).toList();
        assertEquals(List.of("中美人工智能政府间对话,mechanism,2023-11-15,new,CN+US",
                        "中美人工智能政府间对话,mechanism,2024-05-14,held,CN+US",
                        "中美人工智能政府间对话,mechanism,2024-11-16,continued,CN+US"),
                ai.stream().map(l -> String.join(",", java.util.Arrays.copyOf(l.split(","), 5))).toList(),
                "agreed, held (its first session reported), continued (named without its pair): " + ai);
        assertTrue(csv.stream().anyMatch(l -> l.contains(",'=cmd.txt,")), "a source name a spreadsheet would run is neutral");
        String html = Files.readString(out.resolve("timeline.html"));
        assertTrue(html.contains("echarts.init") && html.contains("\"2024-05-14\""), "the page draws the rows");
        assertFalse(html.contains("/*ROWS*/") || html.contains("/*ECHARTS*/") || html.contains("<script src"),
                "the data and the library are in the page, nothing is fetched");
    }

    @Test
    void theChinaUsDevelopmentReadoutsWithTheSeedsSpreadOverManyDates() throws Exception {
        Path dev = Path.of("..", "shared", "dev", "readouts");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(dev), "no development set at " + dev);
        Path in = Files.createDirectories(tmp.resolve("us"));
        try (var files = Files.list(dev)) {
            for (Path f : files.filter(f -> f.getFileName().toString().contains("_us-")).toList()) {
                Files.copy(f, in.resolve(f.getFileName()));
            }
        }
        Path out = tmp.resolve("out");
        CliIT.Run r = CliIT.run("timeline", "--out", out.toString(), in.toString(), "seeds");
        assertEquals(0, r.code(), r.err());
        long dates;
        try (var p = org.apache.commons.csv.CSVParser.builder().setReader(Files.newBufferedReader(out.resolve("timeline.csv")))
                .setFormat(org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            dates = p.stream().map(rec -> rec.get("date")).distinct().count();
        }
        assertTrue(dates >= 6, dates + " dates");
        assertTrue(Files.readString(out.resolve("timeline.html")).contains("不寻求新冷战"));
    }
    @Test
    void twoPairsItemsOfOneWordingAreTwoRowsOfTheChart() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("pairs"));
        Files.writeString(in.resolve("au.txt"), "2024年3月20日，外交部长王毅同澳大利亚外长举行会谈。\n双方同意恢复外交与战略对话。",
                StandardCharsets.UTF_8);
        Files.writeString(in.resolve("nz.txt"), "2024年3月18日，外交部长王毅同新西兰外长举行会谈。\n双方同意恢复外交与战略对话。",
                StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        assertEquals(0, CliIT.run("timeline", "--out", out.toString(), in.toString()).code());
        List<String> rows = Files.readAllLines(out.resolve("timeline.csv")).stream().skip(1)
                .filter(l -> l.contains(",mechanism,")).map(l -> l.split(",")[0]).sorted().toList();
        assertEquals(List.of("外交与战略对话 (AU+CN)", "外交与战略对话 (CN+NZ)"), rows);
    }
}
