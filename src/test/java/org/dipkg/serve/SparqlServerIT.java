package org.dipkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The endpoint over HTTP, with the defaults a user gets, on a free port of the loopback interface. */
class SparqlServerIT {
    static SparqlServer server;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";

    @BeforeAll
    static void start() {
        server = SparqlServer.start(SeedGraph.get(), new SparqlServer.Options("127.0.0.1", 0, Duration.ofSeconds(2),
                false, 0), QueryCatalog.load().all());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String contentType, String body, String accept)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String q(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    void listensOnTheLoopbackInterfaceOnly() {
        assertEquals("127.0.0.1", server.boundHost());
    }

    @Test
    void answersQueriesByGetAndByBothKindsOfPost() throws Exception {
        HttpResponse<String> g = get("/sparql?query=" + q(COUNT), "application/sparql-results+json");
        assertEquals(200, g.statusCode());
        assertTrue(g.body().contains("\"n\""));
        assertEquals(200, post("/sparql", "application/sparql-query", COUNT, "application/sparql-results+json").statusCode());
        assertEquals(200, post("/sparql", "application/x-www-form-urlencoded", "query=" + q(COUNT), null).statusCode());
    }

    @Test
    void negotiatesTheResultFormat() throws Exception {
        for (var c : List.of(List.of("text/csv", "n\r\n"), List.of("text/tab-separated-values", "?n"),
                List.of("application/sparql-results+xml", "<sparql"))) {
            HttpResponse<String> r = get("/sparql?query=" + q(COUNT), c.get(0));
            assertEquals(200, r.statusCode(), c.get(0));
            assertTrue(r.body().startsWith(c.get(1)) || r.body().contains(c.get(1)), c.get(0) + ": " + r.body());
        }
    }

    @Test
    void servesTheGraphsReadOnlyThroughTheGraphStoreProtocol() throws Exception {
        HttpResponse<String> r = get("/sparql/data?default", "application/n-triples");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("https://dipkg.org/id/"));
        HttpRequest put = HttpRequest.newBuilder(URI.create(url("/sparql/data?default")))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<a:b> <a:c> <a:d> .")).build();
        assertTrue(HTTP.send(put, HttpResponse.BodyHandlers.ofString()).statusCode() >= 400);
        assertTrue(post("/sparql/data?default", "text/turtle", "<a:b> <a:c> <a:d> .", null).statusCode() >= 400);
    }

    @Test
    void refusesUpdates() throws Exception {
        String before = get("/sparql?query=" + q(COUNT), "text/csv").body();
        assertTrue(post("/sparql", "application/x-www-form-urlencoded", "update=" + q("INSERT DATA { <a:b> <a:c> <a:d> }"),
                null).statusCode() >= 400);
        assertTrue(post("/sparql", "application/sparql-update", "INSERT DATA { <a:b> <a:c> <a:d> }", null).statusCode() >= 400);
        assertEquals(404, post("/update", "application/sparql-update", "CLEAR ALL", null).statusCode());
        assertEquals(before, get("/sparql?query=" + q(COUNT), "text/csv").body());
    }

    @Test
    void hasNoAdminModule() throws Exception {
        assertEquals(404, get("/$/datasets", null).statusCode());
        assertEquals(404, get("/$/server", null).statusCode());
    }

    @Test
    void refusesServiceToOtherEndpoints() throws Exception {
        HttpResponse<String> r = get("/sparql?query=" + q("SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"),
                null);
        assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
        assertTrue(r.body().contains("SERVICE"), r.body());
    }

    @Test
    void answersAMalformedQueryWith400AndTheParsersMessage() throws Exception {
        HttpResponse<String> r = get("/sparql?query=" + q("SELEC * WHERE"), null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Parse error"), r.body());
    }

    @Test
    void stopsASlowQueryWith503() throws Exception {
        HttpResponse<String> r = get("/sparql?query=" + q("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"),
                null);
        assertEquals(503, r.statusCode());
        assertTrue(r.body().contains("Query timed out"), r.body());
    }

    @Test
    void sendsNoCorsHeadersByDefault() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url("/sparql?query=" + q("ASK {}"))))
                .header("Origin", "http://other.example").build();
        HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertFalse(r.headers().firstValue("Access-Control-Allow-Origin").isPresent());
    }

    @Test
    void servesTheQueryPageAndItsScriptsFromTheJar() throws Exception {
        HttpResponse<String> page = get("/", null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/yasgui/build/yasgui.min.js"));
        assertTrue(page.body().contains("five-pillars"), "canned queries are offered on the page");
        assertFalse(page.body().contains("//cdn"), "nothing comes from a CDN");
        HttpResponse<String> js = get("/yasgui/build/yasgui.min.js", null);
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("application/javascript"));
        assertTrue(get("/yasgui/../../../../org/dipkg/serve/index.html", null).statusCode() >= 400);
        assertEquals(404, get("/yasgui/build/no-such-file.js", null).statusCode());
    }

    @Test
    void refusesAnOversizedRequestAndStaysUp() throws Exception {
        String huge = "query=" + q("SELECT * WHERE { ?s ?p \"" + "x".repeat(20_000_000) + "\" }");
        // the size alone is enough to refuse: announce 20 MB, send nothing, and read the answer
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 20000000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertTrue(status != null && status.startsWith("HTTP/1.1 413"), status);
        }
        // one that just sends is cut off, with a 413 or a closed connection; either way the server stays up
        try {
            int code = post("/sparql", "application/x-www-form-urlencoded", huge, null).statusCode();
            assertEquals(413, code);
        } catch (IOException closedWhileSending) {
            // the server answered and closed before the upload ended
        }
        assertEquals(200, get("/sparql?query=" + q("ASK {}"), null).statusCode());
    }

    @Test
    void answersADeeplyNestedQueryWithAStatusAndStaysUp() throws Exception {
        String nested = "SELECT * WHERE " + "{ ".repeat(20_000) + "?s ?p ?o" + " }".repeat(20_000);
        HttpResponse<String> r = post("/sparql", "application/sparql-query", nested, null);
        assertTrue(r.statusCode() == 200 || r.statusCode() >= 400 && r.statusCode() < 600, r.statusCode() + "");
        String parens = "SELECT * WHERE { ?s ?p ?o FILTER(" + "(".repeat(50_000) + "1" + ")".repeat(50_000) + ") }";
        HttpResponse<String> p = post("/sparql", "application/sparql-query", parens, null);
        assertTrue(p.statusCode() >= 200 && p.statusCode() < 600);
        assertEquals(200, get("/sparql?query=" + q("ASK {}"), null).statusCode());
    }

    @Test
    void answersThousandsOfConcurrentRequestsEachWithAStatus() throws Exception {
        int total = 2000;
        java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(64);
        java.util.concurrent.atomic.AtomicInteger ok = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger other = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger busy = new java.util.concurrent.atomic.AtomicInteger();
        List<java.util.concurrent.CompletableFuture<Void>> all = new java.util.ArrayList<>();
        for (int i = 0; i < total; i++) {
            inFlight.acquire();
            String query = i % 3 == 0 ? "SELECT * WHERE { ?s ?p ?o } LIMIT 50"
                    : i % 3 == 1 ? COUNT : "SELEC broken " + i;
            HttpRequest req = HttpRequest.newBuilder(URI.create(url("/sparql?query=" + q(query))))
                    .timeout(Duration.ofSeconds(60)).build();
            all.add(HTTP.sendAsync(req, HttpResponse.BodyHandlers.discarding()).handle((r, e) -> {
                inFlight.release();
                if (r != null && (r.statusCode() == 200 || r.statusCode() == 400)) {
                    ok.incrementAndGet();
                } else if (r != null && r.statusCode() == 503) {
                    busy.incrementAndGet(); // waited its two seconds for a slot behind the counts: told so
                } else {
                    other.incrementAndGet();
                }
                return null;
            }));
        }
        java.util.concurrent.CompletableFuture.allOf(all.toArray(new java.util.concurrent.CompletableFuture[0])).get();
        assertEquals(total, ok.get() + busy.get() + other.get());
        assertEquals(0, other.get(), "requests without a proper status");
        assertTrue(busy.get() * 10 < total, busy.get() + " of " + total + " refused as busy: most are served");
        assertEquals(200, get("/sparql?query=" + q("ASK {}"), null).statusCode());
        Runtime rt = Runtime.getRuntime();
        System.gc();
        assertTrue(rt.totalMemory() - rt.freeMemory() < 2L << 30, "heap after the burst stays bounded");
    }

    @Test
    void capsRowsAndAllowsCorsWhenAsked() throws Exception {
        try (SparqlServer capped = SparqlServer.start(SeedGraph.get(), new SparqlServer.Options("127.0.0.1", 0,
                Duration.ofSeconds(5), true, 3), List.of())) {
            HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + capped.port() + "/sparql?query="
                    + q("SELECT ?s WHERE { ?s ?p ?o }"))).header("Accept", "text/csv")
                    .header("Origin", "http://other.example").build();
            HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
            assertEquals(4, r.body().strip().split("\r\n").length, r.body());
            assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        }
    }

    /** A raw HTTP/1.1 GET with the Host header given, and the status line of the answer. */
    static String statusWithHost(String path, String host) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
        }
    }

    @Test
    void answersOnlyToTheNamesOfThisMachineSoARebindingPageCannotReachIt() throws Exception {
        String ask = "/sparql?query=" + q("ASK {}");
        assertTrue(statusWithHost(ask, "evil.example:" + server.port()).contains(" 421 "));
        assertTrue(statusWithHost(ask, "127.0.0.1:" + server.port()).contains(" 200 "));
        assertTrue(statusWithHost(ask, "localhost:" + server.port()).contains(" 200 "));
    }

    @Test
    void servesNoJsonpNoTraceAndNoDatasetOfTheCallersChoosing() throws Exception {
        assertEquals(400, get("/sparql?query=" + q("ASK {}") + "&callback=alert", null).statusCode());
        assertEquals(400, get("/sparql?query=" + q("ASK {}") + "&named-graph-uri=http://x.example/g", null).statusCode());
        assertEquals(400, get("/sparql?query=" + q("ASK {}") + "&default-graph-uri=http://x.example/g", null).statusCode());
        assertEquals(404, get("/sparql/data?graph=" + q("http://x.example/none"), null).statusCode());
        assertEquals(400, get("/sparql/data?graph=" + q("::"), null).statusCode());
        for (String path : List.of("/", "/sparql")) {
            HttpResponse<String> trace = HTTP.send(HttpRequest.newBuilder(URI.create(url(path)))
                    .method("TRACE", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(405, trace.statusCode(), path);
        }
    }

    @Test
    void withCorsAnyOriginMayReadButNeverWithCredentials() throws Exception {
        try (SparqlServer open = SparqlServer.start(SeedGraph.get(), new SparqlServer.Options("127.0.0.1", 0,
                Duration.ofSeconds(2), true, 0), List.of())) {
            HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + open.port() + "/sparql?query="
                    + q("ASK {}"))).header("Origin", "http://other.example").build();
            HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            assertFalse(r.headers().firstValue("Access-Control-Allow-Credentials").isPresent());
        }
    }

    @Test
    void refusesARegularExpressionThatCouldBacktrackForEverAndRunsAPlainOne() throws Exception {
        HttpResponse<String> bad = get("/sparql?query=" + q("ASK { FILTER(REGEX(\"" + "a".repeat(60)
                + "!\", \"^(a+)+$\")) }"), null);
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("repeats a group"), bad.body());
        assertEquals(400, get("/sparql?query=" + q("ASK { BIND(\"(a|aa)*\" AS ?p) FILTER(REGEX(\"aaaa\", ?p)) }"),
                null).statusCode());
        assertEquals(200, get("/sparql?query=" + q("ASK { ?s ?p ?o FILTER(REGEX(STR(?o), \"习近平\")) }"), null)
                .statusCode());
    }

    @Test
    void aResultTooLargeOrTooSlowToGatherGetsAnErrorStatusNeverATruncatedBody() throws Exception {
        HttpResponse<String> large = get("/sparql?query=" + q("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"),
                "application/sparql-results+json");
        assertEquals(413, large.statusCode());
        HttpResponse<String> slow = get("/sparql?query=" + q("SELECT ?a WHERE { ?a ?b ?c . ?d ?e ?f "
                + "FILTER(STR(?c) = CONCAT(STR(?f), \"!\")) }"), "application/sparql-results+json");
        assertEquals(503, slow.statusCode(), slow.body().length() > 200 ? slow.body().substring(0, 200) : slow.body());
    }

    @Test
    void aSimpleQueryStaysFastWhileExpensiveOnesAreCutOff() throws Exception {
        String expensive = "/sparql?query=" + q("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> flood = new java.util.ArrayList<>();
        for (int i = 0; i < SparqlServer.QUERY_SLOTS * 4; i++) {
            flood.add(HTTP.sendAsync(HttpRequest.newBuilder(URI.create(url(expensive))).timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofString()));
        }
        Thread.sleep(1500);
        HttpResponse<String> ask = HTTP.send(HttpRequest.newBuilder(URI.create(url("/sparql?query=" + q("ASK { ?s ?p ?o }"))))
                .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ask.statusCode(), "a simple query answered within a second under load");
        for (var f : flood) {
            assertEquals(503, f.get().statusCode(), "every expensive query refused or cut off");
        }
    }

    @Test
    void servesTheTimelineOfTheGraphItServes() throws Exception {
        HttpResponse<String> r = get("/timeline", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("echarts.init") && r.body().contains("\"2023-11-15\"")
                && r.body().contains("不寻求新冷战"), "the chart and the seeds' statements");
        assertTrue(get("/", null).body().contains("href=\"/timeline\""), "the query page links to it");
    }

    @Test
    void servesAPictureOfANodesNeighbourhoodAndSaysWhenThereIsNone() throws Exception {
        HttpResponse<String> ok = get("/graph?iri=" + q("https://dipkg.org/id/commitment/CN+US/resume/两军高层沟通"), null);
        assertEquals(200, ok.statusCode());
        assertTrue(ok.body().contains("两军高层沟通") && ok.body().contains("\"party\""), "the node, its label and its links");
        assertEquals(404, get("/graph?iri=" + q("http://x.example/none"), null).statusCode());
        assertEquals(400, get("/graph?iri=" + q("::"), null).statusCode());
    }
}
