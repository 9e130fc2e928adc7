package org.dipkg.extract;

import java.time.LocalDate;
import java.util.List;
import org.dipkg.text.Document;

/**
 * Everything extracted from one document.
 *
 * @param date      the date the document gives for itself or its event, or null
 * @param dateSource where the date was had ({@link org.dipkg.text.SourceDate}), or null
 * @param publisher the news agency or site the text names as its source, or null
 * @param title     the first line of the document
 * @param meeting   the meeting the document reports, or null
 */
public record DocumentAnalysis(Document document, String title, LocalDate date, String dateSource, String publisher,
                               List<Mention> mentions, List<Commitment> commitments, Meeting meeting) {
}
