package org.dipkg.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/** Writes a graph in one of the supported syntaxes with Jena RIOT, atomically. */
public final class GraphFiles {

    /** The syntaxes of {@code --format}. */
    public enum Format {
        TTL("ttl", RDFFormat.TURTLE_PRETTY, Lang.TURTLE), NT("nt", RDFFormat.NTRIPLES, Lang.NTRIPLES),
        TRIG("trig", RDFFormat.TRIG_PRETTY, Lang.TRIG), JSONLD("jsonld", RDFFormat.JSONLD, Lang.JSONLD);

        public final String extension;
        final RDFFormat format;
        public final Lang lang;

        Format(String extension, RDFFormat format, Lang lang) {
            this.extension = extension;
            this.format = format;
            this.lang = lang;
        }

        public static Format parse(String s) {
            for (Format f : values()) {
                if (f.extension.equals(s.toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown format '" + s + "' (expected ttl, nt, trig or jsonld)");
        }
    }

    private GraphFiles() {
    }

    /** Above this many triples Turtle and TriG are written block by block: pretty-printing costs too much. */
    static final long PRETTY_LIMIT = 1_000_000;

    /**
     * The default graph, or with TriG the whole dataset, as the content of {@code graph.EXT}: pretty (each
     * subject with all its properties) up to a million triples, in blocks beyond.
     */
    public static OutputGeneration.Content content(Dataset ds, Format format) {
        boolean large = ds.getDefaultModel().size() > PRETTY_LIMIT;
        RDFFormat f = !large ? format.format : format == Format.TTL ? RDFFormat.TURTLE_BLOCKS
                : format == Format.TRIG ? RDFFormat.TRIG_BLOCKS : format.format;
        return out -> {
            if (format == Format.TRIG) {
                RDFDataMgr.write(out, ds, f);
            } else {
                RDFDataMgr.write(out, ds.getDefaultModel(), f);
            }
        };
    }
}
