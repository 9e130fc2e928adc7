package org.dipkg.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads an HTML page (as its original mapped text) and returns its visible text — the title, then the
 * body, a line break at every block element — with every character mapped back to where it stands in
 * the page's source (an entity such as {@code &amp;} maps to its {@code &}). Parsed by jsoup with source
 * positions tracked; scripts, styles and comments are left out.
 */
public final class HtmlStage implements TextStage {

    @Override
    public MappedText apply(MappedText in) {
        String html = in.text();
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        org.jsoup.nodes.Document page = Jsoup.parse(html, "", parser);
        MappedText.Builder out = new MappedText.Builder(html.length() / 2);
        Element title = page.head() == null ? null : page.head().selectFirst("title");
        if (title != null) {
            visit(title, html, in, out);
            int end = title.endSourceRange().isTracked() ? title.endSourceRange().startPos() : title.sourceRange().endPos();
            breakLine(out, Math.max(0, end), in);
        }
        if (page.body() != null) {
            visit(page.body(), html, in, out);
        }
        return out.build();
    }

    /**
     * The page's articles: one per {@code <article>} when it has two or more, else one per heading of the
     * deepest level among h1–h3 used more than once, each from its heading to the next; what precedes the
     * first is article 0. A page of one article is a list of one, numbered 0.
     */
    public java.util.List<Article> articles(MappedText in) {
        String html = in.text();
        org.jsoup.nodes.Document page = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        if (page.body() == null) {
            return java.util.List.of(new Article(apply(in), 0));
        }
        java.util.Set<Element> starts = new java.util.HashSet<>(page.body().select("article"));
        if (starts.size() < 2) {
            starts.clear();
            for (String h : new String[] {"h3", "h2", "h1"}) {
                var found = page.body().select(h);
                if (found.size() >= 2) {
                    starts.addAll(found);
                    break;
                }
            }
        }
        if (starts.isEmpty()) {
            return java.util.List.of(new Article(apply(in), 0));
        }
        java.util.List<Article> out = new java.util.ArrayList<>();
        MappedText.Builder[] current = {new MappedText.Builder(html.length() / 4 + 16)};
        int[] number = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && starts.contains(e)) {
                    if (current[0].length() > 0) {
                        out.add(new Article(current[0].build(), number[0]));
                    }
                    current[0] = new MappedText.Builder(html.length() / 4 + 16);
                    number[0]++;
                }
                enter(node, html, in, current[0]);
            }

            @Override
            public void tail(Node node, int depth) {
                leave(node, in, current[0]);
            }
        }, page.body());
        if (current[0].length() > 0) {
            out.add(new Article(current[0].build(), number[0]));
        }
        return out;
    }

    private static void enter(Node node, String html, MappedText in, MappedText.Builder out) {
        if (node instanceof TextNode t && !inside(t, "script", "style", "noscript", "template")) {
            text(t, html, in, out);
        } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
            breakLine(out, Math.max(0, e.sourceRange().startPos()), in);
        }
    }

    private static void leave(Node node, MappedText in, MappedText.Builder out) {
        if (node instanceof Element e && e.isBlock()) {
            int end = e.endSourceRange().isTracked() ? e.endSourceRange().startPos() : e.sourceRange().endPos();
            breakLine(out, Math.max(0, end), in);
        }
    }

    private static void visit(Element root, String html, MappedText in, MappedText.Builder out) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                enter(node, html, in, out);
            }

            @Override
            public void tail(Node node, int depth) {
                leave(node, in, out);
            }
        }, root);
    }

    private static boolean inside(Node n, String... names) {
        for (Node p = n.parent(); p != null; p = p.parent()) {
            if (p instanceof Element e) {
                for (String name : names) {
                    if (e.normalName().equals(name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Appends a text node's decoded characters, each with the source position it was decoded from. */
    private static void text(TextNode t, String html, MappedText in, MappedText.Builder out) {
        if (!t.sourceRange().isTracked()) {
            return;
        }
        String decoded = t.getWholeText();
        int src = t.sourceRange().startPos();
        int srcEnd = Math.min(html.length(), t.sourceRange().endPos());
        for (int i = 0; i < decoded.length(); i++) {
            int at = Math.min(src, html.length() - 1);
            out.append(decoded.charAt(i), in.originOf(at));
            if (src < srcEnd && html.charAt(src) == '&') {
                int semi = html.indexOf(';', src);
                boolean entity = semi > src && semi - src <= 32;
                // one entity decodes to one character, or two for a character outside the BMP
                if (entity && !(Character.isHighSurrogate(decoded.charAt(i)) && i + 1 < decoded.length())) {
                    src = semi + 1;
                } else if (!entity) {
                    src++;
                }
            } else {
                src++;
            }
        }
    }

    private static void breakLine(MappedText.Builder out, int sourcePos, MappedText in) {
        if (out.length() > 0 && out.lastChar() != '\n' && in.length() > 0) {
            // never before the text already taken: origins only grow
            out.append('\n', Math.max(out.lastOrigin(), in.originOf(Math.min(sourcePos, in.length() - 1))));
        }
    }
}
