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
 * walked recursively for {@code .txt}, {@code .md}, {@code .html} and {@code .htm} files, hidden ones
 * left out (links followed, loops detected), each
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

    /** A document to read, or an input that cannot be, with the reason. */
    public record Input(Path path, String id, String problem) {
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
                add(byId, problems, new Input(root, root.getFileName().toString(), null));
            }
        }
        List<Input> out = new ArrayList<>(byId.values());
        out.addAll(problems);
        return out;
    }

    private static void add(TreeMap<String, Input> byId, List<Input> problems, Input in) {
        if (byId.containsKey(in.id())) {
            problems.add(new Input(in.path(), in.id(), "another input has the same document id " + in.id()
                    + " (give the directories that hold them instead)"));
        } else {
            byId.put(in.id(), in);
        }
    }

    private static void walk(Path root, TreeMap<String, Input> byId, List<Input> problems) {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && isDocumentName(file.getFileName().toString())) {
                                String id = root.relativize(file).toString().replace('\\', '/');
                                add(byId, problems, new Input(file, id, null));
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
