package org.dipkg.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dipkg.rdf.Variance;

/** Writes where the sources differ: a table for the terminal, CSV and a self-contained HTML page. */
public final class VarianceReport {
    public static final String[] CSV_HEADER = {"finding", "scope", "type", "node", "label", "left_doc", "left_text", "left_diff",
        "right_doc", "right_text", "right_diff", "stated_in", "missing_from"};

    private VarianceReport() {
    }

    /** The report on the terminal, each source named by {@code names} (its title and date when known). */
    public static void printTable(Variance v, PrintWriter out, java.util.function.UnaryOperator<String> names) {
        out.println("Wording that differs between sources (" + v.wordings().size() + "):");
        for (Variance.Wording w : v.wordings()) {
            out.println("  " + w.type() + "  " + w.label() + (w.scope().equals("context") ? "  [governing words]" : ""));
            out.println("    " + names.apply(w.leftDoc()) + ":  " + w.leftDiff() + "  | " + w.leftText());
            out.println("    " + names.apply(w.rightDoc()) + ":  " + w.rightDiff() + "  | " + w.rightText());
        }
        out.println("Items some sources of the meeting leave out (" + v.gaps().size() + "):");
        for (Variance.Gap g : v.gaps()) {
            out.println("  " + g.type() + "  " + g.label() + "  stated in " + docs(g.statedIn(), names) + "; not in "
                    + docs(g.missingFrom(), names));
        }
    }

    public static void writeCsv(Variance v, OutputStream os) throws IOException {
        Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
            for (Variance.Wording x : v.wordings()) {
                p.printRecord(ReportCells.neutral("wording", x.scope(), x.type(), x.node(), x.label(), x.leftDoc(),
                        x.leftText(), x.leftDiff(), x.rightDoc(), x.rightText(), x.rightDiff(), "", ""));
            }
            for (Variance.Gap g : v.gaps()) {
                p.printRecord(ReportCells.neutral("missing", "", g.type(), g.node(), g.label(), "", "", "", "", "", "",
                        String.join(" ", g.statedIn()), String.join(" ", g.missingFrom())));
            }
        }
    }

    /** The report as a page, each source named by {@code names} with its id on hover. */
    public static void writeHtml(Variance v, OutputStream os, java.util.function.UnaryOperator<String> names) throws IOException {
        Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
        PrintWriter out = new PrintWriter(w);
        out.println("<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>dipkg: where the sources differ</title>");
        out.println("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;"
                + "padding:.3em .6em;vertical-align:top}th{background:#f3f3f3}mark{background:#ffe08a}</style></head><body>");
        out.println("<h1>Where the sources differ</h1>");
        out.println("<h2>Wording (" + v.wordings().size() + ")</h2><table><tr><th>item</th><th>source</th><th>says</th>"
                + "<th>source</th><th>says</th></tr>");
        for (Variance.Wording x : v.wordings()) {
            out.println("<tr><td>" + esc(x.label()) + (x.scope().equals("context") ? "<br><small>governing words</small>" : "")
                    + "</td><td>" + source(x.leftDoc(), names) + "</td><td>" + marked(x.leftText(), x.leftDiff()) + "</td><td>"
                    + source(x.rightDoc(), names) + "</td><td>" + marked(x.rightText(), x.rightDiff()) + "</td></tr>");
        }
        out.println("</table><h2>Left out by some sources (" + v.gaps().size() + ")</h2><table><tr><th>type</th><th>item</th>"
                + "<th>stated in</th><th>not in</th></tr>");
        for (Variance.Gap g : v.gaps()) {
            out.println("<tr><td>" + esc(g.type()) + "</td><td>" + esc(g.label()) + "</td><td>" + String.join(", ", g.statedIn().stream().map(d -> source(d, names)).toList())
                    + "</td><td>" + String.join(", ", g.missingFrom().stream().map(d -> source(d, names)).toList()) + "</td></tr>");
        }
        out.println("</table></body></html>");
        out.flush();
    }

    private static String marked(String text, String diff) {
        int at = diff.isEmpty() ? -1 : text.indexOf(diff);
        if (at < 0) {
            return esc(text) + (diff.isEmpty() ? "" : "<br><mark>" + esc(diff) + "</mark>");
        }
        return esc(text.substring(0, at)) + "<mark>" + esc(diff) + "</mark>" + esc(text.substring(at + diff.length()));
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A source's name, its id on hover. */
    private static String source(String id, java.util.function.UnaryOperator<String> names) {
        return "<span title=\"" + esc(id) + "\">" + esc(names.apply(id)) + "</span>";
    }

    private static String docs(java.util.List<String> ds, java.util.function.UnaryOperator<String> names) {
        return String.join(", ", ds.stream().map(names).toList());
    }
}
