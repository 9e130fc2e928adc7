package org.dipkg.text;

import java.time.LocalDate;

/**
 * A document's date and where it was had: a sources manifest, the file's front matter ({@code date:}), its
 * name ({@code 20221115.md}, {@code …-2022-11-14_….txt}), a newspaper page's header above its first article, or a
 * dateline in the text.
 */
public record SourceDate(LocalDate date, String source) {
    public static final String MANIFEST = "manifest";
    public static final String FRONT_MATTER = "front matter";
    public static final String FILE_NAME = "file name";
    public static final String PAGE_HEADER = "page header";
    public static final String DATELINE = "dateline";
}
