package org.dipkg.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;

/**
 * What every request must be before the endpoint looks at it:
 * <ul>
 * <li>a method the endpoint serves (GET, HEAD, POST, OPTIONS): TRACE would echo the request back;</li>
 * <li>on a loopback address, a {@code Host} header naming this machine, so that a page on another site
 * cannot reach the endpoint through a name it re-points at 127.0.0.1 (DNS rebinding);</li>
 * <li>no {@code callback} (JSONP would run another site's script with the results);</li>
 * <li>no {@code default-graph-uri} or {@code named-graph-uri}: the endpoint serves one dataset;</li>
 * <li>on the graph store, a {@code graph} that is a named graph of the dataset.</li>
 * </ul>
 * With CORS on, any origin may read the results, but never with the caller's credentials.
 */
final class RequestGuard extends HttpFilter {
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS");
    private static final Set<String> LOCAL_NAMES = Set.of("127.0.0.1", "localhost", "[::1]", "::1");
    private static final int MISDIRECTED = 421;

    private final Dataset dataset;
    private final boolean loopback;
    private final boolean cors;

    RequestGuard(Dataset dataset, boolean loopback, boolean cors) {
        this.dataset = dataset;
        this.loopback = loopback;
        this.cors = cors;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (!METHODS.contains(req.getMethod())) {
            resp.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            resp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, req.getMethod() + " is not served");
            return;
        }
        if (loopback && !LOCAL_NAMES.contains(hostName(req.getHeader("Host")))) {
            resp.sendError(MISDIRECTED, "This endpoint answers to 127.0.0.1, localhost and [::1] only");
            return;
        }
        if (req.getParameter("callback") != null) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "JSONP (callback=) is not served");
            return;
        }
        String path = req.getRequestURI();
        if (path.startsWith(SparqlServer.DATASET) && (req.getParameter("default-graph-uri") != null
                || req.getParameter("named-graph-uri") != null)) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST,
                    "default-graph-uri and named-graph-uri are not supported: the endpoint serves one dataset");
            return;
        }
        String graph = req.getParameter("graph");
        if (path.startsWith(SparqlServer.DATASET) && graph != null && !knownGraph(graph)) {
            resp.sendError(IRIs.check(graph) ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_BAD_REQUEST,
                    IRIs.check(graph) ? "No graph " + graph + " in the dataset" : "graph= is not an absolute IRI");
            return;
        }
        if (cors && req.getHeader("Origin") != null) {
            resp.setHeader("Access-Control-Allow-Origin", "*");
            resp.setHeader("Vary", "Origin");
            if ("OPTIONS".equals(req.getMethod()) && req.getHeader("Access-Control-Request-Method") != null) {
                resp.setHeader("Access-Control-Allow-Methods", "GET, POST");
                resp.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type");
                resp.setHeader("Access-Control-Max-Age", "600");
                resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return;
            }
        }
        chain.doFilter(req, resp);
    }

    private boolean knownGraph(String iri) {
        if (!IRIs.check(iri)) {
            return false;
        }
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().containsGraph(NodeFactory.createURI(iri)));
    }

    /** The name in a Host header, without the port: 127.0.0.1:3030 → 127.0.0.1, [::1]:3030 → [::1]. */
    static String hostName(String host) {
        if (host == null) {
            return "";
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close < 0 ? h : h.substring(0, close + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }
}
