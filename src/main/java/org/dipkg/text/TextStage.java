package org.dipkg.text;

/** One normalisation step: reads a mapped text and returns a derived one whose origins stay exact. */
@FunctionalInterface
public interface TextStage {
    MappedText apply(MappedText in);
}
