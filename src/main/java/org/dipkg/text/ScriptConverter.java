package org.dipkg.text;

/** Converts Traditional Chinese to Simplified; implemented by the NLP layer. */
public interface ScriptConverter {
    String toSimplified(String text);
}
