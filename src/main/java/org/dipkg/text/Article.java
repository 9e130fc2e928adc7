package org.dipkg.text;

/**
 * One article of a file that holds several: the text it shows from its heading to the next article's,
 * numbered from 1 in the file; 0 for what precedes the first (a page's header, a summary of the day).
 */
public record Article(MappedText text, int number) {
}
