package org.dipkg.rdf;

/**
 * One source span stating one node, as the variance report compares them.
 *
 * @param node        the node's IRI
 * @param type        Commitment, Mechanism, WorkingGroup …
 * @param kind        for a commitment, its kind; else empty
 * @param label       the node's Simplified label
 * @param doc         the document id
 * @param citation    the citation's IRI
 * @param text        the span, verbatim from the original (whitespace removed)
 * @param simplified  the span as analysed (Simplified, layout joined)
 * @param context     the words that govern it (the clause before it and itself), as analysed
 * @param meeting     the IRI of the meeting the document reports, or null
 */
record Evidence(String node, String type, String kind, String label, String doc, String citation, String text,
                String simplified, String context, String meeting) {

    Evidence withNode(String iri) {
        return new Evidence(iri, type, kind, label, doc, citation, text, simplified, context, meeting);
    }
}
