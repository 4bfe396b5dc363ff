package reportsite.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import reportsite.config.BuildConfig;
import reportsite.data.MiniData;

/**
 * An inline site for tests: a content folder written into a temporary folder (the metrics file
 * of {@link MiniData} and the pages given), built with the repository's templates.
 */
public final class MiniSite {

    public static final String INDEX = """
            ---
            title: Home
            description: The home page.
            order: 1
            ---
            Acme spent {{ acme.capex@FY2026-Q1 }} [1].

            {{ chart capex-chart }}
            """;

    private final Path root;

    public MiniSite(Path root) {
        this.root = root;
        write("content/metrics.yaml", MiniData.BASE);
        write("content/index.md", INDEX);
    }

    public MiniSite write(String relative, String text) {
        try {
            Path p = root.resolve(relative);
            Files.createDirectories(p.getParent());
            // Written whole, then renamed into place, as editors save: a watcher never sees half a file.
            Path tmp = Files.createTempFile(p.getParent(), ".write", ".tmp");
            Files.writeString(tmp, text);
            Files.move(tmp, p, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public MiniSite delete(String relative) {
        try {
            Files.delete(root.resolve(relative));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path content() {
        return root.resolve("content");
    }

    public Path out() {
        return root.resolve("site");
    }

    public BuildConfig config(boolean drafts, boolean safe) {
        return new BuildConfig(content(), Path.of("templates"), out(), drafts, safe, true);
    }

    public BuildResult build() {
        return new SiteBuilder(config(false, false)).build();
    }

    /** Every file below {@code dir} with its bytes, by relative path. */
    public static Map<String, byte[]> tree(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A readable comparison: paths and content hashes. */
    public static Map<String, String> digest(Map<String, byte[]> files) {
        Map<String, String> out = new TreeMap<>();
        files.forEach((k, v) -> out.put(k, v.length + ":" + java.util.Arrays.hashCode(v)));
        return out;
    }
}
