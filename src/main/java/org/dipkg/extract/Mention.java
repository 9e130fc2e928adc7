package org.dipkg.extract;

import org.dipkg.rules.Lexicon;
import org.dipkg.text.Span;

/**
 * An entity found in a document.
 *
 * @param type       its type
 * @param span       where it stands in the analysis text
 * @param label      its name in Simplified script (for a field of a field list, the field plus the head)
 * @param known      the lexicon entry it was linked to, or null
 * @param role       for a person, the title found next to the name, or null
 * @param country    ISO code of the state a person serves (from the lexicon, or the country named before
 *                   their title), or null
 * @param confidence 0..1
 */
public record Mention(EntityType type, Span span, String label, Lexicon.Entry known, String role,
                      String country, double confidence) {

    public static Mention of(EntityType type, Span span, String label, double confidence) {
        return new Mention(type, span, label, null, null, null, confidence);
    }
}
