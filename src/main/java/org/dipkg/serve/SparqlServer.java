package org.dipkg.serve;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The bundled SPARQL endpoint: embedded Fuseki serving one dataset read-only — the SPARQL 1.1 Protocol
 * on {@code /sparql} (GET and POST) and read-only Graph Store access on {@code /sparql/data} — and the
 * query page on {@code /}. Safe by default: loopback only, no update, no admin, a query timeout, no
 * SERVICE to other endpoints, no script functions, no CORS unless asked (and then never with credentials),
 * an optional row cap, request bodies of at most 1 MiB, and the checks of {@link RequestGuard}.
 */
public final class SparqlServer implements AutoCloseable {
    public static final String DATASET = "/sparql";
    /** The largest request body accepted: far more than any query, far less than a flood. */
    public static final long MAX_BODY_BYTES = 1 << 20;
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1");
    /** The most rows (or triples) a query's answer may hold: far more than a page shows, far less than memory. */
    public static final long MAX_RESULT_ROWS = 500_000;
    /** Queries that run at once: one per core, and two at least. */
    static final int QUERY_SLOTS = Math.max(2, Runtime.getRuntime().availableProcessors());

    /** What the user may change. */
    public record Options(String host, int port, Duration timeout, boolean cors, long maxRows) {
        public Options {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("--timeout must be positive");
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("--port must be between 0 and 65535");
            }
            if (maxRows < 0) {
                throw new IllegalArgumentException("--max-rows must be 0 (no cap) or more");
            }
        }

        public static Options defaults() {
            return new Options("127.0.0.1", 3030, Duration.ofSeconds(10), false, 0);
        }
    }

    private final FusekiServer server;
    private final String host;

    private SparqlServer(FusekiServer server, String host) {
        this.server = server;
        this.host = host;
    }

    public static SparqlServer start(Dataset dataset, Options o, List<CannedQuery> queries) {
        // No SERVICE to remote endpoints, and no JavaScript functions, whatever the caller's settings.
        ARQ.getContext().set(ARQ.httpServiceAllowed, false);
        System.clearProperty(ARQ.systemPropertyScripting);
        Context cxt = new Context();
        cxt.set(ARQ.queryTimeout, Long.toString(o.timeout().toMillis()));
        cxt.set(ARQ.httpServiceAllowed, false);
        OperationRegistry ops = OperationRegistry.createStd();
        ops.register(Operation.Query, org.apache.jena.riot.WebContent.contentTypeSPARQLQuery,
                new BoundedQuery(o.maxRows(), MAX_RESULT_ROWS, QUERY_SLOTS));
        // the timeout travels with the dataset, where the query operation looks for it
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(o.timeout().toMillis()));
        dataset.getContext().set(ARQ.httpServiceAllowed, false);
        DataService service = DataService.newBuilder(dataset.asDatasetGraph())
                .addEndpoint(Operation.Query, "")
                .addEndpoint(Operation.GSP_R, "")
                .addEndpoint(Operation.GSP_R, "data")
                .build();
        boolean loopback = LOOPBACK.contains(o.host());
        FusekiServer server = FusekiServer.create(ops, cxt)
                .port(o.port())
                .loopback(loopback)
                .enableCors(false) // RequestGuard answers CORS itself, never with credentials
                .enablePing(true)
                .enableStats(false)
                .enableMetrics(false)
                .enableTasks(false)
                .enableCompact(false)
                .verbose(false)
                .add(DATASET, service)
                .addFilter("/*", new BodyLimitFilter(MAX_BODY_BYTES)) // before anything reads a body
                .addFilter("/*", new RequestGuard(dataset, loopback, o.cors()))
                .addFilter("/*", new PageFilter(queries, dataset))
                .build();
        // bind exactly: 127.0.0.1 by default (not "localhost", which may also mean ::1), else what was asked
        String bind = loopback ? (o.host().equals("::1") ? "::1" : "127.0.0.1") : o.host().equals("*") ? null : o.host();
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(bind);
            }
        }
        server.start();
        return new SparqlServer(server, bind == null ? "0.0.0.0" : bind);
    }

    public int port() {
        return server.getHttpPort();
    }

    /** The address the server listens on. */
    public String boundHost() {
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                return sc.getHost();
            }
        }
        return host;
    }

    public String url() {
        String h = host.equals("0.0.0.0") || host.equals("*") || host.equals("::") ? "127.0.0.1" : host;
        return "http://" + (h.contains(":") ? "[" + h + "]" : h) + ":" + port() + "/";
    }

    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}
