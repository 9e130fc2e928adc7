package org.dipkg.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of one run, written as one generation: all of them are seen in the output directory, or none.
 *
 * <p>The files go into a directory of their own, {@code DIR/.dipkg/gen-PID-RANDOM}. Each output name in
 * {@code DIR} ({@code graph.ttl}, {@code mentions.csv} …) is a link to {@code .dipkg/current/NAME}, and
 * {@code .dipkg/current} a link to the generation: publishing a run is one atomic rename of that link, so a
 * run killed at any moment leaves the previous run's files or this run's, never a mix. A file in {@code DIR}
 * is dipkg's when it is such a link — that, not its name, is the mark: only those are ever removed (an
 * output this run does not write, as a graph in another syntax), and a user's own files are left alone.
 * Where the file system has no links, the files are moved into place one by one instead.
 */
public final class OutputGeneration {
    /** The directory dipkg keeps its generations in, inside the output directory. */
    public static final String HOME = ".dipkg";
    private static final String CURRENT = "current";
    private static final Pattern GENERATION = Pattern.compile("gen-(\\d+)-[0-9a-z]+");
    private static final Pattern LEFT_LINK = Pattern.compile("\\..+\\.(\\d+)-[0-9a-z]+\\.link");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long PID = ProcessHandle.current().pid();

    private final Path dir;
    private final Path home;
    private final Path generation;
    private final List<String> names = new ArrayList<>();

    private OutputGeneration(Path dir) throws IOException {
        this.dir = dir;
        this.home = dir.resolve(HOME);
        Files.createDirectories(home);
        Path g;
        do {
            g = home.resolve("gen-" + PID + "-" + Long.toUnsignedString(RANDOM.nextLong(), 36));
        } while (Files.exists(g, LinkOption.NOFOLLOW_LINKS));
        this.generation = Files.createDirectory(g);
    }

    /** A new, empty generation for the output directory {@code dir} (made if need be). */
    public static OutputGeneration begin(Path dir) throws IOException {
        return new OutputGeneration(dir);
    }

    /** Writes the content of a file to an output stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes one file of the generation; nothing in the output directory changes until {@link #publish}. A
     * write that fails drops the whole generation.
     */
    public void write(String name, Content content) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(generation.resolve(name)))) {
            content.writeTo(out);
        } catch (IOException | RuntimeException e) {
            abort();
            throw e;
        }
        names.add(name);
    }

    /** Drops the generation: the output directory stays as it was. */
    public void abort() throws IOException {
        deleteTree(generation);
    }

    /**
     * Makes this generation the output directory's files in one step, removes the links of earlier outputs
     * this run does not write (each with a line on {@code err}) and the generations no run uses any more.
     */
    public void publish(PrintWriter err) throws IOException {
        if (!linksWork()) {
            for (String n : names) {
                move(generation.resolve(n), dir.resolve(n));
            }
            deleteTree(generation);
            return;
        }
        linkNames();
        switchCurrent();
        for (Path p : ownLinks()) {
            if (!names.contains(p.getFileName().toString())) {
                Files.deleteIfExists(p);
                err.println("dipkg: removed " + p + " (an earlier run's output this run does not write)");
            }
        }
        removeUnused();
    }

    /** Each name of the generation a link through current: until current changes they show the old generation. */
    void linkNames() throws IOException {
        for (String n : names) {
            Path at = dir.resolve(n);
            Path target = Path.of(HOME, CURRENT, n);
            if (!(Files.isSymbolicLink(at) && Files.readSymbolicLink(at).equals(target))) {
                if (Files.isDirectory(at, LinkOption.NOFOLLOW_LINKS)) {
                    throw new FileSystemException(at.toString(), null, "a directory is in the way of an output file");
                }
                link(at, target);
            }
        }
    }

    /** The one step that makes this generation's files the directory's. */
    void switchCurrent() throws IOException {
        link(home.resolve(CURRENT), generation.getFileName());
    }

    /** The files of the directory that are dipkg's: links into {@code .dipkg/current}. */
    private List<Path> ownLinks() throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                if (Files.isSymbolicLink(p) && Files.readSymbolicLink(p).startsWith(Path.of(HOME, CURRENT))) {
                    out.add(p);
                }
            }
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    /**
     * Generations no link points to, of this process or of one that is gone (a run still writing keeps its
     * own), and the temporary links of killed runs.
     */
    private void removeUnused() throws IOException {
        TreeSet<Path> old = new TreeSet<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(home)) {
            for (Path p : s) {
                Matcher m = GENERATION.matcher(p.getFileName().toString());
                if (m.matches() && !p.equals(generation) && !alive(Long.parseLong(m.group(1)))) {
                    old.add(p);
                }
            }
        }
        for (Path p : old) {
            deleteTree(p);
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                Matcher m = LEFT_LINK.matcher(p.getFileName().toString());
                if (m.matches() && !alive(Long.parseLong(m.group(1)))) {
                    Files.deleteIfExists(p); // a new link of a run killed before it was moved into place
                }
            }
        }
    }

    private static boolean alive(long pid) {
        return pid != PID && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Points {@code at} to {@code target} in one step: a new link renamed over whatever was there. */
    private static void link(Path at, Path target) throws IOException {
        Path tmp = at.resolveSibling("." + at.getFileName() + "." + PID + "-"
                + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".link");
        Files.createSymbolicLink(tmp, target);
        try {
            Files.move(tmp, at, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Whether links can be made here (not on every file system, nor for every user on Windows). */
    private boolean linksWork() {
        Path probe = home.resolve(".probe." + PID + "-" + Long.toUnsignedString(RANDOM.nextLong(), 36));
        try {
            Files.createSymbolicLink(probe, Path.of(CURRENT));
            Files.delete(probe);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
