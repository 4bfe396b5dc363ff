package reportsite.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.data.Dataset;
import reportsite.data.MiniData;

/** Events and actuals in the order they became known; lines dashed across periods with no figures. */
class HonestSeriesTest {

    static final String YAML = MiniData.BASE.replace("metrics:\n", """
            metrics:
              - {id: guide, label: Capex guidance, unit: money, scale: billion, decimals: 1, kind: guidance}
              - {id: tokens, label: Tokens, unit: count, noun: tokens, scale: trillion, decimals: 0}
            """).replace("observations:\n", """
            observations:
              - {entity: globex, metric: capex, period: "2024", value: 52.5, sources: [2], confidence: high}
              - {entity: globex, metric: capex, period: "2025", value: 91.45, sources: [2], confidence: high}
              - {entity: globex, metric: guide, period: 2025-02-04, value: 75, sources: [2], confidence: high}
              - {entity: globex, metric: guide, period: 2025-07-23, value: 85, sources: [2], confidence: high}
              - {entity: globex, metric: guide, period: 2025-10-29, value: {from: 91, to: 93}, sources: [2], confidence: high}
              - {entity: globex, metric: guide, period: 2026-02-04, value: {from: 175, to: 185}, sources: [2], confidence: high}
              - {entity: globex, metric: tokens, period: 2024-04, value: {about: 9.7}, sources: [2], confidence: high}
              - {entity: globex, metric: tokens, period: 2025-05, value: 480, sources: [2], confidence: high}
              - {entity: globex, metric: tokens, period: 2025-06, value: 980, sources: [2], confidence: high}
              - {entity: globex, metric: tokens, period: 2025-10, value: 1300, sources: [2], confidence: high}
              - {entity: globex, metric: tokens, period: 2026-05, value: 3200, sources: [2], confidence: high}
            """).replace("charts:\n", """
            charts:
              - {id: guidance, kind: planned_vs_actual, metrics: [guide, capex], entities: [globex], title: Guidance}
              - {id: tokens, kind: line, metric: tokens, entities: [globex], title: Tokens}
            """) + """
            events:
              - {date: 2025-10-29, label: Raised again, charts: [guidance, tokens]}
              - {date: 2025-03-01, label: Before any guidance day, charts: [guidance]}
              - {date: 2030-01-01, label: Off the chart, charts: [guidance]}
            """;

    @TempDir
    static Path dir;
    static Dataset data;

    @BeforeAll
    static void load() {
        data = MiniData.loadValid(dir, YAML);
    }

    @Test
    void aYearsActualComesAfterTheGuidanceGivenDuringIt() {
        ChartData c = plan("guidance");
        assertEquals(List.of("2024", "4 Feb 2025", "Q2 2025", "23 Jul 2025", "29 Oct 2025", "2025", "4 Feb 2026"), c.categories());
    }

    @Test
    void aLineIsDashedAcrossAThirteenMonthGapOnly() {
        ChartData c = plan("tokens");
        assertArrayEquals(new boolean[] {false, true, false, false, false}, SeriesGaps.gaps(c.series().get(0)));
        assertEquals(List.of("No figures in between, drawn dashed: Apr 2024 to May 2025."),
                ChartFacts.sentences(c, data).stream().filter(s -> s.startsWith("No figures")).toList());
    }

    @Test
    void evenlySpacedFiguresAreNeverAGap() {
        ChartData c = plan("tokens");
        ChartData.Series s = c.series().get(0);
        ChartData.Series regular = new ChartData.Series(s.name(), s.colour(), s.points().subList(1, 5));
        assertArrayEquals(new boolean[4], SeriesGaps.gaps(regular));
    }

    @Test
    void oneNumberOfDecimalsInEveryLabelOfAChart() {
        ChartData c = plan("guidance");
        List<String> labels = c.series().stream().flatMap(s -> s.points().stream()).map(ChartData.Point::label).toList();
        assertEquals(List.of("75.0", "85.0", "91.0–93.0", "175.0–185.0", "52.5", "22.4", "91.5"), labels);
        ChartData tokens = plan("tokens");
        assertEquals("≈ 10", tokens.series().get(0).points().get(0).label(), "approximate, at the metric's whole trillions");
    }

    @Test
    void anEventMarksTheShortestPeriodHoldingItsDateAndIsNamedInTheNote() {
        ChartData c = plan("guidance");
        assertEquals(List.of("Before any guidance day", "Raised again", "Off the chart"),
                c.spec().events().stream().map(reportsite.data.ChartSpec.Event::label).toList(), "in date order");
        assertEquals(java.util.Optional.of("29 Oct 2025"), EventPlacement.category(c, java.time.LocalDate.of(2025, 10, 29)));
        assertEquals(java.util.Optional.of("2025"), EventPlacement.category(c, java.time.LocalDate.of(2025, 3, 1)),
                "only the year's actual holds 1 March");
        assertEquals(java.util.Optional.empty(), EventPlacement.category(c, java.time.LocalDate.of(2030, 1, 1)));
        assertEquals(List.of("Marked on the chart: Before any guidance day (1 Mar 2025), Raised again (29 Oct 2025), "
                + "Off the chart (1 Jan 2030)."), ChartFacts.sentences(c, data).stream().filter(s -> s.startsWith("Marked")).toList());
        org.jfree.chart.JFreeChart line = ChartRenderer.build(plan("tokens"), ChartTheme.LIGHT);
        assertEquals(1, line.getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND).size());
    }

    private static ChartData plan(String id) {
        return new ChartPlanner(data).planAll().get(id);
    }
}
