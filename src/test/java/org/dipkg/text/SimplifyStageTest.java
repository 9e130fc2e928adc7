package org.dipkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.dipkg.nlp.Segmenter;
import org.junit.jupiter.api.Test;

class SimplifyStageTest {
    private static final SimplifyStage HANLP = new SimplifyStage(new Segmenter());

    private static String simplified(SimplifyStage stage, String text) {
        return stage.apply(MappedText.identity(text)).text();
    }

    @Test
    void hanlpsWholeTextConversionIsTheRunByRunOne() throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path p : seeds.filter(Files::isRegularFile).sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        // Traditional phrases, whose conversion may change length, cut by every kind of run break
        String pieces = "發表聯合聲明，兩國關係。軍事對話、乾隆 皇帝；著作：頭髮\n瞭解後來藉口𠀀臺灣";
        Random r = new Random(3);
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(40); i >= 0; i--) {
                b.append(pieces.charAt(r.nextInt(pieces.length())));
            }
            texts.add(b.toString());
        }
        for (String t : texts) {
            assertEquals(HANLP.byRuns(t), simplified(HANLP, t), t.length() > 60 ? t.substring(0, 60) : t);
        }
    }

    @Test
    void aWholeConversionThatMovesARunBreakIsNotTaken() {
        // a converter with a phrase across a break: read whole, the break would become a character
        SimplifyStage stage = new SimplifyStage(s -> s.replace("甲，乙", "丙丙丙").replace('丁', '丅'));
        assertEquals("甲，乙丅", simplified(stage, "甲，乙丁"));
    }

    @Test
    void aRunWhoseConversionChangesLengthIsConvertedCharacterByCharacter() {
        SimplifyStage stage = new SimplifyStage(s -> s.replace("乙乙", "乙").replace('甲', '丁'));
        assertEquals("丁乙乙，丁", simplified(stage, "甲乙乙，甲"));
    }
}
