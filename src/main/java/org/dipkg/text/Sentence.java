package org.dipkg.text;

/**
 * A sentence of the analysis text.
 *
 * @param index  position in the document, from 0
 * @param span   its range in the analysis text
 * @param paragraph index of the paragraph it belongs to
 */
public record Sentence(int index, Span span, int paragraph) {
}
