package reportsite.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
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

    /** Every file below {@code dir} with its bytes, by its path below {@code dir} ('/'-separated). */
    public static SortedMap<String, byte[]> files(Path dir) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
