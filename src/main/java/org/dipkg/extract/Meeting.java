package org.dipkg.extract;

import java.time.LocalDate;
import java.util.List;
import org.dipkg.text.Span;

/**
 * The meeting, talks or call a document reports.
 *
 * @param date         its date
 * @param participants the leaders who took part
 * @param places       where it took place, most specific last
 * @param span         the sentence that reports it
 */
public record Meeting(LocalDate date, List<Mention> participants, List<Mention> places, Span span, String kind) {
}
