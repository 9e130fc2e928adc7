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
 * @param url       where the source was published (from a sources manifest), or null
 * @param language  the source's language (from a sources manifest), or null
 */
public record DocumentAnalysis(Document document, String title, LocalDate date, String dateSource, String publisher,
                               List<Mention> mentions, List<Commitment> commitments, Meeting meeting, String url,
                               String language) {

    public DocumentAnalysis(Document document, String title, LocalDate date, String dateSource, String publisher,
                            List<Mention> mentions, List<Commitment> commitments, Meeting meeting) {
        this(document, title, date, dateSource, publisher, mentions, commitments, meeting, null, null);
    }

    /** The same analysis with what a sources manifest says of the source; null keeps what the text gave. */
    public DocumentAnalysis withSource(String title, String publisher, String url, String language) {
        return new DocumentAnalysis(document, title != null ? title : this.title, date, dateSource,
                publisher != null ? publisher : this.publisher, mentions, commitments, meeting, url, language);
    }
}
