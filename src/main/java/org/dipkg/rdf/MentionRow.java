package org.dipkg.rdf;

/**
 * One row of mentions.csv: an item found in one document, with its span in the original file (code
 * points, end exclusive) and the graph node it is evidence for.
 */
public record MentionRow(String doc, String type, String kind, String party, String action, String set,
                         String text, int start, int end, String node, double confidence) {
}
