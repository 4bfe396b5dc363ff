package reportsite.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comparisons line up by calendar months across January, April and July fiscal years. */
class AlignmentTest {

    @TempDir
    Path dir;

    private static final List<String> ALL = List.of("acme", "globex", "initech");

    private static String label(Alignment.Row row, String entity) {
        return row.figures().get(entity).map(o -> o.period().label()).orElse("-");
    }

    /** The newer (or differing) periods the row names, each as entity and calendar quarter. */
    private static List<String> spans(Alignment.Row row) {
        return row.newer().entrySet().stream().map(e -> e.getKey() + " " + e.getValue().calendarQuarter()).toList();
    }

    @Test
    void threeFiscalYearsMeetOnTheSameMonths() {
        Dataset data = MiniData.loadValid(dir, ThreeYears.YAML);
        Alignment.Row row = Alignment.newest(data, ALL, "capex");
        // Apr–Jun 2025 under three names; Acme and Globex have Jul–Sep too, Initech does not.
        assertEquals("FY2026-Q1", label(row, "acme"));
        assertEquals("2025-Q2", label(row, "globex"));
        assertEquals("FY2025-Q4", label(row, "initech"));
        assertTrue(row.aligned());
        assertEquals("Apr–Jun 2025", row.shown().orElseThrow().calendarSpan());
        assertEquals(List.of("acme 2025-Q3", "globex 2025-Q3"), spans(row));
    }

    @Test
    void theNewestOfEachIsShownWhenTheyAgree() {
        Dataset data = MiniData.loadValid(dir, ThreeYears.YAML);
        Alignment.Row row = Alignment.newest(data, List.of("acme", "globex"), "capex");
        assertEquals("FY2026-Q2", label(row, "acme"));
        assertEquals("2025-Q3", label(row, "globex"));
        assertTrue(row.shown().isEmpty() && row.newer().isEmpty());
    }

    @Test
    void withNoSharedMonthsEachKeepsItsPeriodAndTheRowSaysSo() {
        String yaml = ThreeYears.YAML.replace("period: FY2025-Q4, value: 3", "period: FY2025-Q3, value: 3")
                .replace("period: FY2024-Q4, value: 2", "period: FY2024-Q3, value: 2");
        Dataset data = MiniData.loadValid(dir, yaml.replace("  - {id: capex-indexed, kind: indexed, metric: capex, currency: USD, title: \"Capex, indexed\"}\n", ""));
        Alignment.Row row = Alignment.newest(data, ALL, "capex");
        assertFalse(row.aligned());
        assertTrue(row.shown().isEmpty());
        assertEquals(List.of("acme 2025-Q3", "globex 2025-Q3", "initech 2025-Q1"), spans(row));
    }

    @Test
    void growthRatesOfTheSameMonthsCompareAcrossFiscalYears() {
        Dataset data = MiniData.loadValid(dir, ThreeYears.YAML);
        // Initech's FY2025-Q4 (Apr–Jun 2025) against FY2024-Q4 (Apr–Jun 2024): +50%.
        Observation initech = data.observation("initech", "capex_yoy", "FY2025-Q4").orElseThrow();
        assertEquals(0, initech.value().number().orElseThrow().compareTo(java.math.BigDecimal.valueOf(50)));
        Alignment.Row row = Alignment.newest(data, List.of("acme", "globex", "initech"), "capex_yoy");
        assertEquals("FY2026-Q1", label(row, "acme"));
        assertEquals("2025-Q2", label(row, "globex"));
        assertEquals("FY2025-Q4", label(row, "initech"));
    }

    @Test
    void sameMonthsComparesCalendarDays() {
        Period fy = PeriodParser.parse("FY2026-Q1", 7).orElseThrow();
        assertTrue(Alignment.sameMonths(fy, PeriodParser.parse("2025-Q3", 1).orElseThrow()));
        assertFalse(Alignment.sameMonths(fy, PeriodParser.parse("FY2026-Q1", 4).orElseThrow()));
        assertEquals(Optional.empty(), Alignment.latestCommon(List.of()));
    }
}
