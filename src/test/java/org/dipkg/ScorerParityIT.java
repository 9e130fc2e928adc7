package org.dipkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dipkg.cli.Main;
import org.junit.jupiter.api.Test;

/** `dipkg evaluate` prints what the reference scorer prints on the same mentions.csv. */
class ScorerParityIT {
    static final Path REFERENCE = Path.of("../shared/spec/score.py");

    @Test
    void printsTheSameFiguresAsTheReferenceScorer() throws IOException, InterruptedException {
        assumeTrue(Files.exists(REFERENCE), "reference scorer not beside the project; skipped");
        assumeTrue(hasPython(), "python3 not installed; skipped");
        Path out = Files.createTempDirectory("dipkg-parity");
        StringWriter so = new StringWriter();
        int code = Main.commandLine(new PrintWriter(so), new PrintWriter(new StringWriter()))
                .execute("extract", "--out", out.toString(), "seeds");
        assertEquals(0, code);
        StringWriter eo = new StringWriter();
        Main.commandLine(new PrintWriter(eo), new PrintWriter(new StringWriter())).execute("evaluate", "--gold",
                "seeds/gold/seeds.csv", "--mentions", out.resolve("mentions.csv").toString(), "--docs", "seeds");
        Process p = new ProcessBuilder("python3", REFERENCE.toString(), "seeds/gold/seeds.csv",
                out.resolve("mentions.csv").toString(), "seeds").redirectErrorStream(true).start();
        String ref = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        // the figures and the misses as the reference prints them; the legend is dipkg's own
        String ours = eo.toString();
        assertTrue(ours.contains(org.dipkg.cli.EvaluateCommand.LEGEND.get(0)), "the table ends with its legend");
        for (String line : org.dipkg.cli.EvaluateCommand.LEGEND) {
            ours = ours.replace(line + System.lineSeparator(), "");
        }
        assertEquals(ref, ours);
    }

    private static boolean hasPython() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
