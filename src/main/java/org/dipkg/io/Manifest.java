package org.dipkg.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dipkg.text.InputException;

/**
 * A sources manifest ({@code --manifest sources.csv}): one row per input file with what the file cannot say
 * of itself. Columns {@code file} (required: the path as given on the command line, or relative to the
 * manifest's directory), {@code title}, {@code date} (YYYY-MM-DD), {@code publisher}, {@code url} (http or
 * https) and {@code language}; every column but {@code file} may be left out or empty.
 */
public final class Manifest {
    public static final List<String> COLUMNS = List.of("file", "title", "date", "publisher", "url", "language");
    private static final long MAX_BYTES = 16L << 20;

    /** What the manifest says of one file; null for what it does not say. */
    public record Entry(String title, LocalDate date, String publisher, String url, String language) {
    }

    private final Map<Path, Entry> byFile;

    private Manifest(Map<Path, Entry> byFile) {
        this.byFile = byFile;
    }

    /** A manifest that says nothing. */
    public static Manifest none() {
        return new Manifest(Map.of());
    }

    /** Reads a manifest; a row it cannot use is refused with its line and the reason. */
    public static Manifest load(Path csv) throws InputException {
        String text = TextFiles.read(csv, MAX_BYTES);
        Path base = csv.toAbsolutePath().getParent();
        Map<Path, Entry> out = new HashMap<>();
        try (CSVParser p = CSVParser.builder().setReader(new StringReader(text))
                .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            List<String> header = p.getHeaderNames();
            if (!header.contains("file")) {
                throw new InputException(csv, "no column file in the header row (the columns are " + String.join(",", COLUMNS) + ")");
            }
            List<String> unknown = header.stream().filter(h -> !COLUMNS.contains(h)).toList();
            if (!unknown.isEmpty()) {
                throw new InputException(csv, "unknown columns " + String.join(", ", unknown) + " (the columns are "
                        + String.join(",", COLUMNS) + ")");
            }
            for (CSVRecord r : p) {
                String line = "line " + p.getCurrentLineNumber() + ": ";
                String file = get(r, "file");
                if (file == null) {
                    throw new InputException(csv, line + "no file");
                }
                LocalDate date = null;
                if (get(r, "date") != null) {
                    try {
                        date = LocalDate.parse(get(r, "date"));
                    } catch (DateTimeParseException e) {
                        throw new InputException(csv, line + "date '" + get(r, "date") + "' is not YYYY-MM-DD");
                    }
                }
                String url = get(r, "url");
                if (url != null && !isWebAddress(url)) {
                    throw new InputException(csv, line + "url '" + url + "' is not an http or https address");
                }
                Entry e = new Entry(get(r, "title"), date, get(r, "publisher"), url, get(r, "language"));
                Path given = Path.of(file);
                out.put(real(given.isAbsolute() ? given : base.resolve(given)), e);
                if (!given.isAbsolute()) {
                    out.putIfAbsent(real(given), e); // as given on the command line, from where dipkg runs
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new InputException(csv, "not a well-formed CSV table (" + e.getMessage() + ")");
        }
        return new Manifest(out);
    }

    /** What the manifest says of {@code file}, or null. */
    public Entry of(Path file) {
        return byFile.isEmpty() ? null : byFile.get(real(file));
    }

    private static String get(CSVRecord r, String column) {
        String v = r.isMapped(column) && r.isSet(column) ? r.get(column).strip() : "";
        return v.isEmpty() ? null : v;
    }

    private static boolean isWebAddress(String url) {
        try {
            URI u = new URI(url);
            return ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
