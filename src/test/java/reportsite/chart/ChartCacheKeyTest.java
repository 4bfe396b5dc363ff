package reportsite.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import reportsite.data.Dataset;
import reportsite.data.MetricsLoader;
import reportsite.data.MiniData;
import reportsite.diag.Diagnostics;
import reportsite.source.SourceFile;

/**
 * The cache key is what a chart shows, not where its figures were written: the same data read
 * from another folder, or moved down a line, reuses the images. (The key used to hash the file
 * names and lines of the declarations, so every build from another folder drew every chart again.)
 */
class ChartCacheKeyTest {

    private static String key(String display, String yaml) {
        Diagnostics d = new Diagnostics();
        Dataset data = MetricsLoader.load(new SourceFile("metrics.yaml", display, Path.of(display), yaml), d);
        assertEquals(java.util.List.of(), d.all());
        return ChartCache.key(new ChartPlanner(data).plan(data.charts().get(0)));
    }

    @Test
    void theKeyIgnoresFileNamesAndLines() {
        String base = key("content/metrics.yaml", MiniData.BASE);
        assertEquals(base, key("/elsewhere/project/content/metrics.yaml", MiniData.BASE));
        assertEquals(base, key("content/metrics.yaml", "# a comment moves every line down\n" + MiniData.BASE));
    }

    @Test
    void theKeyFollowsTheFigures() {
        assertNotEquals(key("content/metrics.yaml", MiniData.BASE),
                key("content/metrics.yaml", MiniData.BASE.replace("value: 38.68", "value: 38.69")));
    }
}
