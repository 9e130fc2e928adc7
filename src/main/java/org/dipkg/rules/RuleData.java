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

    /** Every row of table {@code name}, bundled rows first, each as column → value. */
    public List<Map<String, String>> rows(String name) {
        List<Map<String, String>> out = new ArrayList<>();
        String resource = "org/dipkg/rules/" + name + ".csv";
        try (InputStream in = RuleData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled rule table " + resource);
            }
            read(new InputStreamReader(in, StandardCharsets.UTF_8), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (userDir.isPresent()) {
            Path p = userDir.get().resolve(name + ".csv");
            if (Files.isRegularFile(p)) {
                try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                    read(r, out);
                } catch (IOException | IllegalArgumentException e) {
                    throw new IllegalArgumentException(p + ": cannot be read as a rule table (" + e.getMessage() + ")");
                }
            }
        }
        return out;
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

    private static void read(Reader r, List<Map<String, String>> out) throws IOException {
        try (CSVParser p = CSVParser.builder().setReader(r).setFormat(FORMAT).get()) {
            for (CSVRecord rec : p) {
                out.add(rec.toMap());
            }
        }
    }
}
