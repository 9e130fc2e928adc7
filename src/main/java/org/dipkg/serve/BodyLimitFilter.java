package org.dipkg.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses a request whose body is larger than the limit (413) before anything reads it, and one that
 * sends a body of unknown length (411), so an oversized request cannot tie up the server.
 */
final class BodyLimitFilter extends HttpFilter {
    private final long maxBytes;

    BodyLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        long length = req.getContentLengthLong();
        boolean hasBody = "POST".equals(req.getMethod()) || "PUT".equals(req.getMethod());
        if (length > maxBytes) {
            resp.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "Request body larger than " + maxBytes + " bytes");
            return;
        }
        if (hasBody && length < 0 && req.getHeader("Transfer-Encoding") != null) {
            resp.sendError(HttpServletResponse.SC_LENGTH_REQUIRED, "Request body of unknown length");
            return;
        }
        chain.doFilter(req, resp);
    }
}
