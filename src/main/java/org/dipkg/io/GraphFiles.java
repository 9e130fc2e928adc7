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
        TTL("ttl", RDFFormat.TURTLE_BLOCKS, Lang.TURTLE), NT("nt", RDFFormat.NTRIPLES, Lang.NTRIPLES),
        TRIG("trig", RDFFormat.TRIG_BLOCKS, Lang.TRIG), JSONLD("jsonld", RDFFormat.JSONLD, Lang.JSONLD);

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

    /** Writes the default graph, or with TriG the whole dataset, to {@code dir/graph.EXT}. */
    public static Path write(Dataset ds, Path dir, Format format) throws IOException {
        Path target = dir.resolve("graph." + format.extension);
        AtomicFile.write(target, out -> {
            if (format == Format.TRIG) {
                RDFDataMgr.write(out, ds, format.format);
            } else {
                RDFDataMgr.write(out, ds.getDefaultModel(), format.format);
            }
        });
        return target;
    }
}
