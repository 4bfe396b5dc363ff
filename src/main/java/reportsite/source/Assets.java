package reportsite.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> list = walk.filter(Files::isRegularFile).sorted().toList();
            for (Path p : list) {
                files.put(prefix + dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException | UncheckedIOException e) {
            diagnostics.error(Position.ofFile(SourceReader.display(dir)), "cannot read assets: " + e.getMessage(), "", "");
        }
        return files;
    }
}
