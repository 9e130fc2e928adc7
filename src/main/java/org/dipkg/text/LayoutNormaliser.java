package org.dipkg.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a raw mapped text and returns the text to analyse: byte-order mark, carriage returns and
 * markdown markup removed, line breaks that only wrap a column joined, and paragraph breaks kept as a
 * single {@code '\n'}. Every kept unit keeps its origin.
 *
 * <p>A break is a paragraph break when the line before it ends a sentence, is a heading, or is clearly
 * shorter than the document's wrap width (the most common line length, when one stands out); otherwise
 * it only wraps the column and is removed.
 */
public final class LayoutNormaliser implements TextStage {
    /** The marks of a briefing's turns, before a colon: 答：, 问：, 問：. */
    private static final String DIALOGUE = "答问問";
    private static final String TERMINALS = "。！？!?；;…：:";
    private static final String CLOSERS = "”’」』）)】》\"'";
    private static final String INNER_PUNCT = "，,、；;：:。！？!?";

    /** One physical line after markup was removed, with its heading flag. */
    private record Line(MappedText content, boolean heading) {
        int len() {
            return content.length();
        }

        char last() {
            return content.charAt(content.length() - 1);
        }

        char first() {
            return content.charAt(0);
        }
    }

    @Override
    public MappedText apply(MappedText in) {
        List<Line> lines = splitLines(in);
        int wrap = wrapWidth(lines);
        MappedText.Builder out = new MappedText.Builder(in.length());
        Line prev = null;
        for (Line line : lines) {
            if (prev != null) {
                int breakOrigin = prev.content.originOf(prev.len() - 1) + 1;
                if (isParagraphBreak(prev, line, wrap)) {
                    out.append('\n', breakOrigin);
                } else if (isAsciiWordChar(prev.last()) && isAsciiWordChar(line.first())) {
                    out.append(' ', breakOrigin);
                }
            }
            for (int i = 0; i < line.len(); i++) {
                out.append(line.content.charAt(i), line.content.originOf(i));
            }
            prev = line;
        }
        return out.build();
    }

    private static boolean isAsciiWordChar(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static boolean isParagraphBreak(Line prev, Line next, int wrap) {
        if (prev.heading || next.heading || startsBlock(next.content.text()) || endsSentence(prev.content.text())) {
            return true;
        }
        if (wrap > 0) {
            return prev.len() < wrap - 3;
        }
        String t = prev.content.text();
        boolean han = t.codePoints().anyMatch(Han::is);
        return han && prev.len() <= 40 && t.chars().noneMatch(c -> INNER_PUNCT.indexOf(c) >= 0);
    }

    static boolean endsSentence(String line) {
        int i = line.length() - 1;
        while (i > 0 && CLOSERS.indexOf(line.charAt(i)) >= 0) {
            char open = line.charAt(0);
            if ((line.charAt(i) == '）' && open == '（') || (line.charAt(i) == ')' && open == '(')
                    || (line.charAt(i) == '】' && open == '【')) {
                return true;
            }
            i--;
        }
        return TERMINALS.indexOf(line.charAt(i)) >= 0;
    }

    private static boolean startsBlock(String line) {
        if (line.isEmpty()) {
            return false;
        }
        char c = line.charAt(0);
        if (c == '【' || c == '◆' || c == '●' || c == '■' || line.startsWith("——")) {
            return true;
        }
        if (line.length() > 1 && DIALOGUE.indexOf(c) >= 0 && line.charAt(1) == '：') {
            return true;
        }
        // （一） or 一、 style section numbers
        if ((c == '（' || c == '(') && line.length() > 2 && Numerals.isOneToTen(line.charAt(1))) {
            return true;
        }
        int j = 0;
        while (j < line.length() && j < 3 && Numerals.isOneToTen(line.charAt(j))) {
            j++;
        }
        return j > 0 && j < line.length() && line.charAt(j) == '、';
    }

    /** The most common length of content lines when it covers a fifth of them, else 0 (no column wrap). */
    static int wrapWidth(List<Line> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        int n = 0;
        for (Line l : lines) {
            if (l.len() >= 5) {
                counts.merge(l.len(), 1, Integer::sum);
                n++;
            }
        }
        int best = 0;
        int bestNear = 0;
        for (int len : counts.keySet()) {
            int near = 0;
            for (int d = -2; d <= 2; d++) {
                near += counts.getOrDefault(len + d, 0);
            }
            if (near > bestNear || (near == bestNear && len > best)) {
                best = len;
                bestNear = near;
            }
        }
        return bestNear >= 5 && bestNear * 5 >= n ? best : 0;
    }

    private static List<Line> splitLines(MappedText in) {
        List<Line> lines = new ArrayList<>();
        String t = in.text();
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || t.charAt(i) == '\n') {
                Line line = cleanLine(in, start, i);
                if (line != null) {
                    lines.add(line);
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\u3000' || c == '\u00a0' || c == '\ufeff' || c == '\f'
                || c == '\u000b';
    }

    /** Strips surrounding blanks and markdown markup from one line; null when nothing is left. */
    private static Line cleanLine(MappedText in, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && isSpace(in.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(in.charAt(e - 1))) {
            e--;
        }
        boolean heading = false;
        String t = in.text();
        int hashes = 0;
        while (s + hashes < e && hashes < 7 && t.charAt(s + hashes) == '#') {
            hashes++;
        }
        if (hashes >= 1 && hashes <= 6 && (s + hashes == e || isSpace(t.charAt(s + hashes)))) {
            heading = true;
            s += hashes;
        } else if (s < e && t.charAt(s) == '>' ) {
            s++;
        } else if (s + 1 < e && "-*+".indexOf(t.charAt(s)) >= 0 && isSpace(t.charAt(s + 1))) {
            s += 2;
        } else {
            int d = s;
            while (d < e && d - s < 3 && Character.isDigit(t.charAt(d)) && t.charAt(d) < 128) {
                d++;
            }
            if (d > s && d + 1 < e && (t.charAt(d) == '.' || t.charAt(d) == ')') && isSpace(t.charAt(d + 1))) {
                s = d + 2;
            }
        }
        String body = t.substring(s, e);
        if (body.chars().allMatch(c -> c == '-' || c == '*' || c == '_' || isSpace((char) c)) && body.length() >= 3) {
            return null; // horizontal rule
        }
        MappedText.Builder b = new MappedText.Builder(e - s);
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if ((c == '*' || c == '_') && i + 1 < e && t.charAt(i + 1) == c) {
                i++; // emphasis marker ** or __
                continue;
            }
            if (c == '\r' || c == '\ufeff') {
                continue;
            }
            b.append(c, in.originOf(i));
        }
        MappedText content = b.build();
        int cs = 0;
        int ce = content.length();
        while (cs < ce && isSpace(content.charAt(cs))) {
            cs++;
        }
        while (ce > cs && isSpace(content.charAt(ce - 1))) {
            ce--;
        }
        if (cs == ce) {
            return null;
        }
        if (cs > 0 || ce < content.length()) {
            MappedText.Builder trimmed = new MappedText.Builder(ce - cs);
            for (int i = cs; i < ce; i++) {
                trimmed.append(content.charAt(i), content.originOf(i));
            }
            content = trimmed.build();
        }
        return new Line(content, heading);
    }
}
