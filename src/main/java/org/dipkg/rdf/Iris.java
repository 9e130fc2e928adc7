package org.dipkg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Mints the IRIs of graph nodes from canonical keys, so the same input always gives the same IRIs.
 * Keys keep Chinese characters (IRIs allow them) and drop everything but letters and digits.
 */
public final class Iris {
    public static final String BASE = "https://dipkg.org/id/";
    private static final int MAX_KEY = 40;
    private static final String HEX = "0123456789ABCDEF";

    private Iris() {
    }

    /** Letters and digits only, lower case: the form two wordings must share to be one node. */
    public static String key(String label) {
        StringBuilder sb = new StringBuilder(label.length());
        for (int i = 0; i < label.length(); ) {
            int c = label.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    public static String entity(String typeLabel, String key) {
        return BASE + typeLabel.toLowerCase(Locale.ROOT) + "/" + bounded(key);
    }

    public static String country(String iso) {
        return BASE + "country/" + iso;
    }

    /** A commitment by its merge key, {@code action/wording}. */
    public static String commitment(String key) {
        return BASE + "commitment/" + bounded(key);
    }

    public static String set(String key) {
        return BASE + "set/" + bounded(key);
    }

    public static String source(String docId) {
        return BASE + "source/" + pathSegment(docId);
    }

    /** What the IRIs of a document's citations start with, made once per document. */
    static String citations(String docId) {
        return BASE + "citation/" + pathSegment(docId) + "/";
    }

    /**
     * A citation of one node by one span, under its document's {@link #citations} prefix: the same span may
     * be evidence for a mechanism and a commitment.
     */
    static String citation(String citations, int start, int end, String nodeIri) {
        String kind = "node";
        if (nodeIri.startsWith(BASE)) {
            int slash = nodeIri.indexOf('/', BASE.length());
            kind = nodeIri.substring(BASE.length(), slash < 0 ? nodeIri.length() : slash);
        }
        return citations + start + "-" + end + "/" + kind;
    }

    /** One source's statement of a commitment, by the span that states it. */
    static String statement(String docId, int start, int end) {
        return BASE + "statement/" + pathSegment(docId) + "/" + start + "-" + end;
    }

    public static String meeting(String key) {
        return BASE + "meeting/" + key;
    }

    /** Long keys keep a readable head and a digest of the whole. */
    static String bounded(String key) {
        if (key.isEmpty()) {
            return "_";
        }
        if (key.codePointCount(0, key.length()) <= MAX_KEY) {
            return key;
        }
        int cut = key.offsetByCodePoints(0, MAX_KEY - 9);
        return key.substring(0, cut) + "-" + digest(key).substring(0, 8);
    }

    /** A file path as one IRI segment: unreserved ASCII and letters kept, everything else %-encoded. */
    static String pathSegment(String path) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_') {
                sb.append((char) c);
            } else if (c == '/') {
                sb.append('~');
            } else {
                sb.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
            }
        }
        return sb.toString();
    }

    public static String digest(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
