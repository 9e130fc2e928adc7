package org.dipkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dipkg.text.SourceDate;
import org.junit.jupiter.api.Test;

class DatelinesTest {
    private final Datelines datelines = new Datelines(List.of("新华社"), List.of("当地时间"));
    private final SourceDate fileDate = new SourceDate(LocalDate.of(2023, 3, 22), SourceDate.FILE_NAME);

    @Test
    void aMonthDayDatelineTakesTheYearOfTheFilesDate() {
        SourceDate d = datelines.dated("习近平同俄罗斯总统举行会谈\n莫斯科当地时间3月21日，国家主席习近平同俄罗斯总统举行会谈。", fileDate);
        assertEquals(LocalDate.of(2023, 3, 21), d.date());
        assertEquals("dateline (year from the file name)", d.source());
    }

    @Test
    void aDatelineMonthsAfterTheFileIsOfTheYearBefore() {
        SourceDate jan = new SourceDate(LocalDate.of(2024, 1, 2), SourceDate.FILE_NAME);
        assertEquals(LocalDate.of(2023, 12, 30), datelines.dated("本台消息：12月30日，两国外长通电话。", jan).date());
    }

    @Test
    void withoutADatelineTheFilesDateStandsAndWithoutAFileDateTheTextsFullDate() {
        assertEquals(fileDate, datelines.dated("两国外长通电话。双方同意加强合作。", fileDate));
        assertEquals(new SourceDate(LocalDate.of(2023, 11, 15), SourceDate.DATELINE),
                datelines.dated("2023年11月15日，两国元首会晤。", null));
    }

    @Test
    void aDayAloneTakesTheMonthOfTheFilesDateOrTheMonthBeforeWhenItWouldFallAfter() {
        assertEquals(LocalDate.of(2023, 3, 21), datelines.dated("本台消息：当地时间21日，两国外长会谈。", fileDate).date());
        SourceDate second = new SourceDate(LocalDate.of(2024, 3, 2), SourceDate.FILE_NAME);
        assertEquals(LocalDate.of(2024, 2, 28), datelines.dated("本台消息：当地时间28日，两国外长会谈。", second).date());
    }
}
