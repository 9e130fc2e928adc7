package org.dipkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dipkg.io.InputCollector;

/**
 * A synthetic corpus for benchmarks: the seed files copied {@code factor} times under new names, so
 * that cost growth with input size can be measured on real text of the genre.
 */
public final class SyntheticCorpus {
    private SyntheticCorpus() {
    }

    /** Writes {@code factor} copies of every document file of {@code seeds} (as extract reads them) into {@code dir}. */
    public static List<Path> write(Path seeds, Path dir, int factor) throws IOException {
        List<Path> sources;
        try (Stream<Path> s = Files.list(seeds)) {
            sources = s.filter(p -> Files.isRegularFile(p) && InputCollector.isDocumentName(p.getFileName().toString()))
                    .sorted().toList();
        }
        if (sources.isEmpty()) {
            throw new IOException(seeds + ": no .txt, .md or .html files to copy");
        }
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < factor; i++) {
            for (Path src : sources) {
                Path p = dir.resolve(String.format("copy%05d_%s", i, src.getFileName()));
                Files.copy(src, p);
                out.add(p);
            }
        }
        return out;
    }
}
