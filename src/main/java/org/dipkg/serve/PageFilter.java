package org.dipkg.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Serves the query page at {@code /} (YASGUI pointed at {@code /sparql}, every canned query a ready
 * tab), YASGUI's files from the webjar on the classpath, the {@link Timeline} page at {@code /timeline}
 * and a node's neighbourhood at {@code /graph?iri=} ({@link GraphPage}); nothing comes from a CDN.
 */
final class PageFilter extends HttpFilter {
    static final String WEBJAR = "META-INF/resources/webjars/zazuko__yasgui/4.5.0/";
    private static final Map<String, String> TYPES = Map.of("js", "application/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "map", "application/json", "html", "text/html; charset=utf-8");

    private final byte[] index;
    private final org.apache.jena.query.Dataset dataset;
    /** The timeline page, made on first asking: the dataset is read-only. */
    private volatile byte[] timeline;

    PageFilter(List<CannedQuery> queries, org.apache.jena.query.Dataset dataset) {
        this.dataset = dataset;
        JsonArray tabs = new JsonArray();
        for (CannedQuery q : queries) {
            JsonObject o = new JsonObject();
            o.put("name", q.name());
            o.put("title", q.title());
            o.put("description", q.description());
            o.put("query", q.text());
            tabs.add(o);
        }
        String template = Resources.text("org/dipkg/serve/index.html");
        // </script> inside a query must not end the script element
        String json = tabs.toString().replace("</", "<\\/");
        index = template.replace("/*QUERIES*/[]", json).getBytes(StandardCharsets.UTF_8);
    }

    /** Serves the page and YASGUI's files on GET; everything else goes on to Fuseki. */
    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(req.getMethod()) && !"HEAD".equals(req.getMethod())) {
            chain.doFilter(req, resp);
            return;
        }
        String path = req.getRequestURI();
        if (path.equals("/") || path.equals("/index.html")) {
            resp.setContentType("text/html; charset=utf-8");
            resp.setHeader("Cache-Control", "no-cache");
            resp.getOutputStream().write(index);
            return;
        }
        if (path.equals("/graph")) {
            String iri = req.getParameter("iri");
            if (iri == null || !org.apache.jena.irix.IRIs.check(iri)) {
                resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "iri= must be an absolute IRI");
                return;
            }
            String page = GraphPage.html(dataset, iri);
            if (page == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No node " + iri + " in the graph");
                return;
            }
            resp.setContentType("text/html; charset=utf-8");
            resp.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (path.equals("/timeline")) {
            byte[] page = timeline;
            if (page == null) {
                page = Timeline.of(dataset).html().getBytes(StandardCharsets.UTF_8);
                timeline = page;
            }
            resp.setContentType("text/html; charset=utf-8");
            resp.getOutputStream().write(page);
            return;
        }
        if (path.startsWith("/yasgui/") && !path.contains("..")) {
            String rel = path.substring("/yasgui/".length());
            try (InputStream in = PageFilter.class.getClassLoader().getResourceAsStream(WEBJAR + rel)) {
                if (in != null) {
                    String ext = rel.substring(rel.lastIndexOf('.') + 1);
                    resp.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
                    resp.setHeader("Cache-Control", "max-age=86400");
                    in.transferTo(resp.getOutputStream());
                    return;
                }
            }
        }
        chain.doFilter(req, resp);
    }
}
