package org.dipkg.rdf;

import java.util.List;

/** What the sources disagree on: wordings side by side, and items some sources leave out. */
public record Variance(List<Wording> wordings, List<Gap> gaps) {

    /**
     * Two sources stating one node in different words.
     *
     * @param scope {@code item} when the item's own words differ, {@code context} when the words that
     *              govern it differ
     */
    public record Wording(String scope, String node, String type, String label, String leftDoc, String leftText, String leftDiff,
                          String rightDoc, String rightText, String rightDiff) {
    }

    /** An item stated by some sources of a meeting and not by others. */
    public record Gap(String node, String type, String label, List<String> statedIn, List<String> missingFrom) {
    }
}
