package org.dipkg.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Locates rule tables (CSV with a header row) by name: the bundled table under
 * {@code org/dipkg/rules/}, followed by the rows of a table of the same name in the user's lexicon
 * directory, if one was given. Lines starting with {@code #} are comments.
 */
public final class RuleData {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setCommentMarker('#').setIgnoreEmptyLines(true)
            .setTrim(true).get();

    private final Optional<Path> userDir;

    public RuleData(Optional<Path> userDir) {
        this.userDir = userDir;
    }

    public static RuleData bundled() {
        return new RuleData(Optional.empty());
    }

    private Lexicon lexicon;
    private Cues cues;

    /** The known entities of these tables, read once for every stage that needs them. */
    public synchronized Lexicon lexicon() {
        if (lexicon == null) {
            lexicon = new Lexicon(this);
        }
        return lexicon;
    }

    /** The cue words of these tables, with the lexicon's states and short forms as party words; made once. */
    public synchronized Cues cues() {
        if (cues == null) {
            Lexicon l = lexicon();
            cues = new Cues(this, l.countries(), l.shortForms());
        }
        return cues;
    }

    /**
     * Every row of table {@code name}, bundled rows first, each as column → value (a column a row
     * leaves out is empty), plus {@link #AT}: where the row is.
     */
    public List<Map<String, String>> rows(String name) {
        List<Map<String, String>> out = new ArrayList<>();
        String resource = "org/dipkg/rules/" + name + ".csv";
        List<String> columns;
        try (InputStream in = RuleData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled rule table " + resource);
            }
            columns = read(new InputStreamReader(in, StandardCharsets.UTF_8), resource, out, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (userDir.isPresent()) {
            Path p = userDir.get().resolve(name + ".csv");
            if (Files.isRegularFile(p)) {
                try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                    read(r, p.toString(), out, columns);
                } catch (IOException e) {
                    throw notATable(p, e);
                } catch (UncheckedIOException e) { // what the parser's iterator throws for a malformed record
                    throw notATable(p, e.getCause());
                }
            }
        }
        return out;
    }

    /** The key under which each row says where it is: file and line, for messages about it. */
    public static final String AT = "#at";

    private static IllegalArgumentException notATable(Path p, Exception e) {
        return new IllegalArgumentException(p + ": cannot be read as a rule table (" + e.getMessage() + ")");
    }

    /** The first column of table {@code name}, as a list of words. */
    public List<String> words(String name, String column) {
        List<String> out = new ArrayList<>();
        for (Map<String, String> r : rows(name)) {
            String w = r.getOrDefault(column, "");
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * Adds the rows of a table to {@code out} and returns its columns. A user's table is held to the
     * bundled table's {@code columns}: it may leave any out but the first, which every row must fill,
     * and may not add others (a misspelt column would otherwise be ignored without a word).
     */
    private static List<String> read(Reader r, String source, List<Map<String, String>> out, List<String> columns)
            throws IOException {
        try (CSVParser p = CSVParser.builder().setReader(r).setFormat(FORMAT).get()) {
            List<String> header = p.getHeaderNames();
            if (!columns.isEmpty()) {
                List<String> unknown = header.stream().filter(c -> !columns.contains(c)).toList();
                String problem = !unknown.isEmpty() ? "unknown column" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                        : !header.contains(columns.get(0)) ? "no column " + columns.get(0) : null;
                if (problem != null) {
                    throw new IllegalArgumentException(source + ": " + problem + " in the header row (the columns are "
                            + String.join(",", columns) + ", the first one required)");
                }
            }
            for (CSVRecord rec : p) {
                Map<String, String> row = rec.toMap();
                String at = source + ":" + rec.getParser().getCurrentLineNumber();
                if (rec.size() > header.size()) {
                    throw new IllegalArgumentException(at + ": " + rec.size() + " cells where the header has "
                            + header.size() + " (a cell holding a comma needs double quotes)");
                }
                if (!columns.isEmpty() && row.getOrDefault(columns.get(0), "").isEmpty()) {
                    throw new IllegalArgumentException(at + ": no " + columns.get(0));
                }
                // a short row, or a user's table without some columns, leaves those cells empty
                (columns.isEmpty() ? header : columns).forEach(c -> row.putIfAbsent(c, ""));
                row.put(AT, at);
                out.add(row);
            }
            return header;
        }
    }
}
