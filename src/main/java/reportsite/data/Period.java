package reportsite.data;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A span of time as a company reports it, mapped to calendar dates so that figures of companies
 * with different fiscal years line up.
 *
 * @param label as written in the data (the key used in directives): 2025, 2025-Q2, FY2026-Q1 …
 * @param start first day
 * @param end last day (inclusive)
 */
public record Period(String label, Kind kind, LocalDate start, LocalDate end) implements Comparable<Period> {

    public enum Kind { YEAR, QUARTER, MONTH, DAY, FISCAL_YEAR, FISCAL_QUARTER }

    /** The calendar quarter holding the middle of this period, e.g. "2025-Q2". */
    public String calendarQuarter() {
        LocalDate mid = middle();
        return mid.getYear() + "-Q" + ((mid.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate middle() {
        return start.plusDays((end.toEpochDay() - start.toEpochDay()) / 2);
    }

    public boolean isFiscal() {
        return kind == Kind.FISCAL_YEAR || kind == Kind.FISCAL_QUARTER;
    }

    /** A reader's name for the period: "Q2 2025", "FY2026 Q1", "Jun 2025", "23 Jul 2025". */
    public String display() {
        return switch (kind) {
            case YEAR -> String.valueOf(start.getYear());
            case QUARTER -> "Q" + ((start.getMonthValue() - 1) / 3 + 1) + " " + start.getYear();
            case MONTH -> month(start) + " " + start.getYear();
            case DAY -> start.getDayOfMonth() + " " + month(start) + " " + start.getYear();
            case FISCAL_YEAR -> label;
            case FISCAL_QUARTER -> label.replace('-', ' ');
        };
    }

    /** The calendar months covered, e.g. "Apr–Jun 2025"; for a day, the day. */
    public String calendarSpan() {
        if (kind == Kind.DAY) {
            return display();
        }
        String from = month(start) + (start.getYear() == end.getYear() ? "" : " " + start.getYear());
        return start.getMonth() == end.getMonth() && start.getYear() == end.getYear()
                ? month(end) + " " + end.getYear()
                : from + "–" + month(end) + " " + end.getYear();
    }

    /** The name shown in tables: fiscal periods also give their calendar months. */
    public String displayWithSpan() {
        return isFiscal() ? display() + " (" + calendarSpan() + ")" : display();
    }

    private static String month(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    @Override
    public int compareTo(Period o) {
        // By the middle: a year-long figure is "as of" mid-year, before a figure for November.
        int c = middle().compareTo(o.middle());
        return c != 0 ? c : end.compareTo(o.end);
    }
}
