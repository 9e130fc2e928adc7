package org.dipkg.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.dipkg.serve.QueryCatalog;
import org.dipkg.serve.SparqlServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dipkg serve}: the graph behind a read-only SPARQL endpoint with a query page. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Serve the graph: SPARQL 1.1 Protocol on /sparql (GET and POST, read-only), the query page on /.",
            "With no argument, extracts seeds/ and serves the result. Stops on Ctrl-C."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:stopped", "2:usage error", "3:no graph to serve, or the port is taken"})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LoggingMixin logging;

    @Mixin
    DataMixin source;

    @Option(names = {"-p", "--port"}, defaultValue = "3030", paramLabel = "N",
            description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "H",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
    String host;

    @Option(names = "--timeout", defaultValue = "10", paramLabel = "S",
            description = "Seconds a query may run before it is stopped with 503 (default: ${DEFAULT-VALUE}).")
    double timeout;

    @Option(names = "--cors", description = "Allow pages of other origins to query the endpoint (off by default).")
    boolean cors;

    @Option(names = "--max-rows", defaultValue = "0", paramLabel = "N",
            description = "Return at most N rows from any SELECT (default: no cap).")
    long maxRows;

    /** A warning when the server listens on more than this machine's loopback interface. */
    static java.util.Optional<String> exposure(String host) {
        boolean loopback;
        try {
            loopback = java.net.InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            loopback = false;
        }
        return loopback ? java.util.Optional.empty() : java.util.Optional.of("dipkg serve: listening on " + host
                + ", not this machine alone: whoever reaches it on this port can query the graph (read-only)");
    }

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        SparqlServer.Options options;
        try {
            options = new SparqlServer.Options(host, port, Duration.ofMillis((long) (timeout * 1000)), cors, maxRows);
        } catch (IllegalArgumentException e) {
            err.println("dipkg serve: " + e.getMessage());
            return ExitCode.USAGE;
        }
        Dataset ds = source.loadOrSay(err);
        if (ds == null) {
            return ExitCode.FAILED;
        }
        SparqlServer server;
        try {
            server = SparqlServer.start(ds, options, QueryCatalog.load().all());
        } catch (RuntimeException e) {
            err.println("dipkg serve: cannot listen on " + host + ":" + port + " (" + rootMessage(e) + ")");
            return ExitCode.FAILED;
        }
        var out = spec.commandLine().getOut();
        long triples = org.apache.jena.system.Txn.calculateRead(ds, () -> ds.getDefaultModel().size());
        out.println("dipkg: serving " + triples + " triples");
        out.println("  query page:      " + server.url());
        out.println("  SPARQL endpoint: " + server.url() + "sparql" + (options.cors() ? "  (CORS on)" : ""));
        out.println("Press Ctrl-C to stop.");
        out.flush();
        exposure(host).ifPresent(err::println);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        server.join();
        return ExitCode.OK;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
