package org.dipkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The canned queries: those of a {@code queries/} directory when there is one (a clone), else those
 * bundled in the jar.
 */
public final class QueryCatalog {
    private final List<CannedQuery> queries;

    private QueryCatalog(List<CannedQuery> queries) {
        this.queries = List.copyOf(queries);
    }

    public static QueryCatalog load() {
        Path local = Path.of("queries");
        if (Files.isDirectory(local)) {
            return fromDirectory(local);
        }
        URL url = QueryCatalog.class.getClassLoader().getResource("queries");
        if (url == null) {
            return new QueryCatalog(List.of());
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return fromDirectory(fs.getPath("queries"));
                }
            }
            return fromDirectory(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list the bundled queries: " + e.getMessage(), e);
        }
    }

    public static QueryCatalog fromDirectory(Path dir) {
        List<CannedQuery> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".rq"))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString())).toList()) {
                String name = p.getFileName().toString();
                out.add(CannedQuery.parse(name.substring(0, name.length() - 3), Files.readString(p, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new QueryCatalog(out);
    }

    public List<CannedQuery> all() {
        return queries;
    }

    public Optional<CannedQuery> byName(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }
}
