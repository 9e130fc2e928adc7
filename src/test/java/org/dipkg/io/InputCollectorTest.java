package org.dipkg.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dipkg.bench.SyntheticCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputCollectorTest {
    @TempDir
    Path dir;

    private Path tree() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in/sub"));
        for (String name : List.of("a.txt", "b.md", "c.html", "d.HTM", "e.pdf", ".f.txt", "notes", "sub/g.txt")) {
            Files.writeString(in.getParent().resolve(name), "双方同意。");
        }
        return in.getParent();
    }

    @Test
    void aDirectoryGivesItsVisibleTextMarkdownAndHtmlFilesByRelativeId() throws IOException {
        List<InputCollector.Input> got = new InputCollector().collect(List.of(tree()));
        assertEquals(List.of("a.txt", "b.md", "c.html", "d.HTM", "sub/g.txt"), got.stream().map(InputCollector.Input::id).toList());
        got.forEach(i -> assertNull(i.problem(), i.id()));
    }

    @Test
    void theSyntheticCorpusCopiesWhatExtractWouldRead() throws IOException {
        List<Path> copies = SyntheticCorpus.write(tree(), dir.resolve("copies"), 2);
        assertEquals(List.of("copy00000_a.txt", "copy00000_b.md", "copy00000_c.html", "copy00000_d.HTM",
                "copy00001_a.txt", "copy00001_b.md", "copy00001_c.html", "copy00001_d.HTM"),
                copies.stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void aMissingPathIsAProblemWithItsReason() {
        InputCollector.Input in = new InputCollector().collect(List.of(dir.resolve("nope"))).get(0);
        assertEquals("no such file or directory", in.problem());
    }

    @Test
    void hiddenDirectoriesAndTheOutputDirectoryBelowAnInputAreNotRead() throws IOException {
        Path in = tree();
        Files.createDirectories(in.resolve(".git"));
        Files.writeString(in.resolve(".git/HEAD.txt"), "x");
        Path out = Files.createDirectories(in.resolve("out"));
        Files.writeString(out.resolve("variance.html"), "<p>双方</p>");
        Files.writeString(out.resolve("notes.txt"), "双方同意。");
        List<String> all = new InputCollector().collect(List.of(in)).stream().map(InputCollector.Input::id).toList();
        assertEquals(List.of("a.txt", "b.md", "c.html", "d.HTM", "out/notes.txt", "out/variance.html", "sub/g.txt"), all);
        List<String> skipping = new InputCollector(java.util.Set.of(out)).collect(List.of(in)).stream()
                .map(InputCollector.Input::id).toList();
        assertEquals(List.of("a.txt", "b.md", "c.html", "d.HTM", "sub/g.txt"), skipping);
    }

    @Test
    void anOutputDirectoryThatIsTheInputLosesOnlyTheReportsWrittenThere() throws IOException {
        Path in = tree();
        Files.writeString(in.resolve("variance.html"), "<p>双方</p>");
        List<String> ids = new InputCollector(java.util.Set.of(in)).collect(List.of(in)).stream()
                .map(InputCollector.Input::id).toList();
        assertEquals(List.of("a.txt", "b.md", "c.html", "d.HTM", "sub/g.txt"), ids);
    }
}
