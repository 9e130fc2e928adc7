package org.dipkg.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of the standard vocabularies the graph reuses: Web Annotation, PROV-O, ORG, Dublin Core. */
public final class Vocab {
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String DCT = "http://purl.org/dc/terms/";

    public static final Resource OA_ANNOTATION = r(OA + "Annotation");
    public static final Resource OA_SPECIFIC_RESOURCE = r(OA + "SpecificResource");
    public static final Resource OA_TEXT_QUOTE_SELECTOR = r(OA + "TextQuoteSelector");
    public static final Resource OA_TEXT_POSITION_SELECTOR = r(OA + "TextPositionSelector");
    public static final Property OA_HAS_TARGET = p(OA + "hasTarget");
    public static final Property OA_HAS_SOURCE = p(OA + "hasSource");
    public static final Property OA_HAS_SELECTOR = p(OA + "hasSelector");
    public static final Property OA_EXACT = p(OA + "exact");
    public static final Property OA_PREFIX = p(OA + "prefix");
    public static final Property OA_SUFFIX = p(OA + "suffix");
    public static final Property OA_START = p(OA + "start");
    public static final Property OA_END = p(OA + "end");
    public static final Property PROV_WAS_DERIVED_FROM = p(PROV + "wasDerivedFrom");
    public static final Property PROV_AT_LOCATION = p(PROV + "atLocation");
    public static final Property PROV_USED = p(PROV + "used");
    public static final Property PROV_WAS_ASSOCIATED_WITH = p(PROV + "wasAssociatedWith");
    public static final Property PROV_STARTED_AT_TIME = p(PROV + "startedAtTime");
    public static final Property PROV_ENDED_AT_TIME = p(PROV + "endedAtTime");
    public static final Resource PROV_ACTIVITY = r(PROV + "Activity");
    public static final Resource PROV_SOFTWARE_AGENT = r(PROV + "SoftwareAgent");
    public static final Resource ORG_MEMBERSHIP = r(ORG + "Membership");
    public static final Property ORG_MEMBER = p(ORG + "member");
    public static final Property ORG_ORGANIZATION = p(ORG + "organization");
    public static final Property ORG_ROLE = p(ORG + "role");
    public static final Property DCT_TITLE = p(DCT + "title");
    public static final Property SKOS_PREF_LABEL = p("http://www.w3.org/2004/02/skos/core#prefLabel");
    public static final Property DCT_DATE = p(DCT + "date");

    private Vocab() {
    }

    private static Resource r(String iri) {
        return ResourceFactory.createResource(iri);
    }

    private static Property p(String iri) {
        return ResourceFactory.createProperty(iri);
    }

    public static void prefixes(Model m) {
        m.setNsPrefix("dipkg", DIPKG.NS);
        m.setNsPrefix("id", Iris.BASE);
        m.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        m.setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        m.setNsPrefix("owl", "http://www.w3.org/2002/07/owl#");
        m.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.setNsPrefix("oa", OA);
        m.setNsPrefix("prov", PROV);
        m.setNsPrefix("org", ORG);
        m.setNsPrefix("dcterms", DCT);
        m.setNsPrefix("wd", "http://www.wikidata.org/entity/");
        m.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
    }
}
