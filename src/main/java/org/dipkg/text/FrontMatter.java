package org.dipkg.text;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A markdown file's front matter: the block between a first line {@code ---} and the next {@code ---} (or
 * {@code ...}) line, whose top-level {@code date:} is read; and a date in a file's name. The block is no
 * text of the document.
 */
final class FrontMatter {
    private static final Pattern BLOCK = Pattern.compile("\\A\\uFEFF?---[ \\t]*\\r?\\n(.*?)^(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)",
            Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern DATE_KEY = Pattern.compile("^date[ \\t]*:[ \\t]*[\"']?(\\d{4})-(\\d{1,2})-(\\d{1,2})",
            Pattern.MULTILINE);
    /** 20221115 or 2022-11-14 (or with _ or .) in a file name, not inside a longer number. */
    private static final Pattern NAME_DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[-_.]?(\\d{2})[-_.]?(\\d{2})(?!\\d)");
    /** The most a front matter block may hold. */
    private static final int MAX_BLOCK = 8192;

    private FrontMatter() {
    }

    /** Where the text after the front matter starts: 0 when there is none. */
    static int end(String text) {
        Matcher m = BLOCK.matcher(text.length() > MAX_BLOCK ? text.substring(0, MAX_BLOCK) : text);
        return m.lookingAt() ? m.end() : 0;
    }

    /** The {@code date:} of the front matter that ends at {@code end}, or null. */
    static LocalDate date(String text, int end) {
        Matcher m = DATE_KEY.matcher(text.substring(0, end));
        return m.find() ? safe(m.group(1), m.group(2), m.group(3)) : null;
    }

    /** The date a file's name holds, or null. */
    static LocalDate fromName(String name) {
        Matcher m = NAME_DATE.matcher(name);
        while (m.find()) {
            LocalDate d = safe(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static LocalDate safe(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
