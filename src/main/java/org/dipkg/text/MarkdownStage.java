package org.dipkg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a markdown file (as its original mapped text) through a CommonMark parser and returns the text it
 * shows: headings, paragraphs, list items and table cells each on a line of their own, a soft line break
 * kept as a line break for the layout stage to judge (an archive writes one paragraph a line), inline HTML
 * read as HTML ({@code <p>}, {@code <br>} break the line; {@code <strong>} only marks), HTML blocks through
 * {@link HtmlStage}; link targets, images and every markup character left out. Each character keeps the
 * position it stands at in the file.
 *
 * <p>{@link #articles} cuts the result at the headings that start the file's articles.
 */
public final class MarkdownStage implements TextStage {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    /** Inline HTML tags that end a line of text. */
    private static final Set<String> BREAKING_TAGS = Set.of("p", "/p", "br", "br/", "div", "/div", "li", "/li",
            "tr", "/tr", "h1", "h2", "h3", "h4", "h5", "h6", "/h1", "/h2", "/h3", "/h4", "/h5", "/h6");

    private final HtmlStage html = new HtmlStage();

    @Override
    public MappedText apply(MappedText in) {
        MappedText.Builder out = new MappedText.Builder(in.length());
        for (Node n = PARSER.parse(in.text()).getFirstChild(); n != null; n = n.getNext()) {
            block(n, in, out);
        }
        return out.build();
    }

    /**
     * The file's articles: the text before the first heading of the article level (when it shows any),
     * then one per heading of that level. The article level is the deepest heading level that titles two
     * sections with text of their own, so a day's news under its {@code ###} titles gives one article each
     * while a readout with one title (or its title twice) stays whole (a list of one).
     */
    public List<Article> articles(MappedText in) {
        Node doc = PARSER.parse(in.text());
        int[] counts = new int[7];
        for (int l = 1; l <= 6; l++) {
            counts[l] = titledSections(doc, l);
        }
        int level = 0;
        for (int l = 6; l >= 1 && level == 0; l--) {
            level = counts[l] >= 2 ? l : 0;
        }
        List<Article> out = new ArrayList<>();
        MappedText.Builder current = new MappedText.Builder(in.length() / 4 + 16);
        int number = 0;
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (level > 0 && n instanceof Heading h && h.getLevel() == level) {
                if (current.length() > 0) {
                    out.add(new Article(current.build(), number));
                }
                current = new MappedText.Builder(in.length() / 4 + 16);
                number++;
            }
            block(n, in, current);
        }
        if (current.length() > 0 || out.isEmpty()) {
            out.add(new Article(current.build(), number));
        }
        return out;
    }

    /**
     * How many headings of level {@code level} have text of their own under them (a block that is no
     * heading before the next heading of that level or above): a title repeated, as a page's header may,
     * starts no article.
     */
    private static int titledSections(Node doc, int level) {
        int count = 0;
        boolean open = false;
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() <= level) {
                open = h.getLevel() == level;
            } else if (open && !(n instanceof Heading) && !(n instanceof ThematicBreak)) {
                count++;
                open = false;
            }
        }
        return count;
    }

    private void block(Node n, MappedText in, MappedText.Builder out) {
        if (n instanceof HtmlBlock) {
            SourceSpan s = spanOf(n);
            if (s != null) {
                MappedText piece = html.apply(in.slice(s.getInputIndex(), s.getInputIndex() + s.getLength()));
                for (int i = 0; i < piece.length(); i++) {
                    out.append(piece.charAt(i), piece.originOf(i));
                }
            }
        } else if (n instanceof FencedCodeBlock c) {
            mapped(c.getLiteral(), n, in, out);
        } else if (n instanceof IndentedCodeBlock c) {
            mapped(c.getLiteral(), n, in, out); // four spaces of indent in prose, not code
        } else if (n instanceof ThematicBreak) {
            return;
        } else {
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                if (isBlock(c)) {
                    block(c, in, out);
                } else {
                    inline(c, in, out);
                }
            }
        }
        lineBreak(in, out);
    }

    private static boolean isBlock(Node n) {
        return n instanceof org.commonmark.node.Block;
    }

    private void inline(Node n, MappedText in, MappedText.Builder out) {
        if (n instanceof Text t) {
            mapped(t.getLiteral(), n, in, out);
        } else if (n instanceof Code c) {
            mapped(c.getLiteral(), n, in, out);
        } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
            lineBreak(in, out);
        } else if (n instanceof HtmlInline h) {
            String tag = h.getLiteral().replaceAll("[<>\\s]", "").toLowerCase(Locale.ROOT);
            int space = tag.indexOf(' ');
            if (BREAKING_TAGS.contains(space < 0 ? tag : tag.substring(0, space))) {
                lineBreak(in, out);
            }
        } else if (n instanceof Image) {
            return;
        } else if (n instanceof org.commonmark.node.Block) {
            block(n, in, out);
        } else {
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                inline(c, in, out); // emphasis, links: their text
            }
        }
    }

    /**
     * Appends a node's text, each character with the source position it came from: the node's source is
     * walked alongside, a backslash escape or an entity (&amp;amp;) giving way to the character it stands for.
     */
    private static void mapped(String literal, Node n, MappedText in, MappedText.Builder out) {
        List<Integer> positions = new ArrayList<>();
        for (SourceSpan s : n.getSourceSpans()) {
            for (int k = 0; k < s.getLength(); k++) {
                positions.add(s.getInputIndex() + k);
            }
        }
        if (positions.isEmpty()) {
            return;
        }
        String src = in.text();
        int j = 0;
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            while (j < positions.size() && src.charAt(positions.get(j)) != c) {
                int p = positions.get(j);
                if (src.charAt(p) == '&') {
                    int semi = src.indexOf(';', p);
                    if (semi > p && semi - p <= 32) {
                        break; // an entity: the character it decodes to stands here
                    }
                }
                j++;
            }
            int at = positions.get(Math.min(j, positions.size() - 1));
            int origin = in.originOf(at);
            if (out.length() > 0 && origin < out.lastOrigin()) {
                origin = out.lastOrigin(); // origins never go back
            }
            if (c == '\n') {
                lineBreak(in, out);
            } else {
                out.append(c, origin);
            }
            if (j < positions.size() && src.charAt(positions.get(j)) == '&' && c != '&') {
                int semi = src.indexOf(';', positions.get(j));
                while (j < positions.size() && positions.get(j) <= semi) {
                    j++;
                }
            } else {
                j++;
            }
        }
    }

    private static SourceSpan spanOf(Node n) {
        List<SourceSpan> spans = n.getSourceSpans();
        if (spans.isEmpty()) {
            return null;
        }
        SourceSpan first = spans.get(0);
        SourceSpan last = spans.get(spans.size() - 1);
        return SourceSpan.of(first.getLineIndex(), first.getColumnIndex(), first.getInputIndex(),
                last.getInputIndex() + last.getLength() - first.getInputIndex());
    }

    private static void lineBreak(MappedText in, MappedText.Builder out) {
        if (out.length() == 0 || out.lastChar() == '\n') {
            return;
        }
        out.append('\n', out.lastOrigin() + 1 <= maxOrigin(in) ? out.lastOrigin() + 1 : out.lastOrigin());
    }

    private static int maxOrigin(MappedText in) {
        return in.length() == 0 ? 0 : in.originOf(in.length() - 1);
    }
}
