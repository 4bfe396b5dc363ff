package reportsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import reportsite.config.BuildConfig;

/**
 * Golden files: the fixture site in {@code src/test/resources/golden/site} (its own content, the
 * repository's templates) is built in memory, and every HTML page and CSV file must equal
 * {@code src/test/resources/golden/expected/<path>} byte for byte.
 *
 * <p>After an intended change of the output, regenerate the goldens and review the diff:
 * <pre>mvn -q -B test -Dtest=GoldenSiteTest -Dgolden.update=true
 * git diff src/test/resources/golden/expected</pre>
 * With {@code golden.update=true} the test writes the expected files (and deletes stale ones)
 * instead of comparing. See src/test/resources/golden/README.md.
 */
class GoldenSiteTest {

    static final Path FIXTURE = Path.of("src/test/resources/golden/site/content");
    static final Path EXPECTED = Path.of("src/test/resources/golden/expected");

    private static Map<String, byte[]> actual() {
        BuildResult r = new SiteBuilder(new BuildConfig(FIXTURE, Path.of("templates"), Path.of("target/golden-unused"),
                false, false, true)).check();
        Map<String, byte[]> out = new TreeMap<>();
        r.files().forEach((path, bytes) -> {
            if (path.endsWith(".html") || path.endsWith(".csv") || path.equals("figures.json")) {
                out.put(path, bytes);
            }
        });
        return out;
    }

    @Test
    void outputEqualsTheGoldenFiles() throws IOException {
        Map<String, byte[]> actual = actual();
        if (Boolean.getBoolean("golden.update")) {
            update(actual);
            return;
        }
        Map<String, byte[]> expected = MiniSite.tree(EXPECTED);
        assertEquals(expected.keySet(), actual.keySet(),
                "the set of output files changed; rerun with -Dgolden.update=true if intended");
        List<String> differing = new ArrayList<>();
        for (String path : expected.keySet()) {
            if (!java.util.Arrays.equals(expected.get(path), actual.get(path))) {
                differing.add(path + firstDifference(expected.get(path), actual.get(path)));
            }
        }
        assertEquals(List.of(), differing, "outputs differ from src/test/resources/golden/expected;"
                + " rerun with -Dgolden.update=true if the change is intended, and review the diff");
        assertTrue(expected.size() >= 7, expected.keySet()::toString);
    }

    private static String firstDifference(byte[] expected, byte[] actual) {
        String[] e = new String(expected, StandardCharsets.UTF_8).split("\n", -1);
        String[] a = new String(actual, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String x = i < e.length ? e[i] : "<end of file>";
            String y = i < a.length ? a[i] : "<end of file>";
            if (!x.equals(y)) {
                return " at line " + (i + 1) + ":\n  expected: " + x + "\n  actual:   " + y;
            }
        }
        return "";
    }

    private static void update(Map<String, byte[]> actual) throws IOException {
        if (Files.isDirectory(EXPECTED)) {
            try (Stream<Path> walk = Files.walk(EXPECTED)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    String rel = EXPECTED.relativize(p).toString().replace('\\', '/');
                    if (!actual.containsKey(rel)) {
                        Files.delete(p);
                    }
                }
            }
        }
        for (Map.Entry<String, byte[]> e : actual.entrySet()) {
            Path target = EXPECTED.resolve(e.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, e.getValue());
        }
    }
}
