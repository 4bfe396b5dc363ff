package reportsite.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.chart.ChartData;
import reportsite.chart.ChartPlanner;
import reportsite.diag.Diagnostics;

/**
 * Inputs that crashed the data stage, found by {@code FuzzTest}: each must now be one error at
 * its position.
 */
class FuzzRegressionTest {

    @TempDir
    Path dir;

    /**
     * A safety net, not a speed limit: some of these inputs once made the loader run out of
     * memory or loop, and such a regression must fail this test rather than hang the build.
     */
    private static final Duration HANG = Duration.ofSeconds(60);

    private List<String> errors(String yaml) {
        return assertTimeoutPreemptively(HANG, () -> {
            Diagnostics d = new Diagnostics();
            MiniData.load(dir, yaml, d);
            return d.errors().stream().map(x -> x.position().line() + ":" + x.position().column() + " " + x.message()).toList();
        });
    }

    /** NodeReader.number let 1e-999999999 through; writing it out in a message ran out of memory. */
    @Test
    void aNumberWithABillionDecimalPlacesIsRefused() {
        assertEquals(List.of("9:24 'fiscal_year_start' has more than 12 decimal places: 1e-999999999"),
                errors(MiniData.BASE.replace("    fiscal_year_start: 4", "    fiscal_year_start: 1e-999999999")));
        assertEquals(List.of("46:12 'value' has more than 12 decimal places: -1e-999999999"),
                errors(MiniData.BASE.replace("    value: 38.68", "    value: -1e-999999999")));
    }

    @Test
    void zeroWrittenWithAHugeExponentIsPlainZero() {
        Dataset data = MiniData.loadValid(dir, MiniData.BASE.replace("    value: 38.68", "    value: 0e-999999999"));
        assertEquals("0", ((Value.Exact) data.observation("acme", "capex", "FY2026-Q1").orElseThrow().value()).amount().toPlainString());
    }

    @Test
    void aNumberOfThousandsOfDigitsIsRefusedBeforeItIsParsed() {
        assertEquals(List.of("46:12 'value' has too many digits: 0.000000000000000000…"),
                errors(MiniData.BASE.replace("    value: 38.68", "    value: 0." + "0".repeat(100_000) + "1")));
    }

    /**
     * "sources:" with no value is null: it was taken as present, so an observation without any
     * source got through, and FigureText.link failed on its first source.
     */
    @Test
    void sourcesWrittenWithNoValueAreMissing() {
        assertEquals(List.of("47:14 missing 'sources': a figure without a source is not published"),
                errors(MiniData.BASE.replace("    sources: [1]\n    confidence: high", "    sources: ~\n    confidence: high")));
        assertEquals(List.of("47:13 missing 'sources': a figure without a source is not published"),
                errors(MiniData.BASE.replace("    sources: [1]\n    confidence: high", "    sources:\n    confidence: high")));
        assertEquals(List.of("30:14 missing 'sources': a figure without a source is not published"),
                errors(MiniData.BASE.replace("    sources: [1]\nmetrics:", "    sources: null\nmetrics:")));
    }

    /** ChartPlanner divided an indexed series by its first figure: zero threw ArithmeticException. */
    @Test
    void anIndexedChartWhoseFirstFigureIsZeroIsAnError() {
        String yaml = MiniData.BASE.replace("    kind: grouped_bar", "    kind: indexed").replace("    value: 38.68", "    value: 0");
        assertEquals(List.of("62:5 chart 'capex-chart' is indexed to Apr–Jun 2025 = 100, and acme.capex@FY2026-Q1 is zero"),
                errors(yaml));
    }

    @Test
    void everySeriesOfAnIndexedChartStartingAtZeroIsReported() {
        String yaml = MiniData.BASE.replace("    kind: grouped_bar", "    kind: indexed").replace("    value: 38.68", "    value: 0")
                .replace("    value: 22.4", "    value: 0");
        assertEquals(List.of(
                        "62:5 chart 'capex-chart' is indexed to Apr–Jun 2025 = 100, and acme.capex@FY2026-Q1 is zero",
                        "62:5 chart 'capex-chart' is indexed to Apr–Jun 2025 = 100, and globex.capex@2025-Q2 is zero"),
                errors(yaml));
    }

    @Test
    void anIndexedChartStartingAfterTheZeroIsPlanned() {
        String yaml = MiniData.BASE.replace("    kind: grouped_bar", "    kind: indexed").replace("    value: 22.4", "    value: 0");
        Dataset data = MiniData.loadValid(dir, yaml.replace("    currency: USD\n    title", "    currency: USD\n    from: 2025-Q1\n    title")
                .replace("    period: 2025-Q2\n    value: 0", "    period: 2024-Q4\n    value: 0"));
        ChartData plan = new ChartPlanner(data).plan(data.charts().get(0));
        // Globex's zero lies before the range, so only Acme's series is drawn, indexed to its first figure.
        assertEquals(List.of("Acme Corp"), plan.series().stream().map(ChartData.Series::name).toList());
        assertEquals(List.of("Q2 2025 100"), plan.series().get(0).points().stream()
                .map(p -> p.category() + " " + p.value().stripTrailingZeros().toPlainString()).toList());
    }
}
