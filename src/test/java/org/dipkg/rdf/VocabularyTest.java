package org.dipkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    static Model ontology() {
        return RDFDataMgr.loadModel("ontology/dipkg.ttl");
    }

    static Set<String> declared(Model onto) {
        Set<String> out = new TreeSet<>();
        onto.listSubjects().forEach(s -> {
            if (s.isURIResource() && s.getURI().startsWith(DIPKG.NS) && s.hasProperty(RDF.type)) {
                out.add(s.getURI());
            }
        });
        return out;
    }

    @Test
    void theVocabularyClassDeclaresExactlyTheOntologysTerms() throws IllegalAccessException {
        Set<String> java = new TreeSet<>();
        for (Field f : DIPKG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.get(null) instanceof Resource r) {
                java.add(r.getURI());
            }
        }
        assertEquals(declared(ontology()), java);
    }

    @Test
    void everyTermHasEnglishAndChineseLabelsAndAComment() {
        Model onto = ontology();
        for (String iri : declared(onto)) {
            Resource r = onto.getResource(iri);
            Set<String> langs = new TreeSet<>();
            r.listProperties(RDFS.label).forEach(st -> langs.add(st.getLanguage()));
            assertEquals(Set.of("en", "zh"), langs, iri);
            assertTrue(r.hasProperty(RDFS.comment), iri + " has no comment");
        }
    }
}
