package reportsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import reportsite.chart.ChartData;
import reportsite.chart.ChartPlanner;
import reportsite.data.Dataset;
import reportsite.data.MetricsLoader;
import reportsite.data.MiniData;
import reportsite.diag.Diagnostics;
import reportsite.source.SourceFile;

/**
 * A chart's key is what the chart shows and the code that draws it: not where its figures were
 * written, so the same data read from another folder, or moved down a line, reuses the images.
 */
class KeysTest {

    private static ChartData chart(String display, String yaml) {
        Diagnostics d = new Diagnostics();
        Dataset data = MetricsLoader.load(new SourceFile("metrics.yaml", display, Path.of(display), yaml), d);
        assertEquals(List.of(), d.all());
        return new ChartPlanner(data).plan(data.charts().get(0));
    }

    private static String key(String generator, ChartData chart) {
        return new Keys(generator).of(Pipeline.CHARTS, chart);
    }

    @Test
    void theKeyIgnoresFileNamesAndLines() {
        String base = key("g", chart("content/metrics.yaml", MiniData.BASE));
        assertEquals(base, key("g", chart("/elsewhere/project/content/metrics.yaml", MiniData.BASE)));
        assertEquals(base, key("g", chart("content/metrics.yaml", "# a comment moves every line down\n" + MiniData.BASE)));
    }

    @Test
    void theKeyFollowsTheFiguresAndTheGenerator() {
        ChartData chart = chart("content/metrics.yaml", MiniData.BASE);
        assertNotEquals(key("g", chart), key("g", chart("content/metrics.yaml", MiniData.BASE.replace("value: 38.68", "value: 38.69"))));
        assertNotEquals(key("g", chart), key("h", chart));
    }

    @Test
    void partsAreTakenApartExactly() {
        Keys keys = new Keys("g");
        assertNotEquals(keys.of(Pipeline.PAGES, "ab", "c"), keys.of(Pipeline.PAGES, "a", "bc"));
        assertNotEquals(keys.of(Pipeline.PAGES, List.of("a"), "b"), keys.of(Pipeline.PAGES, List.of("a", "b")));
        assertNotEquals(keys.of(Pipeline.PAGES, new BigDecimal("1.0")), keys.of(Pipeline.PAGES, new BigDecimal("1.00")),
                "the scale of a number is drawn");
        assertNotEquals(keys.of(Pipeline.PAGES, Optional.empty()), keys.of(Pipeline.PAGES, Optional.of("")));
        assertEquals(keys.of(Pipeline.PAGES, Map.of("a", 1, "b", 2)), keys.of(Pipeline.PAGES, Map.of("b", 2, "a", 1)),
                "an unordered map in any order");
    }

    @Test
    void aTypeWithoutAnExplicitKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Keys("g").of(Pipeline.PAGES, new Object()));
    }
}
