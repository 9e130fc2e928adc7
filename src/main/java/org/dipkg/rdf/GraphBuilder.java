package org.dipkg.rdf;

import org.dipkg.rules.RuleData;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.mem2.GraphMem2Roaring;
import org.apache.jena.mem2.IndexingStrategy;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
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
 * Builds one graph from the analyses of all documents: a named graph per source document (when asked)
 * and the merged default graph, in which the same entity, commitment or set stated by several sources is
 * one node with a citation per source span; also returns the rows of mentions.csv.
 *
 * <p>The graph is built as a stream: {@link #part} makes one document's triples from its analysis alone
 * (on any thread), {@link #add} takes the parts in document order, after which nothing of the document's
 * text is kept, and {@link #finish} applies the merges that need all documents (renaming the few nodes
 * whose keys merge), counts sources and members, and finds where sources differ.
 */
public final class GraphBuilder {
    private static final int QUOTE_CONTEXT = 16;

    /** The built graph, the table of mentions, and where the sources differ. */
    public record Built(Dataset dataset, List<MentionRow> rows, Variance variance) {
    }

    /** One document's part of the graph, with provisional IRIs for the nodes whose keys may merge. */
    public static final class Part {
        private final String doc;
        private final List<Triple> triples;
        private final String meeting;
        private final List<MentionRow> rows;
        private final Set<String> stated;
        private final Map<String, Set<String>> setMembers;
        private final List<Evidence> evidence;
        private final MergeKeys.Source keys;

        private Part(String doc, List<Triple> triples, String meeting, List<MentionRow> rows, Set<String> stated,
                     Map<String, Set<String>> setMembers, List<Evidence> evidence, MergeKeys.Source keys) {
            this.doc = doc;
            this.triples = triples;
            this.meeting = meeting;
            this.rows = rows;
            this.stated = stated;
            this.setMembers = setMembers;
            this.evidence = evidence;
            this.keys = keys;
        }
    }

    private final boolean namedGraphs;
    private final boolean parallelIndex;
    private final Triples.Nodes nodes = new Triples.Nodes();
    /**
     * The merged graph keeps its triples in one set while the parts come in and builds its indexes in
     * {@link #finish} (two of the three on other threads when the parts were made on several): Jena's
     * default graph updates three indexes at every add, whose tables outgrow the processor's caches and
     * cost the collector more (see README, "Performance").
     */
    private final GraphMem2Roaring merged = new GraphMem2Roaring(IndexingStrategy.MANUAL);
    private final Map<String, Graph> perSource = new LinkedHashMap<>();
    private final List<MentionRow> rows = new ArrayList<>();
    private final Map<String, Set<String>> sourcesOf = new HashMap<>();
    private final Map<String, Set<String>> setMembers = new HashMap<>();
    private final List<Evidence> evidence = new ArrayList<>();
    private final Map<String, String> meetingOfDoc = new TreeMap<>();
    private final List<MergeKeys.Source> keySources = new ArrayList<>();
    private boolean finished;
    private final KeyRules keyRules;

    /** A builder that keeps a named graph per source besides the merged graph. */
    public GraphBuilder() {
        this(true);
    }

    /** Without {@code namedGraphs} only the merged default graph is kept, which halves the memory a large corpus needs. */
    public GraphBuilder(boolean namedGraphs) {
        this(namedGraphs, false);
    }

    /**
     * With {@code parallelIndex} the merged graph's three indexes are built at once when the graph is
     * finished, two of them on other threads; without, one after another on the finishing thread.
     */
    public GraphBuilder(boolean namedGraphs, boolean parallelIndex) {
        this(namedGraphs, parallelIndex, RuleData.bundled());
    }

    /** A builder whose merge keys follow the rule tables of {@code data} (a user's lexicon included). */
    public GraphBuilder(boolean namedGraphs, boolean parallelIndex, RuleData data) {
        this.namedGraphs = namedGraphs;
        this.parallelIndex = parallelIndex;
        this.keyRules = new KeyRules(data);
    }

    /** The whole graph of a list of analyses at once, in document-id order. */
    public Built build(List<DocumentAnalysis> analyses) {
        List<DocumentAnalysis> sorted = new ArrayList<>(analyses);
        sorted.sort(Comparator.comparing(a -> a.document().id()));
        for (DocumentAnalysis a : sorted) {
            add(part(a));
        }
        return finish();
    }

    /** Takes one document's part; parts must come in document-id order for the output to be the same every run. */
    public synchronized void add(Part p) {
        if (finished) {
            throw new IllegalStateException("the graph is finished");
        }
        for (Triple t : p.triples) {
            merged.add(t);
        }
        if (namedGraphs) {
            Graph g = GraphFactory.createDefaultGraph();
            p.triples.forEach(g::add);
            perSource.put(Iris.source(p.doc), g);
        }
        meetingOfDoc.put(p.doc, p.meeting);
        rows.addAll(p.rows);
        evidence.addAll(p.evidence);
        for (String n : p.stated) {
            sourcesOf.computeIfAbsent(n, k -> new HashSet<>()).add(p.doc);
        }
        p.setMembers.forEach((k, v) -> setMembers.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
        keySources.add(p.keys);
    }

    /** Applies the merges that need every document, adds counts, preferred labels and variance. */
    public synchronized Built finish() {
        finished = true;
        if (parallelIndex) {
            merged.initializeIndexParallel();
        } else {
            merged.initializeIndex();
        }
        MergeKeys keys = new MergeKeys(keySources);
        Map<String, String> renames = keys.renames();
        if (!renames.isEmpty()) {
            rename(renames, keys.setRenames());
        } else {
            // no merge to apply: the rows' set column still shows the set's label, not its key
            rows.replaceAll(r -> r.set().equals(setLabel(r.set())) ? r : new MentionRow(r.doc(), r.type(), r.kind(),
                    r.party(), r.action(), setLabel(r.set()), r.text(), r.start(), r.end(), r.node(), r.confidence()));
        }
        for (String n : new TreeSet<>(sourcesOf.keySet())) {
            merged.add(Triple.create(nodes.uri(n), DIPKG.sourceCount.asNode(), nodes.integer(sourcesOf.get(n).size())));
        }
        for (String s : new TreeSet<>(setMembers.keySet())) {
            Node set = nodes.uri(s);
            int count = setMembers.get(s).size();
            merged.add(Triple.create(set, DIPKG.memberCount.asNode(), nodes.integer(count)));
            // a set whose sources state different sizes is complete when the smallest stated size is met
            Integer stated = null;
            for (Triple t : merged.find(set, DIPKG.statedSize.asNode(), Node.ANY).toList()) {
                int n = ((Number) t.getObject().getLiteralValue()).intValue();
                stated = stated == null ? n : Math.min(stated, n);
            }
            if (stated != null) {
                merged.add(Triple.create(set, DIPKG.complete.asNode(),
                        nodes.typed(Boolean.toString(stated == count), XSDDatatype.XSDboolean)));
            }
        }
        preferredLabels(merged, nodes);
        Dataset ds = DatasetFactory.wrap(org.apache.jena.sparql.core.DatasetGraphFactory.create(merged));
        Vocab.prefixes(ds.getDefaultModel());
        perSource.forEach((iri, g) -> ds.asDatasetGraph().addGraph(nodes.uri(iri), g));
        perSource.clear();
        Variance variance = new VarianceFinder().find(evidence, meetingOfDoc, ds.getDefaultModel());
        return new Built(ds, rows, variance);
    }

    /** Gives the merged IRIs to the nodes whose keys merged, in the graphs and the side tables. */
    private void rename(Map<String, String> renames, Map<String, String> setKeys) {
        Map<Node, Node> byNode = new HashMap<>();
        renames.forEach((k, v) -> byNode.put(nodes.uri(k), nodes.uri(v)));
        List<Graph> graphs = new ArrayList<>();
        graphs.add(merged);
        graphs.addAll(perSource.values());
        for (Graph g : graphs) {
            Set<Triple> touched = new LinkedHashSet<>();
            for (Node from : byNode.keySet()) {
                g.find(from, Node.ANY, Node.ANY).forEachRemaining(touched::add);
                g.find(Node.ANY, Node.ANY, from).forEachRemaining(touched::add);
            }
            for (Triple t : touched) {
                g.delete(t);
            }
            for (Triple t : touched) {
                g.add(Triple.create(byNode.getOrDefault(t.getSubject(), t.getSubject()), t.getPredicate(),
                        byNode.getOrDefault(t.getObject(), t.getObject())));
            }
        }
        // a part has one row per node, so only rows of a merged node can meet another of their document
        Set<String> targets = new HashSet<>(renames.values());
        Set<String> seen = new HashSet<>();
        List<MentionRow> renamed = new ArrayList<>(rows.size());
        for (MentionRow r : rows) {
            String node = renames.getOrDefault(r.node(), r.node());
            String set = setLabel(setKeys.getOrDefault(r.set(), r.set()));
            MentionRow n = node.equals(r.node()) && set.equals(r.set()) ? r : new MentionRow(r.doc(), r.type(),
                    r.kind(), r.party(), r.action(), set, r.text(), r.start(), r.end(), node, r.confidence());
            if (!targets.contains(node) || seen.add(n.doc() + " " + node)) {
                renamed.add(n);
            }
        }
        rows.clear();
        rows.addAll(renamed);
        evidence.replaceAll(e -> renames.containsKey(e.node()) ? e.withNode(renames.get(e.node())) : e);
        renameKeys(sourcesOf, renames);
        renameKeys(setMembers, renames);
        setMembers.values().forEach(members -> {
            Set<String> copy = new HashSet<>();
            members.forEach(m -> copy.add(renames.getOrDefault(m, m)));
            members.clear();
            members.addAll(copy);
        });
    }

    private static void renameKeys(Map<String, Set<String>> map, Map<String, String> renames) {
        for (Map.Entry<String, String> r : renames.entrySet()) {
            Set<String> v = map.remove(r.getKey());
            if (v != null) {
                map.computeIfAbsent(r.getValue(), k -> new HashSet<>()).addAll(v);
            }
        }
    }

    /** What one document's part is being made of: its triples and the side tables for the whole graph. */
    private static final class Draft {
        final Triples t;
        final Document doc;
        final Node source;
        final List<MentionRow> rows = new ArrayList<>();
        final Set<String> stated = new LinkedHashSet<>();
        final Map<String, Set<String>> setMembers = new TreeMap<>();
        final List<Evidence> evidence = new ArrayList<>();
        /** Facts already stated in this part (a node's type, a label, a country), so each is made once. */
        final Set<String> done = new HashSet<>();
        /** What the merge rule reads of this document: its mechanisms' keys and its commitments' keys. */
        final Set<String> mechanismKeys = new TreeSet<>();
        final List<MergeKeys.CommitmentKey> commitmentKeys = new ArrayList<>();
        /** The parties the document's meeting is between ({@link #sides}). */
        final java.util.SortedSet<String> sides;

        /** The nodes said to be derived from this document. */
        final Set<Node> derived = new HashSet<>();
        /** What the IRIs of this document's citations start with. */
        final String citations;

        Draft(Triples t, Document doc, java.util.SortedSet<String> sides) {
            this.t = t;
            this.doc = doc;
            this.sides = sides;
            this.source = t.uri(Iris.source(doc.id()));
            this.citations = Iris.citations(doc.id());
        }

        boolean first(String fact) {
            return done.add(fact);
        }
    }

    /**
     * The sides of a document's meeting: the two parties its commitments name most (with their addressees),
     * ties by code, or, when they name fewer, those with the states of the meeting's participants, else of
     * the people the document names most. A readout that gives one side's words alone is still of a meeting
     * of both, so its pledges merge with those of the pair's other meetings.
     */
    static java.util.SortedSet<String> sides(DocumentAnalysis a) {
        java.util.SortedSet<String> named = sides(a.commitments());
        if (named.size() < 2 && a.meeting() != null) {
            a.meeting().participants().stream().map(Mention::country).filter(java.util.Objects::nonNull).forEach(named::add);
        }
        if (named.size() < 2) {
            Map<String, Integer> people = new TreeMap<>();
            for (Mention m : a.mentions()) {
                if (m.type() == EntityType.PERSON && m.country() != null && !named.contains(m.country())) {
                    people.merge(m.country(), 1, Integer::sum);
                }
            }
            people.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(2 - named.size())
                    .forEach(e -> named.add(e.getKey()));
        }
        return named;
    }

    /** The two parties a document's commitments name most (with their addressees), ties by code. */
    static java.util.SortedSet<String> sides(List<Commitment> commitments) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Commitment c : commitments) {
            c.parties().forEach(p -> counts.merge(p, 1, Integer::sum));
            c.addressee().forEach(p -> counts.merge(p, 1, Integer::sum));
        }
        return counts.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(2)
                .map(Map.Entry::getKey).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    /** One document's triples and side tables, from its analysis alone; safe to call on several threads at once. */
    public Part part(DocumentAnalysis a) {
        Draft d = new Draft(new Triples(nodes), a.document(), sides(a));
        String meeting = addDocument(a, d);
        return new Part(a.document().id(), d.t.list(), meeting, d.rows, d.stated, d.setMembers, d.evidence,
                new MergeKeys.Source(a.document().id(), d.mechanismKeys, d.commitmentKeys));
    }

    private String addDocument(DocumentAnalysis a, Draft d) {
        Triples t = d.t;
        Triples.Nodes n = t.nodes();
        Document doc = a.document();
        Node source = d.source;
        t.add(source, RDF.type, DIPKG.SourceDocument)
                .add(source, DIPKG.path, n.string(doc.id()))
                .add(source, DIPKG.script, n.string(doc.script()))
                .add(source, DIPKG.sha256, n.string(doc.sha256()));
        if (!a.title().isEmpty()) {
            t.add(source, Vocab.DCT_TITLE, n.text(a.title(), doc.script()));
        }
        if (a.date() != null) {
            t.add(source, Vocab.DCT_DATE, n.typed(a.date().toString(), XSDDatatype.XSDdate));
            if (a.dateSource() != null) {
                t.add(source, DIPKG.dateSource, n.string(a.dateSource()));
            }
        }
        if (a.url() != null) {
            t.add(source, org.apache.jena.vocabulary.DCTerms.source, t.uri(a.url()));
        }
        if (a.language() != null) {
            t.add(source, org.apache.jena.vocabulary.DCTerms.language, n.string(a.language()));
        }
        int article = doc.id().lastIndexOf('#');
        if (article > 0) {
            // an article of a file that holds several: the file is a node of its own, each article part of it
            String fileId = doc.id().substring(0, article);
            Node file = t.uri(Iris.source(fileId));
            t.add(source, org.apache.jena.vocabulary.DCTerms.isPartOf, file)
                    .add(file, RDF.type, DIPKG.SourceFile)
                    .add(file, DIPKG.path, n.string(fileId));
        }
        if (a.publisher() != null) {
            t.add(source, DIPKG.publisherName, n.text(a.publisher(), "zh-Hans"));
        }
        Node meeting = meeting(a, d);
        for (Mention men : a.mentions()) {
            String key = keyRules.provisionalEntityKey(men, d.sides);
            if (KeyRules.isMechanism(men)) {
                d.mechanismKeys.add(key);
            }
            String iri = entityIri(men.type(), key);
            Node node = t.uri(iri);
            boolean firstHere = d.first(iri);
            label(d, iri, node, men.label(), men.span());
            if (firstHere) {
                t.add(node, RDF.type, typeOf(men.type()));
                if (men.known() != null) {
                    if (!men.known().en().isEmpty()) {
                        t.add(node, RDFS.label, n.text(men.known().en(), "en"));
                    }
                    if (!men.known().wikidata().isEmpty()) {
                        t.add(node, OWL.sameAs, t.uri("http://www.wikidata.org/entity/" + men.known().wikidata()));
                    }
                }
            }
            if (KeyRules.isMechanism(men) && firstHere) {
                for (String code : KeyRules.pairOf(key)) {
                    t.add(node, DIPKG.between, country(d, code));
                }
            }
            if (men.country() != null && d.first(iri + " country " + men.country())) {
                t.add(node, DIPKG.country, country(d, men.country()));
            }
            if (men.type() == EntityType.PERSON) {
                String role = men.role() != null ? men.role() : men.known() != null ? men.known().role() : null;
                if (role != null && !role.isEmpty() && d.first(iri + " role " + role)) {
                    t.add(node, DIPKG.role, n.text(role, "zh-Hans"));
                    if (men.country() != null) {
                        membership(d, iri, role, men.country(), a);
                    }
                }
            }
            boolean item = men.type() == EntityType.MECHANISM || men.type() == EntityType.WORKING_GROUP
                    || men.type() == EntityType.DOCUMENT;
            // items are cited at every span; people, places and organisations at their first span per source
            if (item || firstHere) {
                String cit = cite(d, node, men.span(), men.confidence());
                if (item && men.type() != EntityType.DOCUMENT) {
                    d.evidence.add(evidence(iri, men.type().label(), "", men.label(), doc, cit, men.span(), meeting));
                }
            }
            d.stated.add(iri);
            if (firstHere) {
                d.rows.add(row(doc, men.type().label(), "", "", "", "", men.span(), iri, men.confidence()));
            }
        }
        Map<String, String> speakers = new HashMap<>();
        for (Mention men : a.mentions()) {
            if (men.type() == EntityType.PERSON) {
                speakers.putIfAbsent(men.label(), entityIri(men, d.sides));
            }
        }
        Map<String, Long> statedSizes = new TreeMap<>();
        java.util.SortedSet<String> sides = d.sides;
        for (Commitment c : a.commitments()) {
            MergeKeys.CommitmentKey key = keyRules.commitmentKeyOf(c, doc.id(), sides);
            d.commitmentKeys.add(key);
            String iri = Iris.commitment(key.provisional());
            Node node = t.uri(iri);
            boolean firstHere = d.first(iri);
            if (firstHere) {
                t.add(node, RDF.type, DIPKG.Commitment)
                        .add(node, RDF.type, kindClass(c.kind()))
                        .add(node, DIPKG.kind, n.string(c.kind().label()))
                        .add(node, DIPKG.action, t.uri(DIPKG.NS + "action-" + c.action()))
                        .add(node, DIPKG.polarity, c.negative() ? DIPKG.polarity_negative : DIPKG.polarity_positive);
                if (meeting != null) {
                    t.add(node, DIPKG.madeAt, meeting);
                }
            }
            t.add(node, DIPKG.objectText, n.text(c.object(), "zh-Hans"));
            label(d, iri, node, doc.text(c.span()), c.span());
            for (String p : c.parties()) {
                t.add(node, DIPKG.party, country(d, p));
            }
            for (String p : c.addressee()) {
                t.add(node, DIPKG.addressee, country(d, p));
            }
            if (c.status() != null) {
                t.add(node, DIPKG.status, t.uri(DIPKG.NS + "status-" + c.status()));
            }
            if (c.time() != null) {
                t.add(node, DIPKG.timeText, n.string(c.time()));
            }
            if (c.condition() != null) {
                t.add(node, DIPKG.condition, n.text(c.condition(), "zh-Hans"));
            }
            String speaker = c.speaker() == null ? null : speakers.get(c.speaker());
            if (speaker != null) {
                t.add(node, DIPKG.speaker, t.uri(speaker));
            }
            for (Mention o : c.objects()) {
                t.add(node, DIPKG.concerns, t.uri(entityIri(o, d.sides)));
            }
            String setKey = "";
            if (c.set() != null) {
                setKey = key.set();
                String setIri = Iris.set(setKey);
                Node set = t.uri(setIri);
                if (d.first(setIri)) {
                    t.add(set, RDF.type, DIPKG.CountedSet);
                }
                if (d.first(setIri + " label " + c.set().key())) {
                    t.add(set, RDFS.label, n.text(c.set().key(), "zh-Hans"));
                }
                if (c.set().statedSize() > 0) {
                    statedSizes.put(setIri, (long) c.set().statedSize()); // the last size the source states
                }
                t.add(node, DIPKG.memberOf, set);
                if (d.stated.add(setIri)) {
                    cite(d, set, c.set().span(), 0.8); // where the source names or opens the set
                }
                d.setMembers.computeIfAbsent(setIri, k -> new TreeSet<>()).add(iri);
            }
            String cit = cite(d, node, c.span(), c.confidence());
            statement(d, a, node, c, cit, speaker, meeting);
            d.evidence.add(evidence(iri, "Commitment", c.kind().label(), doc.text(c.span()), doc, cit, c.span(), meeting));
            d.stated.add(iri);
            if (firstHere) {
                d.rows.add(row(doc, "Commitment", c.kind().label(), c.partyKey(), c.action(), setKey, c.span(), iri,
                        c.confidence()));
            }
        }
        statedSizes.forEach((set, size) -> t.add(t.uri(set), DIPKG.statedSize, n.integer(size)));
        return meeting == null ? null : meeting.getURI();
    }

    /** The label part of a set's key (五点承诺 of 五点承诺/001.txt), as the mentions table shows it. */
    static String setLabel(String setKey) {
        int at = setKey.indexOf(KeyRules.SET_SCOPE);
        return at < 0 ? setKey : setKey.substring(0, at);
    }

    /** Where mechanism IRIs start; one of a pair has its pair next ({@code mechanism/CN+US/…}). */
    private static final String PAIRED_MECHANISMS = Iris.BASE + "mechanism/";

    /**
     * Gives every labelled node one skos:prefLabel per language: the label whose key is the node's own
     * key when there is one (the merged node's canonical wording), else the shortest; a mechanism of a pair
     * is named in full, by its longest label that ends in its own key (中法海洋合作对话, not
     * 海洋合作对话).
     */
    private static void preferredLabels(Graph g, Triples.Nodes nodes) {
        Map<Node, List<Node>> labels = new LinkedHashMap<>();
        g.find(Node.ANY, RDFS.label.asNode(), Node.ANY)
                .forEachRemaining(t -> labels.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t.getObject()));
        List<Triple> out = new ArrayList<>();
        labels.forEach((node, ls) -> {
            String own = node.isURI() ? node.getURI().substring(node.getURI().lastIndexOf('/') + 1) : "";
            boolean ofPair = node.isURI() && node.getURI().startsWith(PAIRED_MECHANISMS)
                    && node.getURI().indexOf('/', PAIRED_MECHANISMS.length()) > 0;
            Map<String, String> best = new TreeMap<>();
            for (Node l : ls) {
                String lang = l.getLiteralLanguage();
                String label = l.getLiteralLexicalForm();
                String cur = best.get(lang);
                if (ofPair) {
                    if (cur == null || Iris.key(label).endsWith(own) && (!Iris.key(cur).endsWith(own)
                            || label.length() > cur.length() || label.length() == cur.length() && label.compareTo(cur) < 0)) {
                        best.put(lang, label);
                    }
                    continue;
                }
                boolean ownKey = Iris.key(label).equals(own);
                if (cur == null || ownKey && !Iris.key(cur).equals(own)
                        || !Iris.key(cur).equals(own) && (label.length() < cur.length()
                        || label.length() == cur.length() && label.compareTo(cur) < 0)) {
                    best.put(lang, label);
                }
            }
            best.forEach((lang, label) -> out.add(Triple.create(node, Vocab.SKOS_PREF_LABEL.asNode(),
                    lang.isEmpty() ? nodes.string(label) : nodes.text(label, lang))));
        });
        out.forEach(g::add);
    }

    /**
     * One source's saying of a commitment: what the source makes of it (kind, status), who said it, when
     * and at which meeting, with the citation of the span. A commitment merged across sources keeps one
     * statement per source span, so its history over the years can be read in order.
     */
    private static void statement(Draft d, DocumentAnalysis a, Node commitment, Commitment c, String citation,
                                  String speaker, Node meeting) {
        Triples t = d.t;
        Span o = d.doc.toOriginal(c.span());
        Node s = t.uri(Iris.statement(d.doc.id(), o.start(), o.end()));
        t.add(s, RDF.type, DIPKG.Statement)
                .add(s, DIPKG.states, commitment)
                .add(s, DIPKG.kind, t.nodes().string(c.kind().label()))
                .add(s, DIPKG.evidence, t.uri(citation))
                .add(s, Vocab.PROV_WAS_DERIVED_FROM, d.source);
        if (c.status() != null) {
            t.add(s, DIPKG.status, t.uri(DIPKG.NS + "status-" + c.status()));
        }
        if (a.date() != null) {
            t.add(s, Vocab.DCT_DATE, t.nodes().typed(a.date().toString(), XSDDatatype.XSDdate));
        }
        if (meeting != null) {
            t.add(s, DIPKG.statedAt, meeting);
        }
        if (speaker != null) {
            t.add(s, DIPKG.speaker, t.uri(speaker));
        }
    }

    /** The meeting the document reports: its date, places and leaders. */
    private Node meeting(DocumentAnalysis a, Draft d) {
        Meeting meeting = a.meeting();
        if (meeting == null) {
            return null;
        }
        Triples t = d.t;
        Set<String> countries = new TreeSet<>();
        meeting.participants().forEach(p -> countries.add(p.country()));
        Node r = t.uri(Iris.meeting(meeting.date() + "-" + String.join("-", countries)));
        t.add(r, RDF.type, DIPKG.Meeting)
                .add(r, DIPKG.meetingDate, t.nodes().typed(meeting.date().toString(), XSDDatatype.XSDdate))
                .add(r, DIPKG.meetingKind, t.nodes().string(meeting.kind()))
                .add(r, DIPKG.reportedIn, d.source);
        for (Mention p : meeting.participants()) {
            t.add(r, DIPKG.participant, t.uri(entityIri(p, d.sides)));
        }
        for (Mention p : meeting.places()) {
            t.add(r, Vocab.PROV_AT_LOCATION, t.uri(entityIri(p, d.sides)));
        }
        return r;
    }

    private static void membership(Draft d, String person, String role, String country, DocumentAnalysis a) {
        Triples t = d.t;
        Node mem = t.uri(person + "/membership/" + country + "/" + Iris.key(role));
        t.add(mem, RDF.type, Vocab.ORG_MEMBERSHIP)
                .add(mem, Vocab.ORG_MEMBER, t.uri(person))
                .add(mem, Vocab.ORG_ORGANIZATION, country(d, country))
                .add(mem, Vocab.ORG_ROLE, t.nodes().text(role, "zh-Hans"));
        if (a.date() != null) {
            t.add(mem, Vocab.DCT_DATE, t.nodes().typed(a.date().toString(), XSDDatatype.XSDdate));
        }
    }

    /** A country's node, described once per document. */
    private static Node country(Draft d, String iso) {
        Node c = d.t.uri(Iris.country(iso));
        if (d.first("country " + iso)) {
            d.t.add(c, RDF.type, DIPKG.Country).add(c, DIPKG.isoCode, d.t.nodes().string(iso));
        }
        return c;
    }

    /**
     * An entity's IRI by its key before merging, in a document between {@code sides}: {@link #finish} renames
     * the few whose keys merge.
     */
    String entityIri(Mention men, java.util.SortedSet<String> sides) {
        return entityIri(men.type(), keyRules.provisionalEntityKey(men, sides));
    }

    private static String entityIri(EntityType type, String key) {
        String path = switch (type) {
            case WORKING_GROUP, MECHANISM -> "mechanism";
            default -> type.label();
        };
        return Iris.entity(path, key);
    }

    /** A node's Simplified label, and its Traditional wording when the source is Traditional; each once per document. */
    private static void label(Draft d, String iri, Node node, String simplified, Span span) {
        Triples t = d.t;
        if (d.first(iri + " label " + simplified)) {
            t.add(node, RDFS.label, t.nodes().text(simplified, "zh-Hans"));
        }
        if ("zh-Hant".equals(d.doc.script())) {
            String orig = withoutSpaces(d.doc.originalSlice(d.doc.toOriginal(span)));
            if (!orig.equals(simplified) && d.first(iri + " hant " + orig)) {
                t.add(node, RDFS.label, t.nodes().text(orig, "zh-Hant"));
            }
        }
    }

    private static Evidence evidence(String iri, String type, String kind, String label, Document doc, String cit,
                                     Span span, Node meeting) {
        String text = withoutSpaces(doc.originalSlice(doc.toOriginal(span)));
        return new Evidence(iri, type, kind, label, doc.id(), cit, text, doc.text(span),
                doc.text(contextOf(doc, span)), meeting == null ? null : meeting.getURI());
    }

    /** The text without its spaces, tabs and line breaks (a source's line breaks inside a span); most have none. */
    static String withoutSpaces(String s) {
        int i = 0;
        while (i < s.length() && !isSpace(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }

    /** What the regular expression {@code \s} matches. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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

    /**
     * Cites a node at a span: a citation with a quote and a position selector; returns the citation's IRI.
     * A citation's nodes and quotes belong to it alone, so they are made without the shared cache.
     */
    private static String cite(Draft d, Node node, Span span, double confidence) {
        Triples t = d.t;
        Triples.Nodes n = t.nodes();
        Document doc = d.doc;
        Span o = doc.toOriginal(span);
        String citIri = Iris.citation(d.citations, o.start(), o.end(), node.getURI());
        Node cit = NodeFactory.createURI(citIri);
        Node quote = NodeFactory.createURI(citIri + "#quote");
        Node position = NodeFactory.createURI(citIri + "#position");
        Node target = NodeFactory.createURI(citIri + "#target");
        t.add(cit, RDF.type, DIPKG.Citation)
                .add(cit, RDF.type, Vocab.OA_ANNOTATION)
                .add(cit, Vocab.PROV_WAS_DERIVED_FROM, d.source)
                .add(cit, DIPKG.confidence, n.confidence(confidence));
        t.add(quote, RDF.type, Vocab.OA_TEXT_QUOTE_SELECTOR)
                .add(quote, Vocab.OA_EXACT, Triples.string(doc.originalSlice(o)))
                .add(quote, Vocab.OA_PREFIX, Triples.string(doc.originalSlice(
                        new Span(Math.max(0, o.start() - QUOTE_CONTEXT), o.start()))))
                .add(quote, Vocab.OA_SUFFIX, Triples.string(doc.originalSlice(new Span(o.end(),
                        Math.min(doc.originalCodePoints(), o.end() + QUOTE_CONTEXT)))));
        t.add(position, RDF.type, Vocab.OA_TEXT_POSITION_SELECTOR)
                .add(position, Vocab.OA_START, n.offset(o.start()))
                .add(position, Vocab.OA_END, n.offset(o.end()));
        t.add(target, RDF.type, Vocab.OA_SPECIFIC_RESOURCE)
                .add(target, Vocab.OA_HAS_SOURCE, d.source)
                .add(target, Vocab.OA_HAS_SELECTOR, quote)
                .add(target, Vocab.OA_HAS_SELECTOR, position);
        t.add(cit, Vocab.OA_HAS_TARGET, target)
                .add(node, DIPKG.evidence, cit);
        if (d.derived.add(node)) {
            t.add(node, Vocab.PROV_WAS_DERIVED_FROM, d.source);
        }
        return citIri;
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
