package org.dipkg.extract;

import java.util.List;
import org.dipkg.nlp.Token;
import org.dipkg.text.Sentence;

/** Reads one sentence (its text and tokens) and returns the mentions of one family of entities. */
public interface MentionFinder {
    List<Mention> find(String text, Sentence sentence, List<Token> tokens);
}
