package org.dipkg.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.HexFormat;

/**
 * Reads a file and returns a {@link Document}: strict UTF-8 decoding, then layout normalisation,
 * then Traditional-to-Simplified conversion for analysis, then sentence splitting.
 */
public final class DocumentReader {
    private final TextStage layout = new LayoutNormaliser();
    private final HtmlStage html = new HtmlStage();
    private final MarkdownStage markdown = new MarkdownStage();
    private final SimplifyStage simplify;
    private final SentenceSplitter splitter = new SentenceSplitter();

    /** The default largest document, in characters: beyond it a file is refused with a message. */
    public static final long DEFAULT_MAX_CHARS = 20_000_000;

    private final Charset encoding;
    private final long maxChars;
    private final PageArticles pages;

    public DocumentReader(ScriptConverter converter) {
        this(converter, StandardCharsets.UTF_8, DEFAULT_MAX_CHARS);
    }

    /**
     * A reader of files in {@code encoding} (UTF-16 files with a byte-order mark are read whatever it is)
     * that refuses documents of more than {@code maxChars} characters.
     */
    public DocumentReader(ScriptConverter converter, Charset encoding, long maxChars) {
        this(converter, encoding, maxChars, List.of());
    }

    /**
     * A reader as above that also splits a plain-text page into its articles by their dispatch lines, which
     * open with one of {@code dispatchOpeners} (新华社, 本报: {@link PageArticles}); with none, a plain-text
     * file is one document.
     */
    public DocumentReader(ScriptConverter converter, Charset encoding, long maxChars, List<String> dispatchOpeners) {
        this.simplify = new SimplifyStage(converter);
        this.encoding = encoding;
        this.maxChars = maxChars;
        this.pages = new PageArticles(dispatchOpeners, converter);
    }

    public List<Document> readAll(Path file, String id) throws InputException {
        byte[] bytes = InputFiles.read(file, maxChars * 4, size -> tooLarge(size / 3));
        return readAll(file, id, bytes);
    }

    /** The one document of a file: the whole of it, articles and all. */
    public Document read(Path file, String id, byte[] bytes) throws InputException {
        return documents(file, id, bytes, false).get(0);
    }

    /**
     * The documents of a file: one, or one per article when it holds several (a day's news under its markdown
     * {@code ###} titles, an HTML page's {@code <article>}s or headings, a plain-text newspaper page's dispatch
     * lines), each with the id {@code ID#N} and its text mapped into the whole file.
     */
    public List<Document> readAll(Path file, String id, byte[] bytes) throws InputException {
        return documents(file, id, bytes, true);
    }

    private List<Document> documents(Path file, String id, byte[] bytes, boolean articles) throws InputException {
        if (bytes.length == 0) {
            throw new InputException(file, "empty file");
        }
        boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
        Charset cs = utf16 ? StandardCharsets.UTF_16 : encoding;
        if (!utf16) {
            for (byte b : bytes) {
                if (b == 0) {
                    throw new InputException(file, "binary file (contains NUL bytes), not text");
                }
            }
        }
        String original;
        try {
            original = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            String hint = cs.equals(StandardCharsets.UTF_8) && looksLikeGb18030(bytes)
                    ? "not valid UTF-8; it reads as GB18030/GBK Chinese: rerun with --encoding GB18030"
                    : "not valid " + cs.name() + " text (give its encoding with --encoding, or convert it to UTF-8)";
            throw new InputException(file, hint);
        }
        if (original.length() > maxChars) {
            throw new InputException(file, tooLarge(original.length()));
        }
        MappedText raw = MappedText.identity(original);
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        String digest = sha256(bytes);
        LocalDate named = FrontMatter.fromName(name);
        SourceDate dated = named == null ? null : new SourceDate(named, SourceDate.FILE_NAME);
        boolean markdownFile = name.endsWith(".md") || name.endsWith(".markdown");
        boolean htmlFile = name.endsWith(".html") || name.endsWith(".htm");
        if (markdownFile) {
            int front = FrontMatter.end(original);
            if (front > 0) {
                LocalDate d = FrontMatter.date(original, front);
                dated = d != null ? new SourceDate(d, SourceDate.FRONT_MATTER) : dated;
                raw = raw.slice(front, raw.length());
            }
        }
        if (articles) {
            List<Article> parts = markdownFile ? markdown.articles(raw) : htmlFile ? html.articles(raw) : pages.articles(raw);
            if (parts.size() > 1) {
                if (dated == null && !markdownFile && !htmlFile) {
                    dated = pages.headerDate(parts);
                }
                List<Document> out = new ArrayList<>();
                for (Article a : parts) {
                    Document d = document(id + "#" + a.number(), original, a.text(), digest, dated);
                    if (d != null) {
                        out.add(d);
                    }
                }
                if (out.isEmpty()) {
                    throw new InputException(file, "no text (only whitespace or markup)");
                }
                return out;
            }
        }
        if (markdownFile) {
            raw = markdown.apply(raw);
        } else if (htmlFile) {
            raw = html.apply(raw);
        }
        Document d = document(id, original, raw, digest, dated);
        if (d == null) {
            throw new InputException(file, "no text (only whitespace or markup)");
        }
        return List.of(d);
    }

    /** A document from the text a file shows, laid out and simplified; null when it shows none. */
    private Document document(String id, String original, MappedText shown, String digest, SourceDate dated) {
        MappedText laidOut = layout.apply(shown);
        MappedText analysis = simplify.apply(laidOut);
        if (analysis.text().isBlank()) {
            return null;
        }
        return new Document(id, original, analysis, script(laidOut.text(), analysis.text()), digest,
                splitter.split(analysis.text()), dated);
    }

    private String tooLarge(long chars) {
        return String.format(java.util.Locale.ROOT, "about %,d characters, more than the %,d one document may have "
                + "(split the file, or raise --max-chars)", chars, maxChars);
    }

    /** True when the bytes decode as GB18030 and most of what they decode to is Han. */
    private static boolean looksLikeGb18030(byte[] bytes) {
        try {
            String t = Charset.forName("GB18030").newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, Math.min(bytes.length, 4096))).toString();
            long han = t.codePoints().filter(Han::is).count();
            return han * 3 >= t.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        } catch (CharacterCodingException e) {
            return false; // a multi-byte character cut at 4096 bytes, or not GB18030 at all
        }
    }

    /**
     * zh-Hant when at least 2% of the Han characters of the text changed on its way to Simplified
     * (the simplify stage converts unit for unit, so the two texts align).
     */
    static String script(String before, String simplified) {
        int han = 0;
        int changed = 0;
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            if (Han.is(c)) {
                han++;
                if (c != simplified.charAt(i)) {
                    changed++;
                }
            }
        }
        return han > 0 && changed * 50 >= han ? "zh-Hant" : "zh-Hans";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
