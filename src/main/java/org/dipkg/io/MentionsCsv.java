package org.dipkg.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dipkg.rdf.MentionRow;

/** Writes the rows of mentions.csv in the column order of the output contract (RFC 4180, UTF-8). */
public final class MentionsCsv {
    public static final String[] HEADER = {"doc", "type", "kind", "party", "action", "set", "text", "start", "end",
        "node", "confidence"};

    private MentionsCsv() {
    }

    public static void write(List<MentionRow> rows, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (MentionRow r : rows) {
                p.printRecord(r.doc(), r.type(), r.kind(), r.party(), r.action(), r.set(), r.text(), r.start(), r.end(),
                        r.node(), String.format(Locale.ROOT, "%.2f", r.confidence()));
            }
        }
    }
}
