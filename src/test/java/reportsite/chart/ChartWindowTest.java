package reportsite.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.data.Dataset;
import reportsite.data.MiniData;
import reportsite.data.Observation;

/** A chart declared with {@code last: N} follows the data: a later quarter moves its window. */
class ChartWindowTest {

    @TempDir
    Path dir;

    private static String withChart(String observations, String chart) {
        String yaml = MiniData.BASE.replace("charts:\n", observations + "charts:\n");
        return yaml.substring(0, yaml.indexOf("charts:\n")) + "charts:\n" + chart;
    }

    private static String obs(String entity, String period, String value) {
        return "  - {entity: " + entity + ", metric: capex, period: " + period + ", value: " + value + ", sources: [1], confidence: high}\n";
    }

    private static final String LAST_TWO = "  - {id: recent, kind: grouped_bar, metric: capex, last: 2, currency: USD, title: Recent}\n";

    private ChartData plan(String observations, String chart) {
        Dataset data = MiniData.loadValid(dir, withChart(observations, chart));
        return new ChartPlanner(data).plan(data.charts().get(0));
    }

    private static List<String> planned(ChartData c) {
        return c.series().stream().flatMap(s -> s.points().stream()).map(p -> p.observation().map(Observation::key).orElse(""))
                .sorted().toList();
    }

    @Test
    void showsTheNewestPeriodsWithFigures() {
        ChartData c = plan(obs("globex", "2025-Q1", "17.2") + obs("globex", "2025-Q3", "24"), LAST_TWO);
        // globex 2025-Q2 and 2025-Q3, and acme FY2026-Q1 (April-June 2025) on the calendar quarter it covers
        assertEquals(List.of("Q2 2025", "Q3 2025"), c.categories());
        assertEquals(List.of("acme.capex@FY2026-Q1", "globex.capex@2025-Q2", "globex.capex@2025-Q3"), planned(c));
    }

    @Test
    void aLaterQuarterMovesTheWindow() {
        String before = obs("globex", "2025-Q3", "24");
        assertEquals(List.of("Q2 2025", "Q3 2025"), plan(before, LAST_TWO).categories());
        ChartData after = plan(before + obs("globex", "2025-Q4", "27.9"), LAST_TWO);
        assertEquals(List.of("Q3 2025", "Q4 2025"), after.categories());
        // A fiscal quarter covering October-December 2025 lands in the same slot, not a new one.
        ChartData fiscal = plan(before + obs("globex", "2025-Q4", "27.9") + obs("acme", "FY2026-Q3", "30"), LAST_TWO);
        assertEquals(List.of("Q3 2025", "Q4 2025"), fiscal.categories());
        assertEquals(List.of("acme.capex@FY2026-Q3", "globex.capex@2025-Q3", "globex.capex@2025-Q4"), planned(fiscal));
    }

    @Test
    void periodsWithoutAPlottableFigureDoNotCount() {
        ChartData c = plan(obs("globex", "2025-Q3", "24") + obs("globex", "2025-Q4", "{text: \"a lot\"}"), LAST_TWO);
        assertEquals(List.of("Q2 2025", "Q3 2025"), c.categories());
    }

    @Test
    void moreThanThereIsShowsEverything() {
        ChartData c = plan(obs("globex", "2025-Q3", "24"),
                "  - {id: all, kind: line, metric: capex, last: 40, currency: USD, title: All}\n");
        assertEquals(3, planned(c).size());
        assertEquals(Optional.empty(), c.spec().from());
    }
}
