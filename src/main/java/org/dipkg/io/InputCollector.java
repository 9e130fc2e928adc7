package org.dipkg.io;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the command line's inputs and returns the documents to extract: files as given, directories
 * walked recursively for {@code .txt}, {@code .md}, {@code .html} and {@code .htm} files, hidden files
 * and directories left out (links followed, loops detected), each
 * with its id (the path relative to the directory given, or the bare name of a file given).
 */
public final class InputCollector {
    private static final Set<String> EXTENSIONS = Set.of("txt", "md", "html", "htm");

    /** Whether a directory's file is one of the documents read from it: a visible .txt, .md, .html or .htm file. */
    public static boolean isDocumentName(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return EXTENSIONS.contains(ext) && !name.startsWith(".");
    }

    /** A document to read and the size of its file in bytes, or an input that cannot be, with the reason. */
    public record Input(Path path, String id, String problem, long bytes) {
        Input(Path path, String id, String problem) {
            this(path, id, problem, 0);
        }
    }

    private final Set<Path> skipped;

    /** A collector that reads every directory below the roots but hidden ones. */
    public InputCollector() {
        this(Set.of());
    }

    /**
     * A collector that also leaves out the directories {@code skipped} when it finds them below a root
     * (an output directory inside the input, whose reports would otherwise be read as documents).
     */
    public InputCollector(Set<Path> skipped) {
        this.skipped = skipped.stream().map(InputCollector::real).collect(java.util.stream.Collectors.toSet());
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    public List<Input> collect(List<Path> roots) {
        TreeMap<String, Input> byId = new TreeMap<>();
        List<Input> problems = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                problems.add(new Input(root, root.toString(), "no such file or directory"));
            } else if (Files.isDirectory(root)) {
                walk(root, byId, problems);
            } else {
                add(byId, problems, new Input(root, root.getFileName().toString(), null, size(root)));
            }
        }
        List<Input> out = new ArrayList<>(byId.values());
        out.addAll(problems);
        return out;
    }

    /** A file's size, or 0 when it cannot be had (reading the file will say why). */
    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException | SecurityException e) {
            return 0;
        }
    }

    private static void add(TreeMap<String, Input> byId, List<Input> problems, Input in) {
        if (byId.containsKey(in.id())) {
            problems.add(new Input(in.path(), in.id(), "another input has the same document id " + in.id()
                    + " (give the directories that hold them instead)"));
        } else {
            byId.put(in.id(), in);
        }
    }

    private void walk(Path root, TreeMap<String, Input> byId, List<Input> problems) {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            boolean below = !dir.equals(root);
                            return below && (dir.getFileName().toString().startsWith(".")
                                    || !skipped.isEmpty() && skipped.contains(real(dir)))
                                    ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            String name = file.getFileName().toString();
                            boolean ourOutput = OutputDirectory.isOutputName(name) && !skipped.isEmpty()
                                    && skipped.contains(real(file.getParent()));
                            if (attrs.isRegularFile() && isDocumentName(name) && !ourOutput) {
                                String id = root.relativize(file).toString().replace('\\', '/');
                                add(byId, problems, new Input(file, id, null, attrs.size()));
                            } else if (isDocumentName(name) && !ourOutput) {
                                // a link whose target is gone keeps its own attributes: say so rather than skip it
                                problems.add(new Input(file, file.toString(), attrs.isSymbolicLink()
                                        ? "a link to a file that does not exist, skipped"
                                        : "not a regular file (a pipe, socket or device), skipped"));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            String why = e instanceof FileSystemLoopException ? "directory link loop, skipped"
                                    : "cannot be read (" + e.getClass().getSimpleName() + ")";
                            problems.add(new Input(file, file.toString(), why));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(new Input(root, root.toString(), "cannot be read (" + e.getMessage() + ")"));
        }
    }
}
