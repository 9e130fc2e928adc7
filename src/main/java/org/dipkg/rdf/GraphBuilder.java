package org.dipkg.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.dipkg.extract.Commitment;
import org.dipkg.extract.CommitmentKind;
import org.dipkg.extract.DocumentAnalysis;
import org.dipkg.extract.EntityType;
import org.dipkg.extract.Mention;
import org.dipkg.extract.Meeting;
import org.dipkg.text.Document;
import org.dipkg.text.Span;

/**
 * Reads the analyses of all documents and returns one graph: a named graph per source document and
 * the merged default graph, in which the same entity, commitment or set stated by several sources is
 * one node with a citation per source span; also returns the rows of mentions.csv.
 */
public final class GraphBuilder {
    private static final int QUOTE_CONTEXT = 16;

    /** The built graph, the table of mentions, and where the sources differ. */
    public record Built(Dataset dataset, List<MentionRow> rows, Variance variance) {
    }

    public Built build(List<DocumentAnalysis> analyses) {
        return build(analyses, 1, true);
    }

    /** One document's part of the graph, built on its own so that documents can be built in parallel. */
    private record Part(Model model, Resource meeting, List<MentionRow> rows, Map<String, Set<String>> sourcesOf,
                        Map<String, Set<String>> setMembers, List<Evidence> evidence) {
    }

    /**
     * Builds the graph with each document's named graph made on one of {@code threads} threads; the parts
     * are merged in document order, so the result is the same for any number of threads. Without
     * {@code namedGraphs} only the merged default graph is kept, which halves the memory a large corpus needs.
     */
    public Built build(List<DocumentAnalysis> analyses, int threads, boolean namedGraphs) {
        List<DocumentAnalysis> sorted = new ArrayList<>(analyses);
        sorted.sort(Comparator.comparing(a -> a.document().id()));
        Dataset ds = DatasetFactory.create();
        Model merged = ds.getDefaultModel();
        Vocab.prefixes(merged);
        List<MentionRow> rows = new ArrayList<>();
        Map<String, Set<String>> sourcesOf = new TreeMap<>();
        Map<String, Set<String>> setMembers = new TreeMap<>();
        MergeKeys keys = new MergeKeys(sorted);
        List<Evidence> evidence = new ArrayList<>();
        Map<String, String> meetingOfDoc = new TreeMap<>();
        List<Part> parts = parts(sorted, keys, threads);
        for (int i = 0; i < sorted.size(); i++) {
            Part p = parts.get(i);
            String id = sorted.get(i).document().id();
            meetingOfDoc.put(id, p.meeting() == null ? null : p.meeting().getURI());
            if (namedGraphs) {
                ds.addNamedModel(Iris.source(id), p.model());
            }
            merged.add(p.model());
            rows.addAll(p.rows());
            evidence.addAll(p.evidence());
            p.sourcesOf().forEach((k, v) -> sourcesOf.computeIfAbsent(k, x -> new TreeSet<>()).addAll(v));
            p.setMembers().forEach((k, v) -> setMembers.computeIfAbsent(k, x -> new TreeSet<>()).addAll(v));
        }
        for (Map.Entry<String, Set<String>> e : sourcesOf.entrySet()) {
            merged.getResource(e.getKey()).addLiteral(DIPKG.sourceCount,
                    merged.createTypedLiteral(e.getValue().size(), XSDDatatype.XSDinteger));
        }
        for (Map.Entry<String, Set<String>> e : setMembers.entrySet()) {
            Resource set = merged.getResource(e.getKey());
            int count = e.getValue().size();
            set.addLiteral(DIPKG.memberCount, merged.createTypedLiteral(count, XSDDatatype.XSDinteger));
            if (set.hasProperty(DIPKG.statedSize)) {
                int stated = set.getProperty(DIPKG.statedSize).getInt();
                set.addLiteral(DIPKG.complete, merged.createTypedLiteral(stated == count));
            }
        }
        preferredLabels(merged);
        Variance variance = new VarianceFinder().find(evidence, meetingOfDoc, merged);
        return new Built(ds, rows, variance);
    }

    private List<Part> parts(List<DocumentAnalysis> sorted, MergeKeys keys, int threads) {
        if (threads <= 1 || sorted.size() < 2) {
            return sorted.stream().map(a -> part(a, keys)).toList();
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dipkg-graph");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<Part>> fs = new ArrayList<>();
            for (DocumentAnalysis a : sorted) {
                fs.add(pool.submit(() -> part(a, keys)));
            }
            List<Part> out = new ArrayList<>();
            for (var f : fs) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("graph building failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Part part(DocumentAnalysis a, MergeKeys keys) {
        Model m = ModelFactory.createDefaultModel();
        Vocab.prefixes(m);
        List<MentionRow> rows = new ArrayList<>();
        Map<String, Set<String>> sourcesOf = new TreeMap<>();
        Map<String, Set<String>> setMembers = new TreeMap<>();
        List<Evidence> evidence = new ArrayList<>();
        Resource meeting = addDocument(a, m, keys, rows, sourcesOf, setMembers, evidence);
        return new Part(m, meeting, rows, sourcesOf, setMembers, evidence);
    }

    private Resource addDocument(DocumentAnalysis a, Model m, MergeKeys keys, List<MentionRow> rows,
                                 Map<String, Set<String>> sourcesOf, Map<String, Set<String>> setMembers,
                                 List<Evidence> evidence) {
        Document doc = a.document();
        Resource source = m.createResource(Iris.source(doc.id()))
                .addProperty(RDF.type, DIPKG.SourceDocument)
                .addProperty(DIPKG.path, doc.id())
                .addProperty(DIPKG.script, doc.script())
                .addProperty(DIPKG.sha256, doc.sha256());
        if (!a.title().isEmpty()) {
            source.addProperty(Vocab.DCT_TITLE, m.createLiteral(a.title(), doc.script()));
        }
        if (a.date() != null) {
            source.addProperty(Vocab.DCT_DATE, m.createTypedLiteral(a.date().toString(), XSDDatatype.XSDdate));
        }
        if (a.publisher() != null) {
            source.addProperty(DIPKG.publisherName, m.createLiteral(a.publisher(), "zh-Hans"));
        }
        Resource meeting = meeting(a, m, source, keys);
        Set<String> seen = new HashSet<>();
        Map<Mention, String> nodeOf = new LinkedHashMap<>();
        for (Mention men : a.mentions()) {
            String iri = entityIri(men, keys);
            nodeOf.put(men, iri);
            Resource node = m.createResource(iri).addProperty(RDF.type, typeOf(men.type()));
            label(node, men.label(), doc, men.span());
            if (men.known() != null) {
                if (!men.known().en().isEmpty()) {
                    node.addProperty(RDFS.label, m.createLiteral(men.known().en(), "en"));
                }
                if (!men.known().wikidata().isEmpty()) {
                    node.addProperty(OWL.sameAs, m.createResource("http://www.wikidata.org/entity/"
                            + men.known().wikidata()));
                }
            }
            if (men.country() != null) {
                node.addProperty(DIPKG.country, country(m, men.country()));
            }
            if (men.type() == EntityType.PERSON) {
                String role = men.role() != null ? men.role() : men.known() != null ? men.known().role() : null;
                if (role != null && !role.isEmpty()) {
                    node.addProperty(DIPKG.role, m.createLiteral(role, "zh-Hans"));
                    if (men.country() != null) {
                        membership(m, node, role, men.country(), a);
                    }
                }
            }
            boolean item = men.type() == EntityType.MECHANISM || men.type() == EntityType.WORKING_GROUP
                    || men.type() == EntityType.DOCUMENT;
            // items are cited at every span; people, places and organisations at their first span per source
            if (item || !seen.contains(iri)) {
                Resource cit = cite(m, node, doc, men.span(), source, men.confidence());
                if (item && men.type() != EntityType.DOCUMENT) {
                    evidence.add(evidence(iri, men.type().label(), "", men.label(), doc, cit, men.span(), meeting));
                }
            }
            sourcesOf.computeIfAbsent(iri, k -> new TreeSet<>()).add(doc.id());
            if (seen.add(iri)) {
                rows.add(row(doc, men.type().label(), "", "", "", "", men.span(), iri, men.confidence()));
            }
        }
        Map<String, String> speakers = new java.util.HashMap<>();
        for (Mention men : a.mentions()) {
            if (men.type() == EntityType.PERSON) {
                speakers.putIfAbsent(men.label(), entityIri(men, keys));
            }
        }
        for (Commitment c : a.commitments()) {
            String iri = Iris.commitment(keys.commitmentKey(c));
            Resource node = m.createResource(iri)
                    .addProperty(RDF.type, DIPKG.Commitment)
                    .addProperty(RDF.type, kindClass(c.kind()))
                    .addProperty(DIPKG.kind, c.kind().label())
                    .addProperty(DIPKG.action, m.createResource(DIPKG.NS + "action-" + c.action()))
                    .addProperty(DIPKG.polarity, c.negative() ? DIPKG.polarity_negative : DIPKG.polarity_positive)
                    .addProperty(DIPKG.objectText, m.createLiteral(c.object(), "zh-Hans"));
            label(node, doc.text(c.span()), doc, c.span());
            for (String p : c.parties()) {
                node.addProperty(DIPKG.party, country(m, p));
            }
            for (String p : c.addressee()) {
                node.addProperty(DIPKG.addressee, country(m, p));
            }
            if (c.status() != null) {
                node.addProperty(DIPKG.status, m.createResource(DIPKG.NS + "status-" + c.status()));
            }
            if (c.time() != null) {
                node.addProperty(DIPKG.timeText, c.time());
            }
            if (c.condition() != null) {
                node.addProperty(DIPKG.condition, m.createLiteral(c.condition(), "zh-Hans"));
            }
            String speaker = c.speaker() == null ? null : speakers.get(c.speaker());
            if (speaker != null) {
                node.addProperty(DIPKG.speaker, m.createResource(speaker));
            }
            for (Mention o : c.objects()) {
                node.addProperty(DIPKG.concerns, m.createResource(entityIri(o, keys)));
            }
            if (meeting != null) {
                node.addProperty(DIPKG.madeAt, meeting);
            }
            String setIri = "";
            if (c.set() != null) {
                setIri = Iris.set(keys.setKey(c.set().key()));
                Resource set = m.createResource(setIri).addProperty(RDF.type, DIPKG.CountedSet);
                set.addProperty(RDFS.label, m.createLiteral(c.set().key(), "zh-Hans"));
                if (c.set().statedSize() > 0) {
                    set.removeAll(DIPKG.statedSize);
                    set.addLiteral(DIPKG.statedSize, m.createTypedLiteral(c.set().statedSize(), XSDDatatype.XSDinteger));
                }
                node.addProperty(DIPKG.memberOf, set);
                if (!set.hasProperty(DIPKG.evidence)) {
                    cite(m, set, doc, c.set().span(), source, 0.8); // where the source names or opens the set
                    sourcesOf.computeIfAbsent(setIri, k -> new TreeSet<>()).add(doc.id());
                }
                setMembers.computeIfAbsent(setIri, k -> new TreeSet<>()).add(iri);
            }
            Resource cit = cite(m, node, doc, c.span(), source, c.confidence());
            evidence.add(evidence(iri, "Commitment", c.kind().label(), doc.text(c.span()), doc, cit, c.span(), meeting));
            sourcesOf.computeIfAbsent(iri, k -> new TreeSet<>()).add(doc.id());
            if (seen.add(iri)) {
                rows.add(row(doc, "Commitment", c.kind().label(), c.partyKey(), c.action(),
                        c.set() == null ? "" : keys.setKey(c.set().key()), c.span(), iri, c.confidence()));
            }
        }
        return meeting;
    }

    /**
     * Gives every labelled node one skos:prefLabel per language: the label whose key is the node's own
     * key when there is one (the merged node's canonical wording), else the shortest.
     */
    private static void preferredLabels(Model m) {
        for (Resource node : m.listSubjectsWithProperty(RDFS.label).toList()) {
            String own = node.isURIResource() ? node.getURI().substring(node.getURI().lastIndexOf('/') + 1) : "";
            Map<String, String> best = new TreeMap<>();
            for (var st : node.listProperties(RDFS.label).toList()) {
                String lang = st.getLanguage();
                String label = st.getString();
                String cur = best.get(lang);
                boolean ownKey = Iris.key(label).equals(own);
                if (cur == null || ownKey && !Iris.key(cur).equals(own)
                        || !Iris.key(cur).equals(own) && (label.length() < cur.length()
                        || label.length() == cur.length() && label.compareTo(cur) < 0)) {
                    best.put(lang, label);
                }
            }
            best.forEach((lang, label) -> node.addProperty(Vocab.SKOS_PREF_LABEL, m.createLiteral(label, lang)));
        }
    }


    /** The meeting the document reports: its date, places and leaders. */
    private Resource meeting(DocumentAnalysis a, Model m, Resource source, MergeKeys keys) {
        Meeting meeting = a.meeting();
        if (meeting == null) {
            return null;
        }
        Set<String> countries = new TreeSet<>();
        meeting.participants().forEach(p -> countries.add(p.country()));
        Resource r = m.createResource(Iris.meeting(meeting.date() + "-" + String.join("-", countries)))
                .addProperty(RDF.type, DIPKG.Meeting)
                .addProperty(DIPKG.meetingDate, m.createTypedLiteral(meeting.date().toString(), XSDDatatype.XSDdate))
                .addProperty(DIPKG.reportedIn, source);
        for (Mention p : meeting.participants()) {
            r.addProperty(DIPKG.participant, m.createResource(entityIri(p, keys)));
        }
        for (Mention p : meeting.places()) {
            r.addProperty(Vocab.PROV_AT_LOCATION, m.createResource(entityIri(p, keys)));
        }
        return r;
    }

    private void membership(Model m, Resource person, String role, String country, DocumentAnalysis a) {
        Resource mem = m.createResource(person.getURI() + "/membership/" + country + "/" + Iris.key(role))
                .addProperty(RDF.type, Vocab.ORG_MEMBERSHIP)
                .addProperty(Vocab.ORG_MEMBER, person)
                .addProperty(Vocab.ORG_ORGANIZATION, country(m, country))
                .addProperty(Vocab.ORG_ROLE, m.createLiteral(role, "zh-Hans"));
        if (a.date() != null) {
            mem.addProperty(Vocab.DCT_DATE, m.createTypedLiteral(a.date().toString(), XSDDatatype.XSDdate));
        }
    }

    private static Resource country(Model m, String iso) {
        return m.createResource(Iris.country(iso)).addProperty(RDF.type, DIPKG.Country)
                .addProperty(DIPKG.isoCode, iso);
    }

    static String entityIri(Mention men, MergeKeys keys) {
        String path = switch (men.type()) {
            case WORKING_GROUP, MECHANISM -> "mechanism";
            default -> men.type().label();
        };
        return Iris.entity(path, keys.entityKey(men));
    }

    private static void label(Resource node, String simplified, Document doc, Span span) {
        Model m = node.getModel();
        node.addProperty(RDFS.label, m.createLiteral(simplified, "zh-Hans"));
        if ("zh-Hant".equals(doc.script())) {
            String orig = doc.originalSlice(doc.toOriginal(span)).replaceAll("\\s+", "");
            if (!orig.equals(simplified)) {
                node.addProperty(RDFS.label, m.createLiteral(orig, "zh-Hant"));
            }
        }
    }

    private static Evidence evidence(String iri, String type, String kind, String label, Document doc, Resource cit,
                                     Span span, Resource meeting) {
        String text = doc.originalSlice(doc.toOriginal(span)).replaceAll("\\s+", "");
        return new Evidence(iri, type, kind, label, doc.id(), cit.getURI(), text, doc.text(span),
                doc.text(contextOf(doc, span)), meeting == null ? null : meeting.getURI());
    }

    /** The clause before a span's clause, within its sentence, through the span's end. */
    static Span contextOf(Document doc, Span span) {
        String t = doc.analysis().text();
        // the sentence holding the span, by binary search over the sentences in order
        List<org.dipkg.text.Sentence> ss = doc.sentences();
        int lo = 0;
        int hi = ss.size() - 1;
        int floor = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (ss.get(mid).span().start() <= span.start()) {
                floor = ss.get(mid).span().start();
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        int breaks = 0;
        int k = span.start() - 1;
        for (; k >= floor; k--) {
            if ("，；：,;:".indexOf(t.charAt(k)) >= 0 && ++breaks == 2) {
                break;
            }
        }
        return new Span(Math.max(floor, k + 1), span.end());
    }

    private static Resource cite(Model m, Resource node, Document doc, Span span, Resource source, double confidence) {
        Span o = doc.toOriginal(span);
        Resource cit = m.createResource(Iris.citation(doc.id(), o.start(), o.end(), node.getURI()))
                .addProperty(RDF.type, DIPKG.Citation)
                .addProperty(RDF.type, Vocab.OA_ANNOTATION)
                .addProperty(Vocab.PROV_WAS_DERIVED_FROM, source)
                .addLiteral(DIPKG.confidence, m.createTypedLiteral(
                        BigDecimal.valueOf(confidence).setScale(2, RoundingMode.HALF_UP)));
        Resource quote = m.createResource(cit.getURI() + "#quote")
                .addProperty(RDF.type, Vocab.OA_TEXT_QUOTE_SELECTOR)
                .addProperty(Vocab.OA_EXACT, doc.originalSlice(o))
                .addProperty(Vocab.OA_PREFIX, doc.originalSlice(new Span(Math.max(0, o.start() - QUOTE_CONTEXT), o.start())))
                .addProperty(Vocab.OA_SUFFIX, doc.originalSlice(new Span(o.end(),
                        Math.min(doc.originalCodePoints(), o.end() + QUOTE_CONTEXT))));
        Resource position = m.createResource(cit.getURI() + "#position")
                .addProperty(RDF.type, Vocab.OA_TEXT_POSITION_SELECTOR)
                .addLiteral(Vocab.OA_START, m.createTypedLiteral(o.start(), XSDDatatype.XSDnonNegativeInteger))
                .addLiteral(Vocab.OA_END, m.createTypedLiteral(o.end(), XSDDatatype.XSDnonNegativeInteger));
        Resource target = m.createResource(cit.getURI() + "#target")
                .addProperty(RDF.type, Vocab.OA_SPECIFIC_RESOURCE)
                .addProperty(Vocab.OA_HAS_SOURCE, source)
                .addProperty(Vocab.OA_HAS_SELECTOR, quote)
                .addProperty(Vocab.OA_HAS_SELECTOR, position);
        cit.addProperty(Vocab.OA_HAS_TARGET, target);
        node.addProperty(DIPKG.evidence, cit);
        node.addProperty(Vocab.PROV_WAS_DERIVED_FROM, source);
        return cit;
    }

    private static MentionRow row(Document doc, String type, String kind, String party, String action, String set,
                                  Span span, String node, double confidence) {
        Span o = doc.toOriginal(span);
        return new MentionRow(doc.id(), type, kind, party, action, set, doc.originalSlice(o), o.start(), o.end(), node,
                confidence);
    }

    private static Resource typeOf(EntityType t) {
        return switch (t) {
            case PERSON -> DIPKG.Person;
            case ORGANIZATION -> DIPKG.Organization;
            case PLACE -> DIPKG.Place;
            case MECHANISM -> DIPKG.Mechanism;
            case WORKING_GROUP -> DIPKG.WorkingGroup;
            case DOCUMENT -> DIPKG.NamedDocument;
        };
    }

    private static Resource kindClass(CommitmentKind k) {
        return switch (k) {
            case AGREEMENT -> DIPKG.Agreement;
            case PLEDGE -> DIPKG.Pledge;
            case PROPOSAL -> DIPKG.Proposal;
            case PRINCIPLE -> DIPKG.Principle;
            case POSITION -> DIPKG.Position;
            case UNILATERAL -> DIPKG.UnilateralMeasure;
        };
    }
}
