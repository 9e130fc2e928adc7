package org.dipkg.text;

/** Chinese numerals up to ten, as counts (五点), ordinals (第五, 五是) and section numbers (五、) write them. */
public final class Numerals {
    /** The numerals by value, zero to ten; 两 is two as a count. */
    public static final String DIGITS = "零一二三四五六七八九十";
    private static final char TWO = '两';
    /** The numerals a count or an ordinal is written with: one to ten and 两. */
    public static final String COUNTING = DIGITS.substring(1) + TWO;
    /** The numerals one to ten, as a regex character class. */
    public static final String ONE_TO_TEN = "[" + DIGITS.substring(1) + "]";

    private Numerals() {
    }

    /** A count written as dipkg names a set it counted itself: a numeral up to ten, digits above. */
    public static String write(int n) {
        return n <= 10 ? String.valueOf(DIGITS.charAt(n)) : String.valueOf(n);
    }

    /** The value of a count in digits or numerals (五, 十二, 二十, 两, 24), or -1. */
    public static int parse(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        char ten = DIGITS.charAt(10);
        if (s.length() == 1 && s.charAt(0) == TWO) {
            return 2;
        }
        if (s.length() == 1 && s.charAt(0) == ten) {
            return 10;
        }
        if (s.length() == 2 && s.charAt(0) == ten) {
            return 10 + digit(s.charAt(1));
        }
        if (s.length() == 2 && s.charAt(1) == ten) {
            return 10 * digit(s.charAt(0));
        }
        return digit(s.charAt(0));
    }

    /** Whether {@code c} is a numeral from one to ten. */
    public static boolean isOneToTen(char c) {
        return DIGITS.indexOf(c) > 0;
    }

    private static int digit(char c) {
        int v = DIGITS.substring(0, 10).indexOf(c);
        return v;
    }
}
