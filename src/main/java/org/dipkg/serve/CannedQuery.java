package org.dipkg.serve;

/**
 * A query of {@code queries/}: its file name without {@code .rq}, and the title and description its
 * {@code # title:} and {@code # description:} comments give.
 */
public record CannedQuery(String name, String title, String description, String text) {

    static CannedQuery parse(String name, String text) {
        String title = name;
        String description = "";
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.startsWith("# title:")) {
                title = l.substring("# title:".length()).strip();
            } else if (l.startsWith("# description:")) {
                description = l.substring("# description:".length()).strip();
            }
        }
        return new CannedQuery(name, title, description, text);
    }
}
