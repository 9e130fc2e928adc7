package org.dipkg.nlp;

import org.dipkg.text.Span;

/**
 * A word of the analysis text with its part of speech (HanLP's tag set: {@code nr} person,
 * {@code nrf} transliterated person, {@code nrj} Japanese person, {@code ns}/{@code nsf} place,
 * {@code nt} organisation, {@code v} verb, {@code w} punctuation …).
 */
public record Token(String word, String pos, Span span) {
    public boolean isPerson() {
        return pos.startsWith("nr");
    }

    public boolean isPlace() {
        return pos.startsWith("ns");
    }

    public boolean isOrganization() {
        return pos.startsWith("nt");
    }

}
