package reportsite.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.chart.ChartImage;
import reportsite.config.BuildConfig;

/**
 * A new generator never reuses what an older one cached. The cached chart images are replaced by
 * bytes the drawing code would not make, as an older encoder's would be: under the same generator
 * identity the build takes them (so the test can see a stale entry), under a new identity the
 * build equals a clean one byte for byte.
 */
class GeneratorChangeTest {

    private static final byte[] STALE = {1, 2, 3};

    @TempDir
    Path root;

    @Test
    void aNewGeneratorBuildsWhatACleanBuildBuilds() throws IOException {
        MiniSite site = new MiniSite(root);
        BuildConfig config = new BuildConfig(site.content(), Path.of("templates"), site.out(), false, false, false);
        new SiteBuilder(config, SiteBuilder.defaultCache(config), "generator A").build();
        List<Path> entries = chartEntries(config.cacheDir().resolve("charts"));
        assertFalse(entries.isEmpty());
        for (Path entry : entries) {
            stale(entry);
        }

        site.write("content/index.md", MiniSite.INDEX + "\nOne more line.\n");
        new SiteBuilder(config, SiteBuilder.defaultCache(config), "generator A").build();
        assertArrayEquals(STALE, Files.readAllBytes(site.out().resolve("charts/capex-chart.png")), "the same generator reuses the entry");

        site.write("content/index.md", MiniSite.INDEX + "\nAnother line.\n");
        new SiteBuilder(config, SiteBuilder.defaultCache(config), "generator B").build();
        Path clean = root.resolve("clean");
        new SiteBuilder(new BuildConfig(site.content(), Path.of("templates"), clean, false, false, true)).build();
        assertEquals(MiniSite.digest(MiniSite.tree(clean)), MiniSite.digest(MiniSite.tree(site.out())));
    }

    private static List<Path> chartEntries(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".bin")).toList();
        }
    }

    /** Rewrites a cache entry with the 1x image replaced. */
    private static void stale(Path entry) throws IOException {
        ChartImageCodec codec = new ChartImageCodec();
        ChartImage img;
        try (InputStream in = Files.newInputStream(entry)) {
            img = codec.read(new DataInputStream(in));
        }
        try (OutputStream out = Files.newOutputStream(entry)) {
            codec.write(new ChartImage(img.id(), STALE, img.png2x(), img.dark1x(), img.dark2x(), img.width(), img.height()),
                    new DataOutputStream(out));
        }
    }
}
