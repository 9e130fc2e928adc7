package org.dipkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FrontMatterTest {
    private final DocumentReader reader = new DocumentReader(s -> s);

    @Test
    void aFileNameGivesItsDateInEitherForm() {
        assertEquals(LocalDate.of(2022, 11, 15), FrontMatter.fromName("20221115.md"));
        assertEquals(LocalDate.of(2022, 11, 14), FrontMatter.fromName("us-call-2022-11-14_zh.txt"));
        assertNull(FrontMatter.fromName("20221345.md"), "no thirteenth month");
        assertNull(FrontMatter.fromName("123202211150.md"), "not inside a longer number");
        assertNull(FrontMatter.fromName("557888e634ee4ad8.txt"));
    }

    @Test
    void frontMatterDatesTheDocumentAndIsNoPartOfItsText() throws InputException {
        String md = "---\ntitle: 通电话\ndate: 2024-03-08\n---\n### 中法两国元首通电话\n\n双方同意加强合作。\n";
        Document d = reader.read(Path.of("a-2020-01-01.md"), "a.md", md.getBytes(StandardCharsets.UTF_8));
        assertEquals(new SourceDate(LocalDate.of(2024, 3, 8), SourceDate.FRONT_MATTER), d.dated());
        assertEquals("中法两国元首通电话\n双方同意加强合作。", d.analysis().text());
        assertEquals('中', md.charAt(d.analysis().originOf(0)));
    }

    @Test
    void withoutFrontMatterTheFileNameDatesTheDocument() throws InputException {
        Document d = reader.read(Path.of("20240308.txt"), "20240308.txt", "双方同意加强合作。".getBytes(StandardCharsets.UTF_8));
        assertEquals(new SourceDate(LocalDate.of(2024, 3, 8), SourceDate.FILE_NAME), d.dated());
    }
}
