package org.dipkg.rdf;

import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Adds the run itself as a prov:Activity (software, start and end time, the sources it used) in a
 * named graph of its own, so that the merged default graph stays the same from run to run.
 */
public final class RunProvenance {
    public static final String GRAPH = Iris.BASE + "run";

    private RunProvenance() {
    }

    public static void add(Dataset ds, List<String> documentIds, Instant started, Instant ended) {
        Model m = ModelFactory.createDefaultModel();
        Vocab.prefixes(m);
        String version = org.dipkg.rdf.RunProvenance.class.getPackage().getImplementationVersion();
        Resource agent = m.createResource(Iris.BASE + "software/dipkg")
                .addProperty(RDF.type, Vocab.PROV_SOFTWARE_AGENT)
                .addProperty(RDFS.label, "dipkg " + (version == null ? "" : version).trim());
        Resource run = m.createResource(Iris.BASE + "run/" + started.toEpochMilli())
                .addProperty(RDF.type, DIPKG.ExtractionRun)
                .addProperty(RDF.type, Vocab.PROV_ACTIVITY)
                .addProperty(Vocab.PROV_WAS_ASSOCIATED_WITH, agent)
                .addLiteral(Vocab.PROV_STARTED_AT_TIME, m.createTypedLiteral(calendar(started)))
                .addLiteral(Vocab.PROV_ENDED_AT_TIME, m.createTypedLiteral(calendar(ended)));
        for (String id : documentIds) {
            run.addProperty(Vocab.PROV_USED, m.createResource(Iris.source(id)));
        }
        ds.addNamedModel(GRAPH, m);
    }

    private static Calendar calendar(Instant t) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(t.toEpochMilli());
        return c;
    }
}
