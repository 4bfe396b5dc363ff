package reportsite.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodParserTest {

    private static Period parse(String label, int fyStart) {
        return PeriodParser.parse(label, fyStart).orElseThrow(() -> new AssertionError("cannot parse " + label));
    }

    @Test
    void fiscalQuarterWithAprilStart() {
        Period q1 = parse("FY2026-Q1", 4);
        assertEquals(Period.Kind.FISCAL_QUARTER, q1.kind());
        assertEquals(LocalDate.of(2025, 4, 1), q1.start());
        assertEquals(LocalDate.of(2025, 6, 30), q1.end());
        assertEquals("2025-Q2", q1.calendarQuarter());
        assertEquals("Apr–Jun 2025", q1.calendarSpan());
        assertEquals("FY2026 Q1 (Apr–Jun 2025)", q1.displayWithSpan());

        Period q2 = parse("FY2026-Q2", 4);
        assertEquals(LocalDate.of(2025, 7, 1), q2.start());
        assertEquals(LocalDate.of(2025, 9, 30), q2.end());
        assertEquals("2025-Q3", q2.calendarQuarter());

        Period q4 = parse("FY2026-Q4", 4);
        assertEquals(LocalDate.of(2026, 1, 1), q4.start());
        assertEquals(LocalDate.of(2026, 3, 31), q4.end());
        assertEquals("Jan–Mar 2026", q4.calendarSpan());
    }

    @Test
    void fiscalYearWithAprilStartEndsInItsName() {
        Period fy = parse("FY2026", 4);
        assertEquals(LocalDate.of(2025, 4, 1), fy.start());
        assertEquals(LocalDate.of(2026, 3, 31), fy.end());
        assertEquals("Apr 2025–Mar 2026", fy.calendarSpan());
    }

    @Test
    void januaryStartFiscalYearIsTheCalendarYear() {
        Period fy = parse("FY2025", 1);
        assertEquals(LocalDate.of(2025, 1, 1), fy.start());
        assertEquals(LocalDate.of(2025, 12, 31), fy.end());
        Period q3 = parse("FY2025-Q3", 1);
        assertEquals(LocalDate.of(2025, 7, 1), q3.start());
        assertEquals(LocalDate.of(2025, 9, 30), q3.end());
        assertEquals("2025-Q3", q3.calendarQuarter());
    }

    @Test
    void calendarForms() {
        Period y = parse("2025", 4);
        assertEquals(Period.Kind.YEAR, y.kind());
        assertEquals(LocalDate.of(2025, 12, 31), y.end());
        Period q = parse("2025-Q2", 4);
        assertEquals(LocalDate.of(2025, 4, 1), q.start());
        assertEquals(LocalDate.of(2025, 6, 30), q.end());
        assertEquals("Q2 2025", q.display());
        Period m = parse("2024-02", 1);
        assertEquals(LocalDate.of(2024, 2, 29), m.end(), "leap year");
        assertEquals("Feb 2024", m.display());
        Period d = parse("2025-07-23", 1);
        assertEquals(d.start(), d.end());
        assertEquals("23 Jul 2025", d.display());
        assertEquals("23 Jul 2025", d.calendarSpan());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "25", "2025-Q5", "2025-Q0", "2025-13", "2025-00", "2025-02-30", "FY26", "FY2026-Q5",
            "fy2026", "2025-q2", "1899", "2201", "Q2 2025", "2025-7", " 2025", "FY2026 Q1"})
    void refusesMalformedLabels(String label) {
        assertEquals(Optional.empty(), PeriodParser.parse(label, 4));
    }

    @Test
    void shiftGoesBackInTime() {
        assertEquals(Optional.of("FY2025-Q1"), PeriodParser.shift(parse("FY2026-Q1", 4), 1, 0));
        assertEquals(Optional.of("FY2025-Q4"), PeriodParser.shift(parse("FY2026-Q1", 4), 0, 1));
        assertEquals(Optional.of("2024-Q4"), PeriodParser.shift(parse("2025-Q1", 1), 0, 1));
        assertEquals(Optional.of("2024-Q1"), PeriodParser.shift(parse("2025-Q1", 1), 1, 0));
        assertEquals(Optional.of("2024-06"), PeriodParser.shift(parse("2025-06", 1), 1, 0));
        assertEquals(Optional.of("2025-03"), PeriodParser.shift(parse("2025-06", 1), 0, 1));
        assertEquals(Optional.of("2024"), PeriodParser.shift(parse("2025", 1), 1, 0));
        assertEquals(Optional.of("FY2025"), PeriodParser.shift(parse("FY2026", 4), 1, 0));
        assertEquals(Optional.empty(), PeriodParser.shift(parse("2025", 1), 0, 1), "a year has no previous quarter");
        assertEquals(Optional.empty(), PeriodParser.shift(parse("2025-07-23", 1), 1, 0), "days are not shifted");
    }

    @Test
    void periodsSortByTheirMiddle() {
        // A year-long figure is "as of" mid-year: before a November figure, after a January one.
        Period jan = parse("2025-01", 1);
        Period year = parse("2025", 1);
        Period nov = parse("2025-11", 1);
        assertTrue(jan.compareTo(year) < 0);
        assertTrue(year.compareTo(nov) < 0);
    }

    // ------------------------------------------------------------ properties, seeded

    private static final long SEED = 20251128L;

    @Test
    void everyFiscalQuarterLiesWithinItsFiscalYearAndTheyTile() {
        Random random = new Random(SEED);
        for (int i = 0; i < 2000; i++) {
            int start = 1 + random.nextInt(12);
            int fy = 1901 + random.nextInt(299);
            Period year = parse("FY" + fy, start);
            assertEquals(year.start().plusYears(1).minusDays(1), year.end(), "a fiscal year is twelve months");
            assertEquals(start, year.start().getMonthValue());
            assertTrue(year.end().getYear() == fy, () -> "FY" + fy + " must end in " + fy + ": " + year);
            LocalDate expectedStart = year.start();
            for (int q = 1; q <= 4; q++) {
                Period quarter = parse("FY" + fy + "-Q" + q, start);
                String label = quarter.label();
                assertFalse(quarter.start().isBefore(year.start()), label);
                assertFalse(quarter.end().isAfter(year.end()), label);
                assertEquals(expectedStart, quarter.start(), () -> label + " starts where the previous quarter ended");
                assertEquals(quarter.start().plusMonths(3).minusDays(1), quarter.end(), label);
                expectedStart = quarter.end().plusDays(1);
            }
            assertEquals(year.end().plusDays(1), expectedStart);
        }
    }

    @Test
    void calendarQuarterOfACalendarQuarterIsItself() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 2000; i++) {
            String label = (1900 + random.nextInt(301)) + "-Q" + (1 + random.nextInt(4));
            assertEquals(label, parse(label, 1 + random.nextInt(12)).calendarQuarter());
        }
    }

    @Test
    void aMonthIsInTheCalendarQuarterHoldingIt() {
        Random random = new Random(SEED + 2);
        for (int i = 0; i < 1000; i++) {
            int y = 1900 + random.nextInt(301);
            int m = 1 + random.nextInt(12);
            Period p = parse(String.format("%d-%02d", y, m), 1);
            assertEquals(y + "-Q" + ((m - 1) / 3 + 1), p.calendarQuarter());
        }
    }

    @Test
    void shiftingAQuarterBackLandsRightBeforeIt() {
        Random random = new Random(SEED + 3);
        for (int i = 0; i < 2000; i++) {
            int start = 1 + random.nextInt(12);
            boolean fiscal = random.nextBoolean();
            String label = (fiscal ? "FY" : "") + (1950 + random.nextInt(200)) + "-Q" + (1 + random.nextInt(4));
            Period p = parse(label, start);
            Period previous = parse(PeriodParser.shift(p, 0, 1).orElseThrow(), start);
            assertEquals(p.start(), previous.end().plusDays(1), label);
            Period yearBefore = parse(PeriodParser.shift(p, 1, 0).orElseThrow(), start);
            assertEquals(p.start().minusYears(1), yearBefore.start(), label);
            assertEquals(p.kind(), yearBefore.kind());
        }
    }
}
