package reportsite.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import org.apache.commons.io.file.PathUtils;
import reportsite.diag.Position;
import reportsite.diag.UserError;
import reportsite.source.SourceReader;

/**
 * Writes the whole site into a staging folder beside the output folder, then swaps it in with
 * renames. At every moment the output folder holds either the old or the new complete site;
 * the only gap, between the two renames, is repaired by the next run.
 */
public final class SitePublisher {

    /** Marks a folder as made by report-site, so that it may be replaced. */
    public static final String MARKER = ".report-site";

    private SitePublisher() {
    }

    /** Refuses output folders that must not be replaced; call before any work is done. */
    public static void checkOutput(Path out, Path content, Path templates) {
        Path abs = out.toAbsolutePath().normalize();
        String name = SourceReader.display(out);
        Path home = Path.of(System.getProperty("user.home", "/")).toAbsolutePath().normalize();
        if (abs.getParent() == null || abs.equals(home)) {
            throw UserError.of(Position.ofFile(name), "refusing to use " + (abs.getParent() == null ? "the file-system root" : "the home folder")
                    + " as the output folder", "pass --out site (or another new folder)");
        }
        for (Path input : new Path[] {content, templates}) {
            Path in = input.toAbsolutePath().normalize();
            if (in.startsWith(abs) || abs.startsWith(in)) {
                throw UserError.of(Position.ofFile(name), "the output folder " + name + " overlaps the input folder "
                        + SourceReader.display(input), "write the site to a folder of its own, such as site/");
            }
        }
        if (Files.isDirectory(abs) && !Files.exists(abs.resolve(MARKER)) && !isEmpty(abs)) {
            throw UserError.of(Position.ofFile(name), "the output folder " + name + " is not empty and was not made by report-site",
                    "empty it, or choose another --out folder (report-site replaces the whole folder)");
        }
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw UserError.of(Position.ofFile(name), "the output path " + name + " is a file", "choose a folder for --out");
        }
    }

    private static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    /** Finishes a swap that an earlier run was killed in the middle of. */
    public static void recover(Path out) throws IOException {
        Path abs = out.toAbsolutePath().normalize();
        Path old = sibling(abs, "old");
        if (!Files.exists(abs) && Files.isDirectory(old)) {
            Files.move(old, abs, StandardCopyOption.ATOMIC_MOVE);
        }
        for (Path leftover : new Path[] {sibling(abs, "old"), sibling(abs, "staging")}) {
            if (Files.exists(leftover)) {
                PathUtils.deleteDirectory(leftover);
            }
        }
    }

    public static void publish(Path out, Map<String, byte[]> files) throws IOException {
        Path abs = out.toAbsolutePath().normalize();
        recover(out);
        Path staging = sibling(abs, "staging");
        Files.createDirectories(staging);
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path target = staging.resolve(e.getKey()).normalize();
            if (!target.startsWith(staging)) {
                throw new IllegalStateException("output path escapes the output folder: " + e.getKey());
            }
            Files.createDirectories(target.getParent());
            Files.write(target, e.getValue());
        }
        Files.write(staging.resolve(MARKER), new byte[0]);
        Path old = sibling(abs, "old");
        if (Files.exists(abs)) {
            move(abs, old);
        }
        move(staging, abs);
        if (Files.exists(old)) {
            PathUtils.deleteDirectory(old);
        }
    }

    /** Whether {@code out} is a site of ours that still holds {@code files}, going by their sizes. */
    public static boolean holds(Path out, Map<String, byte[]> files) {
        Path abs = out.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs.resolve(MARKER))) {
            return false;
        }
        try {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path p = abs.resolve(e.getKey());
                if (!Files.isRegularFile(p) || Files.size(p) != e.getValue().length) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Brings an output folder that holds {@code before} (as this process published it) to
     * {@code after} by writing only the files that differ and deleting those that went. Each file
     * is replaced whole (written beside it, then renamed), but the site as a whole is not: for
     * the development server, whose readers wait on a lock meanwhile. A run killed half-way
     * leaves a mix, which the next build's check of the output files finds and rewrites.
     *
     * @return the number of files written or deleted
     */
    public static int update(Path out, Map<String, byte[]> before, Map<String, byte[]> after) throws IOException {
        Path abs = out.toAbsolutePath().normalize();
        int touched = 0;
        for (Map.Entry<String, byte[]> e : after.entrySet()) {
            byte[] old = before.get(e.getKey());
            if (old == e.getValue() || old != null && Arrays.equals(old, e.getValue())) {
                continue;
            }
            Path target = abs.resolve(e.getKey()).normalize();
            if (!target.startsWith(abs)) {
                throw new IllegalStateException("output path escapes the output folder: " + e.getKey());
            }
            Files.createDirectories(target.getParent());
            Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
            Files.write(tmp, e.getValue());
            move(tmp, target);
            touched++;
        }
        for (String gone : before.keySet()) {
            if (!after.containsKey(gone)) {
                Files.deleteIfExists(abs.resolve(gone));
                touched++;
            }
        }
        return touched;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static Path sibling(Path abs, String kind) {
        return abs.resolveSibling("." + abs.getFileName() + "." + kind);
    }
}
