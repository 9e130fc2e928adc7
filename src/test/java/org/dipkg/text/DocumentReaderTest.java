package org.dipkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {
    private final DocumentReader reader = new DocumentReader(s -> s);
    private final Path file = Path.of("x.txt");

    /** A converter that knows three Traditional characters, enough to tell the scripts apart. */
    private static String simplifyFew(String s) {
        return s.replace('會', '会').replace('談', '谈').replace('對', '对');
    }

    @Test
    void aTextWhoseHanCharactersChangeInConversionIsTraditional() throws InputException {
        DocumentReader r = new DocumentReader(DocumentReaderTest::simplifyFew);
        Document d = r.read(file, "x", "雙方會談，對話。".getBytes(StandardCharsets.UTF_8));
        assertEquals("zh-Hant", d.script());
        assertEquals("雙方会谈，对話。", d.analysis().text());
    }

    @Test
    void aFewConvertibleCharactersInASimplifiedTextLeaveItSimplified() throws InputException {
        DocumentReader r = new DocumentReader(DocumentReaderTest::simplifyFew);
        String text = "双方同意加强交流与合作，推动两国关系稳定发展。".repeat(5) + "會";
        Document d = r.read(file, "x", text.getBytes(StandardCharsets.UTF_8));
        assertEquals("zh-Hans", d.script());
    }

    @Test
    void refusesAnEmptyFile() {
        InputException e = assertThrows(InputException.class, () -> reader.read(file, "x", new byte[0]));
        assertEquals("empty file", e.reason());
    }

    @Test
    void refusesABinaryFile() {
        InputException e = assertThrows(InputException.class,
                () -> reader.read(file, "x", new byte[] {'%', 'P', 'D', 'F', 0, 1, 2}));
        assertTrue(e.reason().startsWith("binary file"));
    }

    @Test
    void refusesTextThatIsNotUtf8() {
        byte[] gbk = {(byte) 0xD6, (byte) 0xD0, (byte) 0xB9, (byte) 0xFA}; // 中国 in GBK
        InputException e = assertThrows(InputException.class, () -> reader.read(file, "x", gbk));
        assertTrue(e.reason().contains("UTF-8"));
    }

    @Test
    void refusesAFileOfOnlyWhitespace() {
        assertThrows(InputException.class, () -> reader.read(file, "x", " \n\t\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void keepsTheByteOrderMarkAsCodePointZeroOfTheOriginal() throws InputException {
        Document d = reader.read(file, "x", "\uFEFF双方同意。".getBytes(StandardCharsets.UTF_8));
        assertEquals("双方同意。", d.analysis().text());
        Span s = d.toOriginal(new Span(0, 2));
        assertEquals(new Span(1, 3), s);
        assertEquals("双方", d.originalSlice(s));
    }

    @Test
    void mapsSpansPastASurrogatePairInCodePoints() throws InputException {
        Document d = reader.read(file, "x", "𠀀双方同意。".getBytes(StandardCharsets.UTF_8));
        Span s = d.toOriginal(new Span(2, 4));
        assertEquals(new Span(1, 3), s);
        assertEquals("双方", d.originalSlice(s));
    }
}
