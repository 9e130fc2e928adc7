package org.dipkg.extract;

import org.dipkg.text.Span;

/**
 * A counted or enumerated set of commitments ("五点承诺", "五根支柱").
 *
 * @param key        a short stable key: the stated phrase, or count plus shared head for an unnamed run
 * @param statedSize the size the text states, or -1 when none
 * @param span       where the set is named, or the span of its first member
 */
public record CountedSet(String key, int statedSize, Span span) {
}
