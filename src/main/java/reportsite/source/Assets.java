package reportsite.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import reportsite.diag.Diagnostics;
import reportsite.diag.Position;

/** Static files (CSS, scripts, icons), read as they are to be copied unchanged. */
public final class Assets {

    private Assets() {
    }

    /** Every file below {@code dir}, by output path ({@code prefix} + its path below {@code dir}); none when there is no such folder. */
    public static Map<String, byte[]> read(Path dir, String prefix, Diagnostics diagnostics) {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try {
            files(dir).forEach((path, bytes) -> files.put(prefix + path, bytes));
        } catch (IOException | UncheckedIOException e) {
            diagnostics.error(Position.ofFile(SourceReader.display(dir)), "cannot read assets: " + e.getMessage(), "", "");
        }
        return files;
    }

    /**
     * Every file below {@code dir} with its bytes, by its path below {@code dir} ('/'-separated);
     * a file gone before it could be read (renamed away by an editor's save) is left out.
     */
    public static SortedMap<String, byte[]> files(Path dir) throws IOException {
        return files(dir, false);
    }

    /**
     * As {@link #files(Path)}, for a folder of the build's inputs: a file read before with the same
     * bytes comes as the same array ({@link SameBytes}), so that its hash is not worked out again.
     */
    public static SortedMap<String, byte[]> inputs(Path dir) throws IOException {
        return files(dir, true);
    }

    private static SortedMap<String, byte[]> files(Path dir, boolean input) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (Path p : FolderFiles.list(dir, p -> true, Long.MAX_VALUE)) {
            try {
                byte[] bytes = Files.readAllBytes(p);
                files.put(dir.relativize(p).toString().replace('\\', '/'), input ? SameBytes.of(p, bytes) : bytes);
            } catch (NoSuchFileException gone) {
                // the save that removed it brings the next build
            }
        }
        return files;
    }
}
