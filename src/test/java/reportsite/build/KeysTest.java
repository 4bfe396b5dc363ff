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
        return new Keys(generator).of(Steps.CHARTS, new Steps.ChartIn(Keyed.of(chart)));
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

    /** Inputs of a test step: two parts whose text could run together. */
    private record Two(Object a, Object b) {
    }

    private static final CacheKind<Two, String> TWO = CacheKind.inMemory("two", (in, own) -> "");

    @Test
    void partsAreTakenApartExactly() {
        Keys keys = new Keys("g");
        assertNotEquals(keys.of(TWO, new Two("ab", "c")), keys.of(TWO, new Two("a", "bc")));
        assertNotEquals(keys.of(TWO, new Two(List.of("a"), "b")), keys.of(TWO, new Two(List.of("a", "b"), null)));
        assertNotEquals(keys.of(TWO, new Two(new BigDecimal("1.0"), null)), keys.of(TWO, new Two(new BigDecimal("1.00"), null)),
                "the scale of a number is drawn");
        assertNotEquals(keys.of(TWO, new Two(Optional.empty(), null)), keys.of(TWO, new Two(Optional.of(""), null)));
        assertEquals(keys.of(TWO, new Two(Map.of("a", 1, "b", 2), null)), keys.of(TWO, new Two(Map.of("b", 2, "a", 1), null)),
                "an unordered map in any order");
    }

    @Test
    void aKeyedValueIsWrittenAsItsKey() {
        Keys keys = new Keys("g");
        Object big = List.of("a", "b");
        assertEquals(keys.of(TWO, new Two(Keyed.madeBy(() -> "k", big), null)), keys.of(TWO, new Two(Keyed.madeBy(() -> "k", "other"), null)));
        assertNotEquals(keys.of(TWO, new Two(Keyed.of(big), null)), keys.of(TWO, new Two(Keyed.of(List.of("a", "c")), null)));
    }

    @Test
    void aTypeWithoutAnExplicitKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Keys("g").of(TWO, new Two(new Object(), null)));
    }
}
