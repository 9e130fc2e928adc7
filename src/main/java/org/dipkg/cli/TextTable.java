package org.dipkg.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;

/**
 * A query's results as a terminal table: plain values (a literal's text, an IRI shortened by the query's
 * prefixes) in columns lined up by display width, a Chinese character counting two columns.
 */
final class TextTable {
    private TextTable() {
    }

    static void print(ResultSet rs, PrefixMapping prefixes, PrintWriter out) {
        List<String> vars = rs.getResultVars();
        List<String[]> rows = new ArrayList<>();
        while (rs.hasNext()) {
            var s = rs.next();
            String[] row = new String[vars.size()];
            for (int i = 0; i < vars.size(); i++) {
                row[i] = plain(s.get(vars.get(i)), prefixes);
            }
            rows.add(row);
        }
        int[] widths = new int[vars.size()];
        for (int i = 0; i < vars.size(); i++) {
            widths[i] = width(vars.get(i));
            for (String[] r : rows) {
                widths[i] = Math.max(widths[i], width(r[i]));
            }
        }
        String rule = rule(widths);
        out.println(rule);
        out.println(line(vars.toArray(new String[0]), widths));
        out.println(rule.replace('-', '='));
        for (String[] r : rows) {
            out.println(line(r, widths));
        }
        out.println(rule);
        out.flush();
    }

    static String plain(RDFNode n, PrefixMapping prefixes) {
        if (n == null) {
            return "";
        }
        if (n.isLiteral()) {
            return n.asLiteral().getLexicalForm().replace('\n', ' ');
        }
        if (n.isURIResource()) {
            String uri = n.asResource().getURI();
            String shortForm = prefixes.shortForm(uri);
            return shortForm.equals(uri) ? "<" + uri + ">" : shortForm;
        }
        return n.toString();
    }

    private static String rule(int[] widths) {
        int total = 1;
        for (int w : widths) {
            total += w + 3;
        }
        return "-".repeat(total);
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder b = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            b.append(' ').append(cells[i]).append(" ".repeat(widths[i] - width(cells[i]))).append(" |");
        }
        return b.toString();
    }

    /** The columns a text takes on a terminal: two for a wide (East Asian) character, one for any other. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean isWide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0x303E || cp >= 0x3041 && cp <= 0x33FF
                || cp >= 0x3400 && cp <= 0x4DBF || cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0xA000 && cp <= 0xA4CF
                || cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000 && cp <= 0x3FFFD;
    }
}
