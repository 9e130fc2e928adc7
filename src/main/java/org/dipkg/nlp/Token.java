package org.dipkg.nlp;

import java.util.Objects;
import org.dipkg.text.Span;

/**
 * A word of the analysis text with its part of speech (HanLP's tag set: {@code nr} person,
 * {@code nrf} transliterated person, {@code nrj} Japanese person, {@code ns}/{@code nsf} place,
 * {@code nt} organisation, {@code v} verb, {@code w} punctuation …), and its exact span.
 *
 * <p>Whether the tag names a person, a place or an organisation is read once, when the token is made:
 * the rules ask it of every token several times.
 */
public final class Token {
    private static final int PERSON = 1;
    private static final int PLACE = 2;
    private static final int ORGANIZATION = 4;

    private final String word;
    private final String pos;
    private final Span span;
    private final int kinds;

    public Token(String word, String pos, Span span) {
        this.word = Objects.requireNonNull(word);
        this.pos = Objects.requireNonNull(pos);
        this.span = Objects.requireNonNull(span);
        this.kinds = (pos.startsWith("nr") ? PERSON : 0) | (pos.startsWith("ns") ? PLACE : 0)
                | (pos.startsWith("nt") ? ORGANIZATION : 0);
    }

    public String word() {
        return word;
    }

    public String pos() {
        return pos;
    }

    public Span span() {
        return span;
    }

    public boolean isPerson() {
        return (kinds & PERSON) != 0;
    }

    public boolean isPlace() {
        return (kinds & PLACE) != 0;
    }

    public boolean isOrganization() {
        return (kinds & ORGANIZATION) != 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && word.equals(t.word) && pos.equals(t.pos) && span.equals(t.span);
    }

    @Override
    public int hashCode() {
        return Objects.hash(word, pos, span);
    }

    @Override
    public String toString() {
        return word + "/" + pos + span;
    }
}
