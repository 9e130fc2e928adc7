package org.dipkg.text;

/** Whether a character is of the Han script, fast for the characters a Chinese text is mostly made of. */
final class Han {
    private Han() {
    }

    /**
     * The common ideographs by their block, whatever lies below the first Han character by a comparison,
     * the rest by Unicode's script table (a binary search).
     */
    static boolean is(int codePoint) {
        if (codePoint < 0x2E80) {
            return false;
        }
        if (codePoint >= 0x4E00 && codePoint <= 0x9FFC) { // assigned Han in every Unicode since 13.0
            return true;
        }
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
