package org.dipkg.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.dipkg.serve.CannedQuery;

/**
 * Drives an endpoint on this machine with concurrent clients sending the canned queries in turn, for a
 * bounded number of requests, and measures throughput and latency. Only loopback addresses are allowed.
 */
public final class EndpointLoad {

    /** What a load run measured. */
    public record Result(int clients, int requests, int errors, double seconds, double perSecond, double p50Millis,
                         double p99Millis, double maxMillis) {
    }

    public Result run(String endpoint, List<CannedQuery> queries, int clients, int requests) throws Exception {
        URI base = URI.create(endpoint);
        String host = base.getHost();
        if (!(host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]") || host.equals("::1"))) {
            throw new IllegalArgumentException("load runs only against this machine's loopback address, not " + host);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(clients)).build();
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    CannedQuery q = queries.get(i % queries.size());
                    HttpRequest req = HttpRequest.newBuilder(base).timeout(Duration.ofSeconds(30))
                            .header("Accept", "application/sparql-results+json")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(q.text(),
                                    StandardCharsets.UTF_8))).build();
                    long s = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - s;
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return new Result(clients, requests, errors.get(), seconds, requests / seconds, millis(sorted, 0.50),
                millis(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double millis(long[] sorted, double q) {
        int i = Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }
}
