package org.dipkg.text;

/**
 * Reads a mapped text and returns it in Simplified script, unit for unit, so that every origin stays
 * as it was. The text is converted in runs between punctuation and line breaks; a run whose phrase-level
 * conversion changes its length is converted character by character instead, keeping any character
 * whose conversion is not a single unit. When the whole text converts unit for unit, with every break
 * where it was, that one conversion is taken: HanLP's dictionary has no phrase across a break, so it
 * is the same text, at a fraction of the calls.
 */
public final class SimplifyStage implements TextStage {
    private final ScriptConverter converter;

    public SimplifyStage(ScriptConverter converter) {
        this.converter = converter;
    }

    @Override
    public MappedText apply(MappedText in) {
        String text = in.text();
        int[] origin = new int[text.length()];
        for (int i = 0; i < origin.length; i++) {
            origin[i] = in.originOf(i);
        }
        // most texts convert unit for unit as a whole: one call instead of one per run
        String whole = converter.toSimplified(text);
        if (runsAligned(text, whole)) {
            return new MappedText(whole, origin);
        }
        return new MappedText(byRuns(text), origin);
    }

    /** The text converted run by run, each run that changes length character by character. */
    String byRuns(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isRunBreak(text.charAt(i))) {
                convertRun(text, start, i, out);
                if (i < text.length()) {
                    out.append(text.charAt(i));
                }
                start = i + 1;
            }
        }
        return out.toString();
    }

    /**
     * Whether a conversion of the whole text is what {@link #byRuns} gives: the same length, every run
     * break where it was (so every run kept its length), and surrogates where they were.
     */
    private static boolean runsAligned(String text, String converted) {
        if (converted.length() != text.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char a = text.charAt(i);
            char b = converted.charAt(i);
            if ((isRunBreak(a) || isRunBreak(b)) && a != b || Character.isSurrogate(a) != Character.isSurrogate(b)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRunBreak(char c) {
        return c == '\n' || c == '。' || c == '，' || c == '、' || c == '；' || c == '：' || c == ' ';
    }

    private void convertRun(String text, int s, int e, StringBuilder out) {
        if (s >= e) {
            return;
        }
        String run = text.substring(s, e);
        String converted = converter.toSimplified(run);
        if (converted.length() == run.length() && sameSurrogateLayout(run, converted)) {
            out.append(converted);
            return;
        }
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (Character.isSurrogate(c)) {
                out.append(c);
                continue;
            }
            String one = converter.toSimplified(String.valueOf(c));
            out.append(one.length() == 1 && !Character.isSurrogate(one.charAt(0)) ? one.charAt(0) : c);
        }
    }

    private static boolean sameSurrogateLayout(String a, String b) {
        for (int i = 0; i < a.length(); i++) {
            if (Character.isSurrogate(a.charAt(i)) != Character.isSurrogate(b.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
