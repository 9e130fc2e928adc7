package org.dipkg.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.dipkg.bench.EndpointLoad;
import org.dipkg.serve.QueryCatalog;
import org.dipkg.serve.SparqlServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dipkg bench}: measured benchmarks, never tests. */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Benchmarks. 'endpoint': concurrent clients against a server started here on loopback.",
        subcommands = {BenchCommand.Endpoint.class})
public final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Load on the SPARQL endpoint: throughput and latency of the canned queries. */
    @Command(name = "endpoint", mixinStandardHelpOptions = true,
            description = {"Start the endpoint on a free loopback port with the graph, send the canned queries from",
                "concurrent clients, and report throughput, p50/p99 latency and errors."})
    static final class Endpoint implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DataMixin source;

        @Option(names = "--clients", defaultValue = "8", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
        int clients;

        @Option(names = "--requests", defaultValue = "2000", description = "Requests in all (default: ${DEFAULT-VALUE}).")
        int requests;

        @Override
        public Integer call() throws Exception {
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            if (clients < 1 || requests < 1 || requests > 1_000_000) {
                err.println("dipkg bench endpoint: --clients must be ≥ 1 and --requests between 1 and 1000000");
                return ExitCode.USAGE;
            }
            Dataset ds;
            try {
                ds = source.load(err);
            } catch (DataMixin.DataException e) {
                err.println("dipkg: " + e.getMessage());
                return ExitCode.FAILED;
            }
            var queries = QueryCatalog.load().all();
            try (SparqlServer server = SparqlServer.start(ds, new SparqlServer.Options("127.0.0.1", 0,
                    Duration.ofSeconds(10), false, 0), queries)) {
                String endpoint = server.url() + "sparql";
                new EndpointLoad().run(endpoint, queries, clients, Math.min(requests, 200)); // warm-up
                EndpointLoad.Result r = new EndpointLoad().run(endpoint, queries, clients, requests);
                out.printf(Locale.ROOT, "endpoint load: %d triples, %d canned queries in turn, %d clients, %d requests%n",
                        ds.getDefaultModel().size(), queries.size(), r.clients(), r.requests());
                out.printf(Locale.ROOT, "  throughput %.0f queries/s   p50 %.1f ms   p99 %.1f ms   max %.1f ms   errors %d   (%.1f s)%n",
                        r.perSecond(), r.p50Millis(), r.p99Millis(), r.maxMillis(), r.errors(), r.seconds());
                return r.errors() == 0 ? ExitCode.OK : ExitCode.FAILED;
            }
        }
    }
}
